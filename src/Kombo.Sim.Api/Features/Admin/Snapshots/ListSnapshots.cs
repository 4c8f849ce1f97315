using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Snapshots;

/// <summary>GET /_sim/snapshots: the saved snapshots, oldest first.</summary>
public static class ListSnapshots
{
    public sealed record Query : IRequest<Result>;

    public sealed record Result(IReadOnlyList<SnapshotModel> Snapshots);

    internal sealed class Handler(SnapshotStore snapshots) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(new Result(snapshots.All.Select(s => SnapshotModel.Of(s)).ToList()));
    }
}
