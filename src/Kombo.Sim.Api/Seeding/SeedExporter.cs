using System.Text.Json;
using System.Text.Json.Nodes;
using AutoMapper;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Features.Assessment.Orders;
using Kombo.Sim.Api.Features.Assessment.Packages;
using Kombo.Sim.Api.Features.Ats.Applications;
using Kombo.Sim.Api.Features.Ats.Candidates;
using Kombo.Sim.Api.Features.Ats.Jobs;
using Kombo.Sim.Api.Features.Ats.Tags;
using Kombo.Sim.Api.Features.Ats.Users;
using Kombo.Sim.Api.Features.Hris.Absences;
using Kombo.Sim.Api.Features.Hris.AbsenceTypes;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Features.Hris.Employments;
using Kombo.Sim.Api.Features.Hris.Groups;
using Kombo.Sim.Api.Features.Hris.LegalEntities;
using Kombo.Sim.Api.Features.Hris.Locations;
using Kombo.Sim.Api.Features.Hris.TimeOffBalances;
using Kombo.Sim.Api.Infrastructure.Json;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Seeding;

/// <summary>
/// Writes an integration in the seed format (seed-data/README.md): <c>integration.json</c> and one array of Kombo wire
/// records per model, deleted records included. Reading the export back with <see cref="SeedLoader"/> gives an
/// integration whose /v1 reads are identical. Data Kombo has no wire format for (notes, attachments, result links,
/// syncs, DATEV payroll data) is not part of a seed.
/// </summary>
public sealed class SeedExporter(IMapper mapper)
{
    private static readonly string[] EmployeeRelations = ["employments", "time_off_balances", "manager", "teams", "legal_entity", "work_location"];
    private static readonly string[] ApplicationRelations = ["candidate", "current_stage", "job"];

    public IReadOnlyDictionary<string, JsonNode> Export(IntegrationState state)
    {
        var hris = state.Hris;
        var ats = state.Ats;
        var files = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        Add(files, HrisSeed.EmployeesFile, hris.Employees.Rows, e =>
        {
            var model = mapper.Map<EmployeeModel>(e);
            model.Groups = e.GroupIds.Select(hris.Groups.Find).OfType<Domain.Hris.Group>().Select(mapper.Map<EmployeeGroupModel>).ToList();
            return Without(model, EmployeeRelations);
        });
        Add(files, HrisSeed.EmploymentsFile, hris.Employments.Rows, e => Node(mapper.Map<EmploymentModel>(e)));
        Add(files, HrisSeed.GroupsFile, hris.Groups.Rows, g => Node(mapper.Map<GroupModel>(g)));
        Add(files, HrisSeed.LocationsFile, hris.Locations.Rows, l => Node(mapper.Map<LocationModel>(l)));
        Add(files, HrisSeed.LegalEntitiesFile, hris.LegalEntities.Rows, l => Node(mapper.Map<LegalEntityModel>(l)));
        Add(files, HrisSeed.AbsenceTypesFile, hris.AbsenceTypes.Rows, t => Node(mapper.Map<AbsenceTypeModel>(t)));
        Add(files, HrisSeed.TimeOffBalancesFile, hris.TimeOffBalances.Rows, b => Node(mapper.Map<TimeOffBalanceRefModel>(b)));
        Add(files, HrisSeed.AbsencesFile, hris.Absences.Rows, a => Node(mapper.Map<AbsenceCoreModel>(a)));
        Add(files, AtsSeed.UsersFile, ats.Users.Rows, u => Node(mapper.Map<UserModel>(u)));
        Add(files, AtsSeed.TagsFile, ats.Tags.Rows, t => Node(mapper.Map<TagModel>(t)));
        Add(files, AtsSeed.JobsFile, ats.Jobs.Rows, j => Node(mapper.Map<JobModel>(j)));
        Add(files, AtsSeed.CandidatesFile, ats.Candidates.Rows, c => Node(CandidateProjection.ToCoreModel(mapper, ats, c)));
        Add(files, AtsSeed.ApplicationsFile, ats.Applications.Rows, a => Without(mapper.Map<ApplicationModel>(a), ApplicationRelations));
        Add(files, AssessmentSeed.PackagesFile, state.Assessment.Packages.Rows, p => Node(mapper.Map<PackageModel>(p)));
        Add(files, AssessmentSeed.OrdersFile, state.Assessment.Orders.Rows, o =>
        {
            var node = Node(mapper.Map<OrderModel>(o));
            node["status"] = o.Status;
            return node;
        });
        return files;
    }

    private static void Add<T>(SortedDictionary<string, JsonNode> files, string fileName, IReadOnlyList<T> rows, Func<T, JsonNode> export)
        where T : IRecord
    {
        if (rows.Count > 0)
        {
            files[fileName] = new JsonArray(rows.Select(export).ToArray());
        }
    }

    private static JsonNode Node<T>(T model) => JsonSerializer.SerializeToNode(model, KomboJson.Options)!;

    private static JsonObject Without<T>(T model, IEnumerable<string> keys)
    {
        var node = Node(model).AsObject();
        foreach (var key in keys)
        {
            node.Remove(key);
        }

        return node;
    }
}
