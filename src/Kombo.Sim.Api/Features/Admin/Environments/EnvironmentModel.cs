using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.Admin.Environments;

/// <summary>An environment as the control plane shows it.</summary>
public sealed record EnvironmentModel(string Id, string Name, string ApiKey, IReadOnlyList<EnvironmentIntegrationModel> Integrations)
{
    public static EnvironmentModel Of(World world, SimEnvironment environment) => new(
        environment.Id,
        environment.Name,
        environment.ApiKey,
        world.IntegrationsOf(environment.Id)
            .Select(store => store.Current.Integration)
            .Select(i => new EnvironmentIntegrationModel(i.Id, i.Tool, i.Category))
            .ToList());
}

public sealed record EnvironmentIntegrationModel(string Id, string Tool, string Category);
