using System.Text.Json.Serialization;
using Kombo.Sim.Api.Features.Ats.Applications;
using Kombo.Sim.Api.Features.Ats.Candidates;
using Kombo.Sim.Api.Features.Ats.Jobs;
using Kombo.Sim.Api.Features.Hris.Absences;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Http;

namespace Kombo.Sim.Api.Infrastructure.Json;

/// <summary>
/// Source-generated serialization for the hot paths (list pages, errors), so they need no reflection per request.
/// Other types fall back to reflection-based metadata (see <see cref="KomboJson"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ErrorEnvelope))]
[JsonSerializable(typeof(SuccessEnvelope<Page<EmployeeModel>>))]
[JsonSerializable(typeof(SuccessEnvelope<Page<AbsenceModel>>))]
[JsonSerializable(typeof(WriteEnvelope<AbsenceCoreModel>))]
[JsonSerializable(typeof(SuccessEnvelope<Page<ApplicationModel>>))]
[JsonSerializable(typeof(SuccessEnvelope<Page<CandidateModel>>))]
[JsonSerializable(typeof(SuccessEnvelope<Page<JobModel>>))]
internal sealed partial class KomboJsonContext : JsonSerializerContext;
