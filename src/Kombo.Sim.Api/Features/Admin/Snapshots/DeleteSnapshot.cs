using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Snapshots;

/// <summary>DELETE /_sim/snapshots/{name}.</summary>
public static class DeleteSnapshot
{
    public sealed record Command(string Name) : IRequest<Result>;

    public sealed record Result(string Deleted);

    internal sealed class Handler(SnapshotStore snapshots) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command command, CancellationToken cancellationToken) =>
            Task.FromResult(snapshots.Delete(command.Name) ? new Result(command.Name) : throw KomboException.NotFound("Snapshot", command.Name));
    }
}
