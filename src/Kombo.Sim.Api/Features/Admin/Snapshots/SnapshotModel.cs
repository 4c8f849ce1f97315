using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.Admin.Snapshots;

/// <summary>A snapshot as the control plane lists it.</summary>
public sealed record SnapshotModel(string Name, DateTimeOffset CreatedAt, int Environments, int Integrations, bool? Replaced = null)
{
    public static SnapshotModel Of(Snapshot snapshot, bool? replaced = null) =>
        new(snapshot.Name, snapshot.CreatedAt, snapshot.Image.Environments.Count, snapshot.Image.IntegrationCount, replaced);
}
