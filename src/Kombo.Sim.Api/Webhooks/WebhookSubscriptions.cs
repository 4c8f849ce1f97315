using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Kombo.Sim.Api.Webhooks;

/// <summary>Where an environment's events go, signed with its secret; no event types means all of them.</summary>
public sealed record WebhookSubscription(string Url, string Secret, IReadOnlySet<string> EventTypes)
{
    public bool Wants(string eventType) => EventTypes.Count == 0 || EventTypes.Contains(eventType);
}

/// <summary>
/// The webhook subscription of each environment: set through the control plane, else the start-up default
/// (<see cref="WebhookOptions"/>). An environment can also switch webhooks off explicitly.
/// </summary>
public sealed class WebhookSubscriptions(IOptions<WebhookOptions> options)
{
    private readonly ConcurrentDictionary<string, WebhookSubscription?> _byEnvironment = new(StringComparer.Ordinal);

    private readonly WebhookSubscription? _default = string.IsNullOrWhiteSpace(options.Value.Url)
        ? null
        : new WebhookSubscription(options.Value.Url, options.Value.Secret ?? "", WebhookEventTypes.Parse(options.Value.Events));

    public WebhookSubscription? For(string environmentId) =>
        _byEnvironment.TryGetValue(environmentId, out var subscription) ? subscription : _default;

    /// <summary>Sets (or, with null, switches off) an environment's subscription.</summary>
    public void Set(string environmentId, WebhookSubscription? subscription) => _byEnvironment[environmentId] = subscription;

    /// <summary>Goes back to the start-up default.</summary>
    public void Clear(string environmentId) => _byEnvironment.TryRemove(environmentId, out _);
}
