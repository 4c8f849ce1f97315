using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Infrastructure.Auth;

/// <summary>
/// Kombo's authentication: every <c>/v1</c> request needs <c>Authorization: Bearer &lt;API key&gt;</c>; the key
/// selects one environment. Messages are Kombo's (digest §A2).
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, World world)
{
    public const string MissingMessage =
        "No auth token specified! Please include your API key in your headers like this: `Authorization: Bearer <token>`";

    public const string InvalidMessage =
        "The specified auth token does not seem valid! Is the region (us/eu) in the subdomain correct?";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
        {
            return next(context);
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return ErrorResponder.WriteAsync(context, ErrorCodes.AuthenticationInvalid, MissingMessage);
        }

        const string scheme = "Bearer ";
        var key = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
        if (string.IsNullOrEmpty(key))
        {
            return ErrorResponder.WriteAsync(context, ErrorCodes.AuthenticationInvalid, MissingMessage);
        }

        if (world.FindEnvironmentByApiKey(key) is not { } environment)
        {
            return ErrorResponder.WriteAsync(context, ErrorCodes.AuthenticationInvalid, InvalidMessage);
        }

        context.Features.Set(new CallerFeature(environment));
        return next(context);
    }
}
