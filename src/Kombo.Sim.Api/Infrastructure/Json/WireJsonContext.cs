using System.Text.Json.Serialization;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Features.Hris.Employments;
using Kombo.Sim.Api.Features.Hris.Locations;
using Kombo.Sim.Api.Infrastructure.Http;

namespace Kombo.Sim.Api.Infrastructure.Json;

/// <summary>
/// Pages written by source-generated code (System.Text.Json's fast path): no per-property metadata, converter or
/// resumable state. That path needs options without custom converters or encoder, so this context keeps its own
/// (the same names and nulls as <see cref="KomboJson"/>), its models carry their timestamps as text
/// (<see cref="WireText"/>), and the writer gets Kombo's encoder (<see cref="KomboJsonResult{T}"/>). Unit tests check
/// that every page registered here is written byte for byte as <see cref="KomboJson.Options"/> writes it.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    MaxDepth = KomboJson.MaxDepth)]
[JsonSerializable(typeof(SuccessEnvelope<Page<EmployeeModel>>))]
[JsonSerializable(typeof(SuccessEnvelope<Page<EmploymentModel>>))]
[JsonSerializable(typeof(SuccessEnvelope<Page<LocationModel>>))]
internal sealed partial class WireJsonContext : JsonSerializerContext;
