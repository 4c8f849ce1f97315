using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kombo.Sim.Api.Infrastructure.Json;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Infrastructure.Http;

/// <summary>
/// A 200 answer serialized straight with Kombo's JSON options (source-generated metadata for the hot envelopes, see
/// <see cref="KomboJsonContext"/>). Every Kombo answer is JSON, so MVC's per-request output formatter selection
/// (media type parsing, content negotiation) has nothing to decide and is skipped.
/// </summary>
/// <remarks>
/// <para>
/// The pages of <see cref="WireJsonContext"/> are written by its generated code, synchronously into pooled buffers,
/// then sent: the fast path is only taken by a synchronous write (an asynchronous one resumes through metadata).
/// </para>
/// <para>
/// Any other answer but a page (one record, a write's answer: a few KB at most) is written synchronously into a reused
/// buffer and sent in one write with its Content-Length; the resumable writer's state and the chunked framing cost a
/// small answer more than writing it. Other pages, tens to hundreds of KB, are streamed as they are serialized.
/// </para>
/// </remarks>
public sealed class KomboJsonResult<T>(T value) : IActionResult
{
    private static readonly JsonTypeInfo<T>? FastPath = WireJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>;

    private static readonly JsonTypeInfo<T> TypeInfo = (JsonTypeInfo<T>)KomboJson.Options.GetTypeInfo(typeof(T));

    public T Value { get; } = value;

    public Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        if (FastPath is not null)
        {
            return WriteFastAsync(response, FastPath, context.HttpContext.RequestAborted);
        }

        return IsPage
            ? JsonSerializer.SerializeAsync(response.Body, Value, TypeInfo, context.HttpContext.RequestAborted)
            : WriteBufferedAsync(response, context.HttpContext.RequestAborted);
    }

    private async Task WriteFastAsync(HttpResponse response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var pipe = PipeWriter.Create(response.Body, BufferOptions);
        try
        {
            using (var writer = new Utf8JsonWriter(pipe, KomboJson.WriterOptions))
            {
                JsonSerializer.Serialize(writer, Value, typeInfo);
            }

            // The whole page is in the pipe's segments until the flush: its length is known before the headers go.
            response.ContentLength = pipe.UnflushedBytes;
            await pipe.FlushAsync(cancellationToken);
        }
        finally
        {
            await pipe.CompleteAsync();
        }
    }

    private async Task WriteBufferedAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        var answer = AnswerBuffer.Serialize(Value, TypeInfo);
        try
        {
            response.ContentLength = answer.Length;
            await response.Body.WriteAsync(answer, cancellationToken);
        }
        finally
        {
            AnswerBuffer.Return(answer);
        }
    }

    // A page of employees is about 400 KB: a few large pooled segments rather than a hundred small ones.
    private static readonly StreamPipeWriterOptions BufferOptions = new(minimumBufferSize: 64 * 1024, leaveOpen: true);

    private static readonly bool IsPage = typeof(T).IsGenericType && typeof(T).GetGenericArguments() is [{ IsGenericType: true } data]
        && data.GetGenericTypeDefinition() == typeof(Page<>);
}

/// <summary>
/// Serializes an answer synchronously into a per-thread buffer and copies it into a pooled array of its length, so the
/// bytes stay valid while they are written asynchronously (the thread may serialize another answer meanwhile).
/// </summary>
internal static class AnswerBuffer
{
    // A buffer that grew for an unusually large answer is not kept.
    private const int MaxKeptBytes = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    public static ReadOnlyMemory<byte> Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = _writer ??= new Utf8JsonWriter(buffer, KomboJson.WriterOptions);
        try
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
            writer.Flush();
            var copy = ArrayPool<byte>.Shared.Rent(buffer.WrittenCount);
            buffer.WrittenSpan.CopyTo(copy);
            return copy.AsMemory(0, buffer.WrittenCount);
        }
        finally
        {
            if (buffer.Capacity > MaxKeptBytes)
            {
                _buffer = null;
                _writer = null;
            }
            else
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
            }
        }
    }

    public static void Return(ReadOnlyMemory<byte> answer)
    {
        if (MemoryMarshal.TryGetArray(answer, out var segment) && segment.Array is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
