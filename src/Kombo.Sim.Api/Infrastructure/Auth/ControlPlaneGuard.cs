using System.Net;
using System.Security.Cryptography;
using System.Text;
using Kombo.Sim.Api.Infrastructure.Errors;
using Microsoft.Extensions.Options;

namespace Kombo.Sim.Api.Infrastructure.Auth;

/// <summary>
/// Guards the control plane under <c>/_sim</c>: it can be switched off, is limited to loopback callers unless
/// <c>ControlPlane:AllowRemote</c> is set, and can require an admin key. Answers use Kombo's error envelope.
/// </summary>
public sealed class ControlPlaneGuard(RequestDelegate next, IOptions<ControlPlaneOptions> options)
{
    public const string AdminKeyHeader = "X-Sim-Admin-Key";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/_sim", StringComparison.Ordinal))
        {
            return next(context);
        }

        var settings = options.Value;
        if (!settings.Enabled)
        {
            return ErrorResponder.WriteAsync(context, ErrorCodes.RouteNotFound, $"Can not {context.Request.Method} {context.Request.Path}");
        }

        if (!settings.AllowRemote && !IsLocal(context.Connection))
        {
            return ErrorResponder.WriteAsync(context, ErrorCodes.IpNotWhitelisted,
                "The control plane only answers callers on this machine. Set ControlPlane:AllowRemote=true (and ControlPlane:AdminKey) to open it.");
        }

        if (!string.IsNullOrEmpty(settings.AdminKey) && !KeyMatches(context.Request, settings.AdminKey))
        {
            return ErrorResponder.WriteAsync(context, ErrorCodes.AuthenticationInvalid,
                $"The control plane needs the admin key: send Authorization: Bearer <key> or {AdminKeyHeader}: <key>.");
        }

        return next(context);
    }

    // In-process test servers have no remote address; they count as local.
    private static bool IsLocal(ConnectionInfo connection) =>
        connection.RemoteIpAddress is null
        || IPAddress.IsLoopback(connection.RemoteIpAddress)
        || connection.RemoteIpAddress.Equals(connection.LocalIpAddress);

    private static bool KeyMatches(HttpRequest request, string expected)
    {
        var header = request.Headers[AdminKeyHeader].ToString();
        if (header.Length == 0 && request.Headers.Authorization.ToString() is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            header = authorization["Bearer ".Length..].Trim();
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes(expected));
    }
}
