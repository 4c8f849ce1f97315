namespace Kombo.Sim.Api.Webhooks;

/// <summary>One try to deliver an event.</summary>
public sealed record DeliveryAttempt(int Number, DateTimeOffset At, int? StatusCode, string? Error, double DurationMs);

/// <summary>
/// One event on its way to one subscriber: the exact bytes and signature sent, and every attempt so far. Mutable only
/// through the outbox, under its lock.
/// </summary>
public sealed class WebhookDelivery
{
    private readonly List<DeliveryAttempt> _attempts = [];

    public required string Id { get; init; }

    public required string EventId { get; init; }

    public required string EventType { get; init; }

    public required string EnvironmentId { get; init; }

    public string? IntegrationId { get; init; }

    public required string Url { get; init; }

    public required byte[] Body { get; init; }

    public required string Signature { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>pending, delivered or failed.</summary>
    public string State { get; internal set; } = DeliveryStates.Pending;

    public IReadOnlyList<DeliveryAttempt> Attempts => _attempts;

    internal void Record(DeliveryAttempt attempt) => _attempts.Add(attempt);

    internal int NextAttemptNumber => _attempts.Count + 1;
}

public static class DeliveryStates
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
}
