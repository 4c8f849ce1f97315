using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Snapshots;

/// <summary>
/// POST /_sim/snapshots/{name}/restore: the world becomes exactly what was saved (environments, keys, integrations and
/// their data). The clock, fault rules, journal and webhook settings are not part of a snapshot.
/// </summary>
public static class RestoreSnapshot
{
    public sealed record Command(string Name) : IRequest<SnapshotModel>;

    internal sealed class Handler(World world, SnapshotStore snapshots) : IRequestHandler<Command, SnapshotModel>
    {
        public Task<SnapshotModel> Handle(Command command, CancellationToken cancellationToken)
        {
            var snapshot = snapshots.Find(command.Name) ?? throw KomboException.NotFound("Snapshot", command.Name);
            world.Restore(snapshot.Image);
            return Task.FromResult(SnapshotModel.Of(snapshot));
        }
    }
}
