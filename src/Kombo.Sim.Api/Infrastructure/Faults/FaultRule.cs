using Kombo.Sim.Api.Catalog;

namespace Kombo.Sim.Api.Infrastructure.Faults;

/// <summary>What a fault rule does to a matching request.</summary>
public enum FaultKind
{
    /// <summary>Wait, then answer normally.</summary>
    Latency,

    /// <summary>Fail with a given status and Kombo error code.</summary>
    Error,

    /// <summary>Answer 429 PLATFORM.RATE_LIMIT_EXCEEDED with Retry-After.</summary>
    RateLimit,

    /// <summary>Drop the connection without an answer.</summary>
    Drop,

    /// <summary>Let the request succeed, but end the sync it starts in the given state (e.g. FAILED).</summary>
    SyncOutcome,
}

/// <summary>Which requests a rule applies to; every given criterion must hold.</summary>
public sealed record FaultMatch(
    string? OperationId,
    string? Method,
    string? PathTemplate,
    string? IntegrationId,
    string? EnvironmentId)
{
    public bool Matches(OperationInfo operation, string? integrationId, string? environmentId) =>
        (OperationId is null || OperationId == operation.OperationId)
        && (Method is null || string.Equals(Method, operation.Method, StringComparison.OrdinalIgnoreCase))
        && (PathTemplate is null || PathTemplate == operation.Path || PathTemplate == "/v1" + operation.Path)
        && (IntegrationId is null || IntegrationId == integrationId)
        && (EnvironmentId is null || EnvironmentId == environmentId);
}

/// <summary>A fault rule as created through the control plane.</summary>
public sealed record FaultRule
{
    public required string Id { get; init; }

    public required FaultMatch Match { get; init; }

    public required FaultKind Kind { get; init; }

    public int LatencyMs { get; init; }

    public int Status { get; init; }

    public string? ErrorCode { get; init; }

    public string? Message { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>For <see cref="FaultKind.SyncOutcome"/>: the state the sync ends in.</summary>
    public string? SyncState { get; init; }

    /// <summary>How many times the rule may fire; null for no limit.</summary>
    public int? Count { get; init; }

    /// <summary>Chance (0..1) that a matching request is hit; null for always.</summary>
    public double? Probability { get; init; }

    public ulong Seed { get; init; }

    /// <summary>After this instant of the simulator's clock the rule no longer fires.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
