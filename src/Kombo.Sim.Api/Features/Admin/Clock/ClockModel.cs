using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.Admin.Clock;

/// <summary>The clock's reading, and what the last move changed (null on plain reads).</summary>
public sealed record ClockModel(DateTimeOffset Now, bool Frozen, TimePassageReport? Effects)
{
    public static ClockModel Read(SimClock clock, TimePassageReport? effects = null) => new(clock.GetUtcNow(), clock.IsFrozen, effects);
}

/// <summary>Applies what moving the clock means: time effects, due syncs, and data-changed for changed employees.</summary>
public sealed class ClockEffects(TimePassage time, Features.General.Syncs.SyncRunner syncs, Api.Webhooks.IWebhookPublisher webhooks)
{
    public TimePassageReport Apply(DateTimeOffset now)
    {
        var report = time.Apply(now);
        foreach (var store in report.ChangedIntegrations)
        {
            var integration = store.Current.Integration;
            webhooks.Publish(store.EnvironmentId, Api.Webhooks.WebhookEventTypes.DataChanged,
                new Api.Webhooks.DataChangedPayload(integration.Id, integration.Tool, integration.Category, [new Api.Webhooks.ChangedModel("hris_employees")]),
                integration.Id);
        }

        return report with { SyncsFinished = syncs.CompleteDue(now) };
    }
}
