using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Seeding;

/// <summary>A loaded, validated seed: the clock's starting instant and each environment with its integrations.</summary>
public sealed record SeedWorld(DateTimeOffset Clock, IReadOnlyList<SeedEnvironment> Environments)
{
    public IEnumerable<(SimEnvironment Environment, IEnumerable<IntegrationState> Integrations)> Layout =>
        Environments.Select(e => (e.Environment, e.Integrations.AsEnumerable()));
}

public sealed record SeedEnvironment(SimEnvironment Environment, IReadOnlyList<IntegrationState> Integrations);
