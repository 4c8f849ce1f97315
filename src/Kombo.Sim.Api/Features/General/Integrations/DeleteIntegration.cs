using FluentValidation;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using Kombo.Sim.Api.Webhooks;
using MediatR;

namespace Kombo.Sim.Api.Features.General.Integrations;

/// <summary>DELETE /integrations/{integration_id}: removes the integration and all its data; it cannot be undone.</summary>
public static class DeleteIntegration
{
    public sealed record Command(IntegrationKey Integration) : IIntegrationRequest, IRequest<Empty>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Integration.IntegrationId).NotEmpty().OverridePropertyName("integration_id");
    }

    internal sealed class Handler(World world, IWebhookPublisher webhooks, TimeProvider clock) : IRequestHandler<Command, Empty>
    {
        public Task<Empty> Handle(Command command, CancellationToken cancellationToken)
        {
            var (environmentId, integrationId) = command.Integration;
            var integration = world.FindIntegration(environmentId, integrationId)?.Current.Integration;
            if (integration is null || !world.RemoveIntegration(environmentId, integrationId))
            {
                throw new KomboException(ErrorCodes.IntegrationNotFound, $"The integration with ID {integrationId} could not be found in this environment.");
            }

            webhooks.Publish(environmentId, WebhookEventTypes.IntegrationDeleted,
                new IntegrationDeletedPayload(integration.Id, integration.Tool, integration.Category, EndUserPayload.Of(integration), clock.GetUtcNow()),
                integration.Id);
            return Task.FromResult(Empty.Instance);
        }
    }
}
