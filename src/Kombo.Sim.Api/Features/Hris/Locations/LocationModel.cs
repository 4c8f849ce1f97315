using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMapper.Configuration.Annotations;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Infrastructure.Json;

namespace Kombo.Sim.Api.Features.Hris.Locations;

/// <summary>An item of GET /hris/locations (also an employee's <c>work_location</c>).</summary>
public sealed class LocationModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Name { get; set; }

    public Address? Address { get; set; }

    public string? Type { get; set; }

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
}
