using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Formatters;

namespace Kombo.Sim.Api.Infrastructure.Http;

/// <summary>
/// MVC's JSON input formatter for the bodies Kombo's writes carry: UTF-8, of a declared length of at most
/// <see cref="MaxBufferedBytes"/>. Such a body is read in one call into a pooled buffer and parsed synchronously, instead
/// of by the resumable parser over a pipe (its state, buffers and continuations cost a write ~5 % of its CPU). Any other
/// body (chunked, larger, another encoding) goes to MVC's formatter. Both report a body that is not valid JSON, or not of
/// the model's shape, the same way: a model-state error at the JSON path, which <see cref="ModelStateErrors"/> turns into
/// Kombo's error envelope.
/// </summary>
public sealed class KomboJsonInputFormatter : TextInputFormatter, IInputFormatterExceptionPolicy
{
    /// <summary>The largest declared body read whole; Kombo's write bodies are a few hundred bytes.</summary>
    public const int MaxBufferedBytes = 64 * 1024;

    private readonly SystemTextJsonInputFormatter _inner;

    public KomboJsonInputFormatter(SystemTextJsonInputFormatter inner)
    {
        _inner = inner;
        foreach (var encoding in inner.SupportedEncodings)
        {
            SupportedEncodings.Add(encoding);
        }

        foreach (var mediaType in inner.SupportedMediaTypes)
        {
            SupportedMediaTypes.Add(mediaType);
        }
    }

    InputFormatterExceptionPolicy IInputFormatterExceptionPolicy.ExceptionPolicy => InputFormatterExceptionPolicy.MalformedInputExceptions;

    public override Task<InputFormatterResult> ReadRequestBodyAsync(InputFormatterContext context, Encoding encoding)
    {
        var length = context.HttpContext.Request.ContentLength;
        return encoding.CodePage == Encoding.UTF8.CodePage && length is > 0 and <= MaxBufferedBytes
            ? ReadWholeAsync(context, (int)length)
            : _inner.ReadRequestBodyAsync(context, encoding);
    }

    private async Task<InputFormatterResult> ReadWholeAsync(InputFormatterContext context, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            // A body shorter than its Content-Length fails inside the server's read, as it does for MVC's formatter.
            var read = await context.HttpContext.Request.Body.ReadAtLeastAsync(buffer.AsMemory(0, length), length, throwOnEndOfStream: false, context.HttpContext.RequestAborted);
            return Parse(context, buffer.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private InputFormatterResult Parse(InputFormatterContext context, ReadOnlySpan<byte> body)
    {
        object? model;
        try
        {
            model = JsonSerializer.Deserialize(body, context.ModelType, _inner.SerializerOptions);
        }
        catch (JsonException exception)
        {
            // As MVC's formatter: the message is safe to show (it names the JSON path and position, not .NET internals).
            context.ModelState.TryAddModelError(exception.Path ?? string.Empty, new InputFormatterException(exception.Message, exception), context.Metadata);
            return InputFormatterResult.Failure();
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            context.ModelState.TryAddModelError(string.Empty, exception, context.Metadata);
            return InputFormatterResult.Failure();
        }

        // Whitespace or the JSON literal null: no value, so the binder reports the missing body as MVC's formatter does.
        return model is null && !context.TreatEmptyInputAsDefaultValue ? InputFormatterResult.NoValue() : InputFormatterResult.Success(model);
    }
}
