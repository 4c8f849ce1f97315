using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Environments;

/// <summary>POST /_sim/environments/{environment_id}/integrations/{integration_id}/reset: one integration back to how it started.</summary>
public static class ResetIntegration
{
    public sealed record Command(string EnvironmentId, string IntegrationId) : IRequest<EnvironmentIntegrationModel>;

    internal sealed class Handler(World world) : IRequestHandler<Command, EnvironmentIntegrationModel>
    {
        public Task<EnvironmentIntegrationModel> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!world.ResetIntegration(command.EnvironmentId, command.IntegrationId)
                || world.FindIntegration(command.EnvironmentId, command.IntegrationId) is not { } store)
            {
                throw new KomboException(ErrorCodes.IntegrationNotFound,
                    $"The integration with ID {command.IntegrationId} has no starting state in environment {command.EnvironmentId}.");
            }

            var integration = store.Current.Integration;
            return Task.FromResult(new EnvironmentIntegrationModel(integration.Id, integration.Tool, integration.Category));
        }
    }
}
