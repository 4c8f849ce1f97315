using System.Text.Json;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Json;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Records;

/// <summary>GET /_sim/environments/{env}/integrations/{id}/records/{model}/{record_id}: the stored record, whole.</summary>
public static class InspectRecord
{
    /// <summary>The models that can be inspected, by Kombo's model name.</summary>
    public static readonly IReadOnlyDictionary<string, Func<IntegrationState, string, object?>> Models =
        new Dictionary<string, Func<IntegrationState, string, object?>>(StringComparer.Ordinal)
        {
            ["hris_employees"] = (s, id) => s.Hris.Employees.Find(id),
            ["hris_employments"] = (s, id) => s.Hris.Employments.Find(id),
            ["hris_absences"] = (s, id) => s.Hris.Absences.Find(id),
            ["hris_time_off_balances"] = (s, id) => s.Hris.TimeOffBalances.Find(id),
            ["ats_jobs"] = (s, id) => s.Ats.Jobs.Find(id),
            ["ats_candidates"] = (s, id) => s.Ats.Candidates.Find(id),
            ["ats_applications"] = (s, id) => s.Ats.Applications.Find(id),
            ["ats_tags"] = (s, id) => s.Ats.Tags.Find(id),
            ["assessment_packages"] = (s, id) => s.Assessment.Packages.Find(id),
            ["assessment_orders"] = (s, id) => s.Assessment.Orders.Find(id),
        };

    public sealed record Query(string EnvironmentId, string IntegrationId, string Model, string RecordId) : IRequest<JsonElement>;

    internal sealed class Handler(World world) : IRequestHandler<Query, JsonElement>
    {
        public Task<JsonElement> Handle(Query query, CancellationToken cancellationToken)
        {
            var state = world.FindIntegration(query.EnvironmentId, query.IntegrationId)?.Current
                ?? throw new KomboException(ErrorCodes.IntegrationNotFound, $"The integration with ID {query.IntegrationId} could not be found in environment {query.EnvironmentId}.");
            if (!Models.TryGetValue(query.Model, out var find))
            {
                throw KomboException.InputInvalid($"model must be one of {string.Join(", ", Models.Keys)}.");
            }

            var record = find(state, query.RecordId) ?? throw KomboException.NotFound(query.Model, query.RecordId);
            return Task.FromResult(JsonSerializer.SerializeToElement(record, record.GetType(), KomboJson.Options));
        }
    }
}
