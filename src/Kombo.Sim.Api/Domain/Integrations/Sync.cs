namespace Kombo.Sim.Api.Domain.Integrations;

/// <summary>A sync of an integration (Kombo: <c>sync_id</c>, <c>sync_state</c>, start and end).</summary>
public sealed record Sync
{
    public required string Id { get; init; }

    /// <summary>FULL or DELTA.</summary>
    public required string Type { get; init; }

    /// <summary>RUNNING until it ends; then SUCCEEDED, PARTIALLY_FAILED, FAILED, AUTHENTICATION_FAILED, CANCELLED or TIMED_OUT.</summary>
    public required string State { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the simulated sync is due to end.</summary>
    public required DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Where the sync's log can be read (the webhook's <c>log_url</c>).</summary>
    public required string LogUrl { get; init; }

    public bool IsRunning => State == SyncStates.Running;
}

public static class SyncStates
{
    public const string Running = "RUNNING";
    public const string Succeeded = "SUCCEEDED";
    public const string PartiallyFailed = "PARTIALLY_FAILED";
    public const string Failed = "FAILED";
    public const string AuthenticationFailed = "AUTHENTICATION_FAILED";
    public const string Cancelled = "CANCELLED";
    public const string TimedOut = "TIMED_OUT";

    /// <summary>The states a finished sync can end in (what a fault rule may choose).</summary>
    public static readonly string[] Final = [Succeeded, PartiallyFailed, Failed, AuthenticationFailed, Cancelled, TimedOut];
}
