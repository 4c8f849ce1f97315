using System.IO.Pipelines;
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
/// The pages of <see cref="WireJsonContext"/> are written by its generated code, synchronously into pooled buffers,
/// then sent: the fast path is only taken by a synchronous write (an asynchronous one resumes through metadata).
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
        return FastPath is null
            ? JsonSerializer.SerializeAsync(response.Body, Value, TypeInfo, context.HttpContext.RequestAborted)
            : WriteFastAsync(response.Body, FastPath, context.HttpContext.RequestAborted);
    }

    private async Task WriteFastAsync(Stream body, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var pipe = PipeWriter.Create(body, BufferOptions);
        try
        {
            using (var writer = new Utf8JsonWriter(pipe, KomboJson.WriterOptions))
            {
                JsonSerializer.Serialize(writer, Value, typeInfo);
            }

            await pipe.FlushAsync(cancellationToken);
        }
        finally
        {
            await pipe.CompleteAsync();
        }
    }

    // A page of employees is about 400 KB: a few large pooled segments rather than a hundred small ones.
    private static readonly StreamPipeWriterOptions BufferOptions = new(minimumBufferSize: 64 * 1024, leaveOpen: true);
}
