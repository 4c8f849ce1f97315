using System.Text.Json;
using Kombo.Sim.Api.Infrastructure.Json;

namespace Kombo.Sim.Api.Infrastructure.Errors;

/// <summary>Writes Kombo's error envelope; every error response of the simulator goes through here.</summary>
public static class ErrorResponder
{
    public static Task WriteAsync(HttpContext context, KomboError error, string message)
    {
        var logUrl = context.Features.Get<IErrorLogUrlFeature>()?.LogUrl;
        var envelope = ErrorEnvelope.From(error, message, logUrl);
        context.Features.Set<IErrorCodeFeature>(new ErrorCodeFeature(error.Code));
        context.Response.StatusCode = error.Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, envelope, KomboJson.Options, context.RequestAborted);
    }
}

/// <summary>The code of the error a request was answered with (read by the request log and the journal).</summary>
public interface IErrorCodeFeature
{
    string? Code { get; }
}

internal sealed record ErrorCodeFeature(string? Code) : IErrorCodeFeature;

/// <summary>Where a request's log entry can be read; becomes the error envelope's <c>log_url</c>.</summary>
public interface IErrorLogUrlFeature
{
    string? LogUrl { get; }
}
