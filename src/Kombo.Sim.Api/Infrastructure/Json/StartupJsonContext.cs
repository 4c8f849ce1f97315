using System.Text.Json.Serialization;
using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Domain.Integrations;
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
using Kombo.Sim.Api.Seeding;
using OrderHiringTeamMemberModel = Kombo.Sim.Api.Features.Assessment.Orders.HiringTeamMemberModel;

namespace Kombo.Sim.Api.Infrastructure.Json;

/// <summary>
/// Source-generated metadata for what start-up reads: the seed files and the embedded catalogs. Built by reflection, the
/// metadata of these types (reflection, emitted accessors and the JIT compiling them) cost more than the reading itself,
/// on start-up's critical path; generated, it is compiled ahead with the rest of the simulator (ADR 15). The same
/// options apply (<see cref="KomboJson"/>), so the files read exactly as before.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SeedLoader.WorldFile))]
[JsonSerializable(typeof(SeedLoader.EnvironmentFile))]
[JsonSerializable(typeof(Integration))]
[JsonSerializable(typeof(List<GroupModel>))]
[JsonSerializable(typeof(List<LocationModel>))]
[JsonSerializable(typeof(List<LegalEntityModel>))]
[JsonSerializable(typeof(List<AbsenceTypeModel>))]
[JsonSerializable(typeof(List<EmployeeModel>))]
[JsonSerializable(typeof(List<EmploymentModel>))]
[JsonSerializable(typeof(List<TimeOffBalanceRefModel>))]
[JsonSerializable(typeof(List<AbsenceCoreModel>))]
[JsonSerializable(typeof(List<UserModel>))]
[JsonSerializable(typeof(List<TagModel>))]
[JsonSerializable(typeof(List<JobModel>))]
[JsonSerializable(typeof(List<CandidateCoreModel>))]
[JsonSerializable(typeof(List<ApplicationModel>))]
[JsonSerializable(typeof(List<PackageModel>))]
[JsonSerializable(typeof(List<OrderSeedModel>))]
[JsonSerializable(typeof(OrderHiringTeamMemberModel), TypeInfoPropertyName = "OrderHiringTeamMemberModel")]
[JsonSerializable(typeof(IReadOnlyList<OrderHiringTeamMemberModel>), TypeInfoPropertyName = "OrderHiringTeamMemberModelList")]
[JsonSerializable(typeof(List<OperationInfo>))]
[JsonSerializable(typeof(List<ToolInfo>))]
[JsonSerializable(typeof(Dictionary<string, List<CapabilityInfo>>))]
internal sealed partial class StartupJsonContext : JsonSerializerContext;
