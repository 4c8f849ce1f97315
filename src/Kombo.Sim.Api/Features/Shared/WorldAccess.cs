using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.Shared;

public static class WorldAccess
{
    /// <summary>The integration's store; a deleted or unknown integration answers Kombo's 404.</summary>
    public static IntegrationStore Store(this World world, IntegrationKey key) =>
        world.FindIntegration(key.EnvironmentId, key.IntegrationId)
        ?? throw new KomboException(ErrorCodes.IntegrationNotFound, $"The integration with ID {key.IntegrationId} could not be found in this environment.");

    /// <summary>One consistent snapshot of the integration's data.</summary>
    public static IntegrationState Read(this World world, IntegrationKey key) => world.Store(key).Current;
}
