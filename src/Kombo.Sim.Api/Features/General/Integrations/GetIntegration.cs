using AutoMapper;
using FluentValidation;
using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Features.Shared;
using MediatR;

namespace Kombo.Sim.Api.Features.General.Integrations;

/// <summary>GET /integrations/{integration_id}: the integration with its tool and what it can read and write.</summary>
public static class GetIntegration
{
    public sealed record Query(IntegrationKey Integration) : IIntegrationRequest, IRequest<IntegrationDetailsModel>;

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Integration.IntegrationId).NotEmpty().OverridePropertyName("integration_id");
    }

    internal sealed class Handler(State.World world, ToolCatalog tools, Coverage coverage, IMapper mapper)
        : IRequestHandler<Query, IntegrationDetailsModel>
    {
        public Task<IntegrationDetailsModel> Handle(Query request, CancellationToken cancellationToken)
        {
            var state = world.Read(request.Integration);
            var integration = state.Integration;
            var tool = tools.Find(integration.Tool);
            var model = mapper.Map<IntegrationDetailsModel>(integration);
            model.Tool = new IntegrationToolModel
            {
                Id = integration.Tool,
                Label = tool?.Label ?? integration.Tool,
                InternalLabel = tool?.InternalLabel,
                LogoUrl = tool?.Assets.LogoUrl ?? $"https://storage.googleapis.com/kombo-assets/integrations/{integration.Tool}/logo.svg",
                IconUrl = tool?.Assets.IconUrl ?? $"https://storage.googleapis.com/kombo-assets/integrations/{integration.Tool}/icon.svg",
            };
            model.ReadModels = coverage.ReadModels(integration.Tool, integration.Category)
                .Select(r => new ReadModelModel(r.Model.Id, r.Model.Label, r.Supported, Coverage.Status(r.Supported), "ENABLED", false, []))
                .ToList();
            model.WriteActions = coverage.WriteActions(integration.Tool, integration.Category)
                .Select(w => new WriteActionModel(w.Action.Id, w.Action.Label, w.Supported, Coverage.Status(w.Supported), "ENABLED", false, []))
                .ToList();
            model.LastSync = state.Syncs.LastOrDefault() is { } sync ? new LastSyncModel(sync.Id, sync.Type, sync.State, sync.StartedAt, sync.EndedAt) : null;
            return Task.FromResult(model);
        }
    }
}
