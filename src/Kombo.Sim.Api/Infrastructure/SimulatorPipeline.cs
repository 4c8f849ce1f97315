using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Explorer;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.Infrastructure.Journal;
using Microsoft.AspNetCore.Diagnostics;
using Serilog;

namespace Kombo.Sim.Api.Infrastructure;

public static class SimulatorPipeline
{
    /// <summary>The middleware order of ARCHITECTURE.md: request log, errors, request limits, auth, integration, controllers.</summary>
    public static WebApplication UseKomboSimulator(this WebApplication app)
    {
        // Kombo's API key is checked by ApiKeyMiddleware and no endpoint has ASP.NET authorization metadata, so the
        // authentication and authorization middleware the host would put first (because a referenced package
        // registers their services) only cost every request a scoped service lookup. These are the keys
        // UseAuthentication/UseAuthorization set to tell the host they are in place.
        ((IApplicationBuilder)app).Properties["__AuthenticationMiddlewareSet"] = true;
        ((IApplicationBuilder)app).Properties["__AuthorizationMiddlewareSet"] = true;
        // The seed loads while the pipeline is built and Kestrel starts (WorldInitializer); a request that comes first waits for it.
        app.Use(SeedGate.For(app.Services.GetRequiredService<WorldInitializer>().Loading));
        app.UseMiddleware<JournalMiddleware>();
        app.UseSerilogRequestLogging(options =>
        {
            // Paths only (no query strings: filters may carry emails); never bodies.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} {ErrorCode} in {Elapsed:0.0} ms";

            // The simulator's logger, named once: without it the middleware derives a new logger from the static
            // one on every request.
            options.Logger = app.Services.GetService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("ErrorCode", context.Features.Get<IErrorCodeFeature>()?.Code ?? "");
                diagnostics.Set("OperationId", context.Features.Get<OperationFeature>()?.Operation.OperationId ?? "");
                diagnostics.Set("IntegrationId", context.Features.Get<IntegrationFeature>()?.Key.IntegrationId ?? "");
            };
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = static _ => Task.CompletedTask,
            SuppressDiagnosticsCallback = static context => KomboExceptionHandler.IsExpected(context.Exception),
        });
        app.UseStatusCodePages(static context => WriteBodilessError(context.HttpContext));
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseMiddleware<EmptyBodyMiddleware>();
        app.UseMiddleware<ControlPlaneGuard>();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        // Not a middleware: starts one in-process request through the rest of the pipeline once the world is loaded.
        app.Use(app.Services.GetRequiredService<FirstRequestWarmup>().Capture);
        app.UseRouting();
        app.UseMiddleware<IntegrationMiddleware>();
        app.MapControllers();
        app.MapKomboApiExplorer(services => services.GetRequiredService<Seeding.SeedWorld>().Environments is [var first, ..] ? first.Environment.ApiKey : "your-api-key");
        app.MapFallback(static context => WriteBodilessError(context));
        return app;
    }

    /// <summary>
    /// Kombo answers an unknown route (and a known path with the wrong method) with a minimal error:
    /// <c>Can not GET /v1/…</c>, 404, no code (digest §A1).
    /// </summary>
    private static Task WriteBodilessError(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var request = context.Request;
        return status switch
        {
            StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed or StatusCodes.Status200OK =>
                ErrorResponder.WriteAsync(context, ErrorCodes.RouteNotFound, $"Can not {request.Method} {request.Path}"),
            StatusCodes.Status415UnsupportedMediaType =>
                ErrorResponder.WriteAsync(context, ErrorCodes.UnsupportedMediaType, $"Unsupported Content-Type \"{request.ContentType}\". Send the request body as application/json."),
            StatusCodes.Status413PayloadTooLarge =>
                ErrorResponder.WriteAsync(context, ErrorCodes.PayloadTooLarge, "The request body is too large."),
            >= 500 => ErrorResponder.WriteAsync(context, ErrorCodes.UnknownError with { Status = status }, "An unexpected error occurred in the simulator."),
            _ => ErrorResponder.WriteAsync(context, ErrorCodes.InputInvalid with { Status = status }, $"The request could not be processed (HTTP {status})."),
        };
    }
}
