using System.Text.Json;
using System.Text.Json.Serialization;
using Kombo.Sim.Api.Features.Hris.AbsenceTypes;

namespace Kombo.Sim.Api.Features.Hris.TimeOffBalances;

/// <summary>A balance as nested in an employee (no <c>type</c>).</summary>
public class TimeOffBalanceRefModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string EmployeeId { get; set; } = "";

    public string TypeId { get; set; } = "";

    public double? Balance { get; set; }

    public string? BalanceUnit { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }

    public double? Used { get; set; }

    public string? UsedUnit { get; set; }

    public JsonElement? RemoteData { get; set; }
}

/// <summary>An item of GET /hris/time-off-balances, with its absence type.</summary>
public sealed class TimeOffBalanceModel : TimeOffBalanceRefModel
{
    [JsonPropertyOrder(1)]
    public AbsenceTypeModel Type { get; set; } = new();
}
