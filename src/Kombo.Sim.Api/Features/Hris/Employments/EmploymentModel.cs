using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMapper.Configuration.Annotations;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Infrastructure.Json;

namespace Kombo.Sim.Api.Features.Hris.Employments;

/// <summary>An item of GET /hris/employments (also nested in employees).</summary>
public sealed class EmploymentModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string EmployeeId { get; set; } = "";

    public string? JobTitle { get; set; }

    public double? PayRate { get; set; }

    public string? PayPeriod { get; set; }

    public string? PayFrequency { get; set; }

    public string? EmploymentType { get; set; }

    public string? PayCurrency { get; set; }

    [JsonIgnore]
    public DateTimeOffset? EffectiveDate { get; set; }

    /// <summary>The wire form of <see cref="EffectiveDate"/> (see <see cref="WireText"/>).</summary>
    [JsonPropertyName("effective_date")]
    [Ignore]
    public string? EffectiveDateText { get => WireText.Timestamp(EffectiveDate); set => EffectiveDate = WireText.ParseTimestamp(value); }

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

    public JsonElement? RemoteData { get; set; }

    public JsonElement? CustomFields { get; set; }

    public IReadOnlyList<IntegrationField> IntegrationFields { get; set; } = [];
}
