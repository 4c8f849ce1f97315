using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Syncs;

/// <summary>GET /_sim/environments/{env}/integrations/{id}/syncs[/{sync_id}]: an integration's syncs, newest first.</summary>
public static class ListSyncs
{
    public sealed record Query(string EnvironmentId, string IntegrationId, string? SyncId) : IRequest<Result>;

    public sealed record Result(IReadOnlyList<Sync> Syncs);

    internal sealed class Handler(World world) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var state = world.FindIntegration(query.EnvironmentId, query.IntegrationId)?.Current
                ?? throw new KomboException(ErrorCodes.IntegrationNotFound, $"The integration with ID {query.IntegrationId} could not be found in environment {query.EnvironmentId}.");
            var syncs = state.Syncs.Reverse().Where(s => query.SyncId is null || s.Id == query.SyncId).ToList();
            if (query.SyncId is not null && syncs.Count == 0)
            {
                throw KomboException.NotFound("Sync", query.SyncId);
            }

            return Task.FromResult(new Result(syncs));
        }
    }
}
