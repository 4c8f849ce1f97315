namespace Kombo.Sim.Api.Infrastructure.Http;

/// <summary>
/// A write sent without any body (e.g. <c>curl -X DELETE</c>) carries no Content-Type; treat it as an empty JSON
/// body, as Kombo does, instead of failing content negotiation.
/// </summary>
public sealed class EmptyBodyMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (string.IsNullOrEmpty(request.ContentType) && request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0)
        {
            request.ContentType = "application/json";
        }

        return next(context);
    }
}
