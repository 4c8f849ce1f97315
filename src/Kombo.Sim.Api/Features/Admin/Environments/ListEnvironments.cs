using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Environments;

/// <summary>GET /_sim/environments: every environment with its key and integrations.</summary>
public static class ListEnvironments
{
    public sealed record Query : IRequest<Result>;

    public sealed record Result(IReadOnlyList<EnvironmentModel> Environments);

    internal sealed class Handler(World world) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(new Result(world.Environments.Select(e => EnvironmentModel.Of(world, e)).ToList()));
    }
}
