using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Seeding;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Transfer;

/// <summary>
/// GET /_sim/environments/{environment_id}/integrations/{integration_id}/export: the integration in the seed format —
/// <c>integration</c> (integration.json) and <c>files</c> (one array per model file).
/// </summary>
public static class ExportIntegration
{
    public sealed record Query(string EnvironmentId, string IntegrationId) : IRequest<SeedDocument>;

    internal sealed class Handler(World world, SeedExporter exporter) : IRequestHandler<Query, SeedDocument>
    {
        public Task<SeedDocument> Handle(Query query, CancellationToken cancellationToken)
        {
            var state = world.FindIntegration(query.EnvironmentId, query.IntegrationId)?.Current
                ?? throw new KomboException(ErrorCodes.IntegrationNotFound, $"The integration with ID {query.IntegrationId} could not be found in environment {query.EnvironmentId}.");
            return Task.FromResult(new SeedDocument(state.Integration, exporter.Export(state)));
        }
    }
}

/// <summary>An integration in the seed format, as one JSON document.</summary>
public sealed record SeedDocument(Integration Integration, IReadOnlyDictionary<string, JsonNode> Files);
