using System.Diagnostics;
using MediatR;

namespace Kombo.Sim.Api.Infrastructure.Behaviors;

/// <summary>
/// Outermost behavior: logs which request ran and how long it took. Never logs the request's content
/// (it may carry personal data). Nested request names repeat across features, so the declaring type is logged too.
/// </summary>
public sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string RequestName = typeof(TRequest).DeclaringType is { } declaring
        ? $"{declaring.Name}.{typeof(TRequest).Name}"
        : typeof(TRequest).Name;

    // Checked first, without an async state machine: at the default level there is nothing to log.
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        logger.IsEnabled(LogLevel.Debug) ? Timed(next) : next();

    private async Task<TResponse> Timed(RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next();
        }
        finally
        {
            logger.LogDebug("Handled {Request} in {ElapsedMs:0.000} ms", RequestName, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
