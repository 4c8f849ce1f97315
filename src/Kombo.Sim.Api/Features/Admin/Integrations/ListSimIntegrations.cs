using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Integrations;

/// <summary>GET /_sim/integrations: every integration of every environment.</summary>
public static class ListSimIntegrations
{
    public sealed record Query : IRequest<Result>;

    public sealed record Result(IReadOnlyList<Item> Integrations);

    /// <summary>One integration as the control plane lists it.</summary>
    public sealed record Item(
        string Id,
        string Tool,
        string Category,
        string Status,
        string SetupStatus,
        string EnvironmentId,
        string EnvironmentName);

    internal sealed class Handler(World world) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var items = world.Environments
                .SelectMany(environment => world.IntegrationsOf(environment.Id).Select(store => (environment, store.Current.Integration)))
                .Select(x => new Item(x.Integration.Id, x.Integration.Tool, x.Integration.Category, x.Integration.Status,
                    x.Integration.SetupStatus, x.environment.Id, x.environment.Name))
                .ToList();
            return Task.FromResult(new Result(items));
        }
    }
}
