using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Faults;
using Kombo.Sim.Api.Infrastructure.Journal;
using MediatR;

namespace Kombo.Sim.Api.Infrastructure.Behaviors;

/// <summary>
/// Applies the first matching fault rule to a Kombo operation before validation and before the handler, so a fault
/// never leaves partial state behind: the request is delayed, failed, rate-limited or dropped as the rule says.
/// </summary>
public sealed class FaultInjectionBehavior<TRequest, TResponse>(
    FaultRegistry faults,
    IHttpContextAccessor http,
    TimeProvider clock,
    ILogger<FaultInjectionBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var context = http.HttpContext;
        if (context?.Features.Get<OperationFeature>() is not { } operation)
        {
            return next();
        }

        var rule = faults.Fire(
            operation.Operation,
            context.Features.Get<IntegrationFeature>()?.Key.IntegrationId,
            context.Features.Get<CallerFeature>()?.Environment.Id,
            clock.GetUtcNow());
        return rule is null ? next() : Apply(rule, context, operation, next, cancellationToken);
    }

    private async Task<TResponse> Apply(FaultRule rule, HttpContext context, OperationFeature operation, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        context.Features.Get<JournalEntryFeature>()?.FaultRuleId = rule.Id;
        logger.LogInformation("Fault rule {FaultRuleId} ({Kind}) hit {OperationId}", rule.Id, rule.Kind, operation.Operation.OperationId);
        switch (rule.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(TimeSpan.FromMilliseconds(rule.LatencyMs), TimeProvider.System, cancellationToken);
                return await next();
            case FaultKind.RateLimit:
                throw new FaultException(ErrorCodes.RateLimitExceeded,
                    rule.Message ?? "You have exceeded the rate limit. Please retry after the time given in the Retry-After header.",
                    rule.RetryAfterSeconds);
            case FaultKind.Drop:
                throw new ConnectionDropException();
            default:
                var known = rule.ErrorCode is null ? null : ErrorCodes.FindByCode(rule.ErrorCode);
                var error = (known ?? ErrorCodes.UnknownError) with { Status = rule.Status };
                throw new FaultException(error, rule.Message ?? $"{error.Title} (injected by fault rule {rule.Id}).", null);
        }
    }
}
