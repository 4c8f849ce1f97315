using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Infrastructure.Faults;
using Kombo.Sim.Api.State;
using Kombo.Sim.Api.Webhooks;
using Microsoft.Extensions.Options;

namespace Kombo.Sim.Api.Features.General.Syncs;

/// <summary>
/// Starts and finishes simulated syncs. A sync runs for the configured duration on the simulator's clock, then ends
/// SUCCEEDED (or in the state a <c>sync_outcome</c> fault rule chooses), completes a pending first sync
/// (<c>FINAL_SYNC_PENDING</c> → <c>COMPLETED</c>) and sends Kombo's <c>sync-finished</c> webhook.
/// </summary>
public sealed class SyncRunner(
    World world,
    TimeProvider clock,
    FaultRegistry faults,
    OperationCatalog operations,
    IWebhookPublisher webhooks,
    IOptions<SyncOptions> options)
{
    public TimeSpan Duration => TimeSpan.FromSeconds(Math.Max(0, options.Value.DurationSeconds));

    /// <summary>Starts a sync unless one is running; returns the running or new sync and whether it was already queued.</summary>
    public (Sync Sync, bool AlreadyQueued) Start(IntegrationStore store, string type, string baseUrl)
    {
        var now = clock.GetUtcNow();
        var result = store.Write(state =>
        {
            if (state.RunningSync is { } running)
            {
                return (state, (running, true));
            }

            var (next, _, id) = state.NewRecordId("syncs");
            var sync = new Sync
            {
                Id = id,
                Type = type,
                State = SyncStates.Running,
                StartedAt = now,
                DueAt = now + Duration,
                LogUrl = $"{baseUrl}/_sim/environments/{store.EnvironmentId}/integrations/{store.Id}/syncs/{id}",
            };
            return (next with { Syncs = next.Syncs.Add(sync) }, (sync, false));
        });
        CompleteDue(store, now);
        return result;
    }

    /// <summary>Finishes every sync of every integration whose time has come (called when the clock moves).</summary>
    public int CompleteDue(DateTimeOffset now) =>
        world.Environments.SelectMany(e => world.IntegrationsOf(e.Id)).Sum(store => CompleteDue(store, now));

    private int CompleteDue(IntegrationStore store, DateTimeOffset now)
    {
        if (store.Current.RunningSync is not { } running || running.DueAt > now)
        {
            return 0;
        }

        var outcome = faults.FireSyncOutcome(operations.Get("PostForceSync"), store.Id, store.EnvironmentId, now)?.SyncState ?? SyncStates.Succeeded;
        var finished = store.Write(state =>
        {
            if (state.RunningSync is not { } sync || sync.DueAt > now)
            {
                return (state, (Sync?)null);
            }

            var ended = sync with { State = outcome, EndedAt = now };
            var integration = state.Integration.SetupStatus == SetupStatuses.FinalSyncPending && outcome is SyncStates.Succeeded or SyncStates.PartiallyFailed
                ? state.Integration with { SetupStatus = SetupStatuses.Completed }
                : state.Integration;
            return (state with { Syncs = state.Syncs.Replace(sync, ended), Integration = integration }, ended);
        });
        if (finished is null)
        {
            return 0;
        }

        var info = store.Current.Integration;
        webhooks.Publish(store.EnvironmentId, WebhookEventTypes.SyncFinished, new SyncFinishedPayload(
            finished.Id,
            finished.State,
            finished.StartedAt,
            finished.EndedAt!.Value,
            (long)(finished.EndedAt.Value - finished.StartedAt).TotalSeconds,
            info.Id,
            info.Tool,
            info.Category,
            EndUserPayload.Of(info),
            finished.LogUrl), info.Id);
        return 1;
    }
}

/// <summary>Finishes due syncs while the clock is running (a frozen clock moves only through the control plane).</summary>
public sealed class SyncTicker(SyncRunner syncs, SimClock clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!clock.IsFrozen)
                {
                    syncs.CompleteDue(clock.GetUtcNow());
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
