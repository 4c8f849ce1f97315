using System.Text.Json;
using System.Text.Json.Serialization;
using Kombo.Sim.Api.Features.Hris.AbsenceTypes;

namespace Kombo.Sim.Api.Features.Hris.Absences;

/// <summary><c>data</c> of POST and DELETE /hris/absences: the absence without its type.</summary>
public class AbsenceCoreModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string EmployeeId { get; set; } = "";

    public string? ApproverId { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public bool? StartHalfDay { get; set; }

    public bool? EndHalfDay { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public double? Amount { get; set; }

    public string? Unit { get; set; }

    public string? Status { get; set; }

    public string? EmployeeNote { get; set; }

    public string? TypeId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }

    // Kombo's SDK requires these two although the spec does not list them (see tools/reference/SDK-STRICTNESS.md).
    public DateTimeOffset? RemoteCreatedAt { get; set; }

    public DateTimeOffset? RemoteUpdatedAt { get; set; }

    public JsonElement? RemoteData { get; set; }
}

/// <summary>An item of GET /hris/absences, with its absence type.</summary>
public sealed class AbsenceModel : AbsenceCoreModel
{
    [JsonPropertyOrder(1)]
    public AbsenceTypeModel? Type { get; set; }
}
