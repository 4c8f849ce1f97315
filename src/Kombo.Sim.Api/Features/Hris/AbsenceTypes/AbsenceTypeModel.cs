using System.Text.Json;

namespace Kombo.Sim.Api.Features.Hris.AbsenceTypes;

/// <summary>An item of GET /hris/absence-types (also nested as <c>type</c> in balances and absences).</summary>
public sealed class AbsenceTypeModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Name { get; set; }

    public string? Unit { get; set; }

    public bool? HalfDaysSupported { get; set; }

    public bool? ExactTimesSupported { get; set; }

    public JsonElement? RemoteData { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }
}
