using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Features.Admin.Environments;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Seeding;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Transfer;

/// <summary>
/// POST /_sim/environments/{environment_id}/integrations/import: adds an integration from a seed-format document (an
/// export, or hand-written). It is validated like the seed: a duplicate id or a dangling reference answers 400 naming the
/// file and the record, and nothing is added.
/// </summary>
public static class ImportIntegration
{
    public sealed record Command : IRequest<EnvironmentIntegrationModel>
    {
        [JsonIgnore]
        public string EnvironmentId { get; init; } = "";

        public Integration? Integration { get; init; }

        public IReadOnlyDictionary<string, JsonNode>? Files { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Integration).NotNull().WithMessage("integration is required (the content of integration.json).");
            RuleFor(c => c.Integration!.Category).Must(c => c is Categories.Hris or Categories.Ats or Categories.Assessment)
                .When(c => c.Integration is not null).OverridePropertyName("integration.category").WithMessage("integration.category must be HRIS, ATS or ASSESSMENT.");
            RuleFor(c => c.Integration!)
                .Must(i => i.Id.StartsWith(i.Tool + ":", StringComparison.Ordinal) && i.Id.Length > i.Tool.Length + 1)
                .When(c => c.Integration is not null).OverridePropertyName("integration.id")
                .WithMessage("integration.id must look like <tool>:<id>, with the integration's tool.");
        }
    }

    internal sealed class Handler(World world, SeedLoader loader) : IRequestHandler<Command, EnvironmentIntegrationModel>
    {
        public Task<EnvironmentIntegrationModel> Handle(Command command, CancellationToken cancellationToken)
        {
            if (world.FindEnvironment(command.EnvironmentId) is null)
            {
                throw KomboException.NotFound("Environment", command.EnvironmentId);
            }

            if (world.FindIntegration(command.EnvironmentId, command.Integration!.Id) is not null)
            {
                throw new KomboException(ErrorCodes.InputInvalid with { Status = 409 }, $"integration.id: environment {command.EnvironmentId} already has an integration {command.Integration.Id}.");
            }

            IntegrationState state;
            try
            {
                state = loader.LoadIntegration(command.Integration, command.Files ?? new Dictionary<string, JsonNode>());
            }
            catch (SeedException invalid)
            {
                throw KomboException.InputInvalid(invalid.Message);
            }

            world.AddIntegration(command.EnvironmentId, state);
            var integration = state.Integration;
            return Task.FromResult(new EnvironmentIntegrationModel(integration.Id, integration.Tool, integration.Category));
        }
    }
}
