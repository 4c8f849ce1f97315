using System.Text.Json;

namespace Kombo.Sim.Api.Features.Ats.Tags;

/// <summary>An item of GET /ats/tags (also the seed format of <c>tags.json</c>).</summary>
public sealed class TagModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Name { get; set; }

    public JsonElement? RemoteData { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }
}
