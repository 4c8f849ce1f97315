using System.Text.Json;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.Features.Hris.LegalEntities;

/// <summary>An item of GET /hris/legal-entities.</summary>
public sealed class LegalEntityModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Name { get; set; }

    public Address? Address { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }

    public JsonElement? RemoteData { get; set; }
}
