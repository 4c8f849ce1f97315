using FluentValidation;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
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

    internal sealed class Handler(World world) : IRequestHandler<Command, Empty>
    {
        public Task<Empty> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!world.RemoveIntegration(command.Integration.EnvironmentId, command.Integration.IntegrationId))
            {
                throw new KomboException(ErrorCodes.IntegrationNotFound, $"The integration with ID {command.Integration.IntegrationId} could not be found in this environment.");
            }

            return Task.FromResult(Empty.Instance);
        }
    }
}
