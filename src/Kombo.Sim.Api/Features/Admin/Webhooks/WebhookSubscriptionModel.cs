using Kombo.Sim.Api.Webhooks;

namespace Kombo.Sim.Api.Features.Admin.Webhooks;

/// <summary>An environment's webhook subscription (the secret is never shown).</summary>
public sealed record WebhookSubscriptionModel(string EnvironmentId, bool Enabled, string? Url, bool SecretSet, IReadOnlyList<string> EventTypes)
{
    public static WebhookSubscriptionModel Of(string environmentId, WebhookSubscription? subscription) => new(
        environmentId,
        subscription is not null,
        subscription?.Url,
        !string.IsNullOrEmpty(subscription?.Secret),
        subscription?.EventTypes.Order(StringComparer.Ordinal).ToList() ?? []);
}
