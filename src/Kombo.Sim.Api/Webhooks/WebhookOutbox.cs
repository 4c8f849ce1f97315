using System.Text.Json;
using System.Threading.Channels;
using Kombo.Sim.Api.Infrastructure.Json;
using Kombo.Sim.Api.State;
using Microsoft.Extensions.Options;

namespace Kombo.Sim.Api.Webhooks;

/// <summary>Publishes Kombo webhook events for an environment.</summary>
public interface IWebhookPublisher
{
    /// <summary>Queues <paramref name="data"/> as an event of <paramref name="eventType"/>; never blocks, never throws for delivery.</summary>
    void Publish(string environmentId, string eventType, object data, string? integrationId = null);

    /// <summary>Whether an event of <paramref name="eventType"/> would be delivered at all (callers skip building it when not).</summary>
    bool Wants(string environmentId, string eventType);
}

/// <summary>
/// The outbox: turns events into signed deliveries for the environment's subscription and queues them for the background
/// sender, so an API request never waits for (or fails because of) a webhook. Remembers the last deliveries with every
/// attempt for the control plane.
/// </summary>
public sealed class WebhookOutbox(
    WebhookSubscriptions subscriptions,
    Sequences sequences,
    TimeProvider clock,
    IOptions<WebhookOptions> options,
    ILogger<WebhookOutbox> logger) : IWebhookPublisher
{
    private readonly Channel<WebhookDelivery> _queue = Channel.CreateUnbounded<WebhookDelivery>(new UnboundedChannelOptions { SingleReader = false });
    private readonly Lock _gate = new();
    private readonly LinkedList<WebhookDelivery> _history = new();
    private readonly int _capacity = Math.Max(1, options.Value.History);

    public ChannelReader<WebhookDelivery> Queue => _queue.Reader;

    public bool Wants(string environmentId, string eventType) => subscriptions.For(environmentId)?.Wants(eventType) == true;

    public void Publish(string environmentId, string eventType, object data, string? integrationId = null)
    {
        if (subscriptions.For(environmentId) is not { } subscription || !subscription.Wants(eventType))
        {
            return;
        }

        var number = sequences.Next("webhook-events").ToString(System.Globalization.CultureInfo.InvariantCulture);
        var eventId = KomboIds.Derive("webhook-event", number);
        var body = JsonSerializer.SerializeToUtf8Bytes(new WebhookEnvelope(eventId, eventType, data), KomboJson.Options);
        var delivery = new WebhookDelivery
        {
            Id = $"dlv_{number}",
            EventId = eventId,
            EventType = eventType,
            EnvironmentId = environmentId,
            IntegrationId = integrationId,
            Url = subscription.Url,
            Body = body,
            Signature = WebhookSigner.Sign(body, subscription.Secret),
            CreatedAt = clock.GetUtcNow(),
        };
        Remember(delivery);
        if (!_queue.Writer.TryWrite(delivery))
        {
            logger.LogWarning("Webhook {DeliveryId} could not be queued", delivery.Id);
        }
    }

    /// <summary>Sends a delivery again (same event id, body and signature); its new attempts are added to the old ones.</summary>
    public bool Redeliver(string deliveryId)
    {
        var delivery = Find(deliveryId);
        if (delivery is null)
        {
            return false;
        }

        lock (_gate)
        {
            delivery.State = DeliveryStates.Pending;
        }

        return _queue.Writer.TryWrite(delivery);
    }

    public WebhookDelivery? Find(string deliveryId)
    {
        lock (_gate)
        {
            return _history.FirstOrDefault(d => d.Id == deliveryId);
        }
    }

    /// <summary>Deliveries matching <paramref name="predicate"/>, newest first, as stable copies.</summary>
    public IReadOnlyList<DeliverySnapshot> Query(Func<WebhookDelivery, bool> predicate, int limit)
    {
        lock (_gate)
        {
            var result = new List<DeliverySnapshot>();
            for (var node = _history.Last; node is not null && result.Count < limit; node = node.Previous)
            {
                if (predicate(node.Value))
                {
                    result.Add(DeliverySnapshot.Of(node.Value));
                }
            }

            return result;
        }
    }

    internal void RecordAttempt(WebhookDelivery delivery, int? statusCode, string? error, double durationMs)
    {
        lock (_gate)
        {
            delivery.Record(new DeliveryAttempt(delivery.NextAttemptNumber, clock.GetUtcNow(), statusCode, error, Math.Round(durationMs, 1)));
        }
    }

    internal void Complete(WebhookDelivery delivery, bool delivered)
    {
        lock (_gate)
        {
            delivery.State = delivered ? DeliveryStates.Delivered : DeliveryStates.Failed;
        }
    }

    private void Remember(WebhookDelivery delivery)
    {
        lock (_gate)
        {
            _history.AddLast(delivery);
            while (_history.Count > _capacity)
            {
                _history.RemoveFirst();
            }
        }
    }

    /// <summary>Kombo's webhook envelope: exactly <c>id</c>, <c>type</c> and <c>data</c>.</summary>
    private sealed record WebhookEnvelope(string Id, string Type, object Data);
}

/// <summary>A delivery as it stood when it was read.</summary>
public sealed record DeliverySnapshot(
    string Id,
    string EventId,
    string EventType,
    string EnvironmentId,
    string? IntegrationId,
    string Url,
    string State,
    DateTimeOffset CreatedAt,
    string Signature,
    JsonElement Payload,
    IReadOnlyList<DeliveryAttempt> Attempts)
{
    public static DeliverySnapshot Of(WebhookDelivery delivery) => new(
        delivery.Id, delivery.EventId, delivery.EventType, delivery.EnvironmentId, delivery.IntegrationId, delivery.Url, delivery.State,
        delivery.CreatedAt, delivery.Signature, JsonDocument.Parse(delivery.Body).RootElement.Clone(), [.. delivery.Attempts]);
}
