using System.Text.Json;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.Features.Hris.Locations;

/// <summary>An item of GET /hris/locations (also an employee's <c>work_location</c>).</summary>
public sealed class LocationModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Name { get; set; }

    public Address? Address { get; set; }

    public string? Type { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }

    public JsonElement? RemoteData { get; set; }
}
