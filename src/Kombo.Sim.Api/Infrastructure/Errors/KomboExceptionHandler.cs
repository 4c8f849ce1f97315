using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;

namespace Kombo.Sim.Api.Infrastructure.Errors;

/// <summary>
/// The one exception handler: every exception becomes Kombo's envelope with the right code and status.
/// Unexpected exceptions are logged and answered with <c>PLATFORM.UNKNOWN_ERROR</c>, never with a stack trace.
/// </summary>
internal sealed class KomboExceptionHandler(ILogger<KomboExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        if (exception is Faults.ConnectionDropException)
        {
            httpContext.Abort();
            return true;
        }

        if (exception is Faults.FaultException { RetryAfterSeconds: { } retryAfter })
        {
            httpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var (error, message) = Describe(exception);
        if (error == ErrorCodes.UnknownError)
        {
            logger.LogError(exception, "Unexpected error while handling {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        await ErrorResponder.WriteAsync(httpContext, error, message);
        return true;
    }

    /// <summary>Exceptions that are part of normal operation (bad input, unknown ids) and need no error log.</summary>
    public static bool IsExpected(Exception exception) => Describe(exception).Error != ErrorCodes.UnknownError;

    private static (KomboError Error, string Message) Describe(Exception exception) => exception switch
    {
        KomboException kombo => (kombo.Error, kombo.Message),
        Faults.FaultException fault => (fault.Error, fault.Message),
        Faults.ConnectionDropException => (ErrorCodes.InputInvalid, "The connection was dropped by a fault rule."),
        ValidationException validation => (ErrorCodes.InputInvalid, ValidationMessages.Describe(validation.Errors)),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge => (ErrorCodes.PayloadTooLarge, tooLarge.Message),
        BadHttpRequestException bad => (ErrorCodes.InputInvalid with { Status = bad.StatusCode }, "The request could not be read: " + bad.Message),

        // The JSON reader transcodes a body declared in another charset (e.g. utf-16) and fails on bytes it cannot decode.
        System.Text.DecoderFallbackException =>
            (ErrorCodes.InputInvalid, "The request body could not be decoded in the charset its Content-Type names. Send the body as UTF-8 JSON."),
        _ => (ErrorCodes.UnknownError, "An unexpected error occurred in the simulator. The request journal has the details."),
    };
}
