using System.Diagnostics;
using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Infrastructure;

/// <summary>
/// Once the world is loaded and the pipeline built, serves one <c>GET /v1/check-api-key</c> in-process for the world's
/// first environment, through the part of the pipeline after authentication: routing (whose endpoint matcher the first
/// request that reaches it builds), the integration middleware, MVC's action invoker (compiled on an action's first
/// use), MediatR and the JSON writer. That first-request work (~80 ms) then runs while Kestrel starts and the first
/// client connects, on a core start-up leaves idle by then, instead of inside the first client's request (ADR 15).
/// <para>
/// It leaves nothing behind: it enters the pipeline after the journal, the request log, the API-key check and the rate
/// limit, so none of them sees it; its context is not the one <see cref="IHttpContextAccessor"/> holds, so no fault rule
/// fires for it; check-api-key reads no records and changes no state; the answer goes to a discarded body. A world without
/// environments, a failed load or a failing warm-up request skip it (logged at Debug); clients are never affected.
/// </para>
/// </summary>
internal sealed class FirstRequestWarmup(
    WorldInitializer initializer,
    World world,
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    ILogger<FirstRequestWarmup> logger)
{
    public const string Path = "/v1/check-api-key";

    private readonly TaskCompletionSource<int?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RequestDelegate? _pipeline;

    /// <summary>The warm-up's answer status once it has run; <c>null</c> when it was skipped or failed.</summary>
    public Task<int?> Completion => _completion.Task;

    /// <summary>
    /// A pipeline step, placed right before routing, that adds no middleware: it keeps the rest of the pipeline and
    /// starts the warm-up on it once the world is loaded (the first build only; a rebuilt pipeline is not warmed again).
    /// </summary>
    public RequestDelegate Capture(RequestDelegate next)
    {
        if (Interlocked.CompareExchange(ref _pipeline, next, null) is null)
        {
            // No ambient context flows into the warm-up (an HttpContext held by IHttpContextAccessor, a log scope).
            using (ExecutionContext.SuppressFlow())
            {
                _ = initializer.Loading.ContinueWith(
                    loading => loading.IsCompletedSuccessfully ? WarmUpAsync() : Skip("the world did not load"),
                    CancellationToken.None, TaskContinuationOptions.DenyChildAttach, TaskScheduler.Default).Unwrap();
            }
        }

        return next;
    }

    /// <summary>One in-process request through the captured pipeline: its status, or <c>null</c> if it could not run.</summary>
    internal async Task<int?> RunAsync()
    {
        if (_pipeline is not { } pipeline || world.Environments is not [var first, ..])
        {
            return null;
        }

        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = lifetime.ApplicationStopping };
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = Path;
        context.Response.Body = Stream.Null;
        context.Features.Set(new CallerFeature(first));
        await pipeline(context);
        return context.Response.StatusCode;
    }

    private async Task WarmUpAsync()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var status = await RunAsync();
            logger.LogDebug("Warmed up the request pipeline in {ElapsedMs:0} ms (GET {Path} in-process: {Status}; not journaled)",
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, Path, status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "skipped, no environment");
            _completion.TrySetResult(status);
        }
        catch (Exception exception)
        {
            logger.LogDebug(exception, "The request pipeline's warm-up failed; the first request does that work instead");
            _completion.TrySetResult(null);
        }
    }

    private Task Skip(string reason)
    {
        logger.LogDebug("No warm-up of the request pipeline: {Reason}", reason);
        _completion.TrySetResult(null);
        return Task.CompletedTask;
    }
}
