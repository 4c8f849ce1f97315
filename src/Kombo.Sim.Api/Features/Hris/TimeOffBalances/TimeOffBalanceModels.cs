using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMapper.Configuration.Annotations;
using Kombo.Sim.Api.Features.Hris.AbsenceTypes;
using Kombo.Sim.Api.Infrastructure.Json;

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

    [JsonIgnore]
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The wire form of <see cref="ChangedAt"/> (see <see cref="WireText"/>).</summary>
    [JsonPropertyName("changed_at")]
    [Ignore]
    public string ChangedAtText { get => KomboJson.FormatTimestamp(ChangedAt); set => ChangedAt = WireText.ParseRequiredTimestamp(value); }

    [JsonIgnore]
    public DateTimeOffset? RemoteDeletedAt { get; set; }

    /// <summary>The wire form of <see cref="RemoteDeletedAt"/> (see <see cref="WireText"/>).</summary>
    [JsonPropertyName("remote_deleted_at")]
    [Ignore]
    public string? RemoteDeletedAtText { get => WireText.Timestamp(RemoteDeletedAt); set => RemoteDeletedAt = WireText.ParseTimestamp(value); }

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
