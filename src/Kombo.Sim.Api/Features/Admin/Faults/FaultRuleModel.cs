using Kombo.Sim.Api.Infrastructure.Faults;

namespace Kombo.Sim.Api.Features.Admin.Faults;

/// <summary>A fault rule as the control plane shows it, with how often it matched and fired.</summary>
public sealed record FaultRuleModel(
    string Id,
    string? OperationId,
    string? Method,
    string? Path,
    string? IntegrationId,
    string? EnvironmentId,
    string Action,
    int? LatencyMs,
    int? Status,
    string? ErrorCode,
    string? Message,
    int? RetryAfterSeconds,
    string? SyncState,
    int? Count,
    double? Probability,
    ulong Seed,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset CreatedAt,
    int Matched,
    int Fired,
    int? Remaining)
{
    public static FaultRuleModel From(FaultRuleStatus status)
    {
        var rule = status.Rule;
        return new FaultRuleModel(
            rule.Id, rule.Match.OperationId, rule.Match.Method, rule.Match.PathTemplate, rule.Match.IntegrationId, rule.Match.EnvironmentId,
            ActionName(rule.Kind),
            rule.Kind == FaultKind.Latency ? rule.LatencyMs : null,
            rule.Kind switch { FaultKind.Error => rule.Status, FaultKind.RateLimit => 429, _ => null },
            rule.Kind switch { FaultKind.Error => rule.ErrorCode, FaultKind.RateLimit => "PLATFORM.RATE_LIMIT_EXCEEDED", _ => null },
            rule.Message,
            rule.Kind == FaultKind.RateLimit ? rule.RetryAfterSeconds : null,
            rule.SyncState,
            rule.Count, rule.Probability, rule.Seed, rule.ExpiresAt, rule.CreatedAt,
            status.Matched, status.Fired, status.Remaining);
    }

    public static string ActionName(FaultKind kind) => kind switch
    {
        FaultKind.Latency => "latency",
        FaultKind.Error => "error",
        FaultKind.RateLimit => "rate_limit",
        FaultKind.SyncOutcome => "sync_outcome",
        _ => "drop",
    };
}
