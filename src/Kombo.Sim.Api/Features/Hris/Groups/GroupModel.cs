using System.Text.Json;

namespace Kombo.Sim.Api.Features.Hris.Groups;

/// <summary>An item of GET /hris/groups and of the deprecated GET /hris/teams.</summary>
public sealed class GroupModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Name { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }

    public string? Type { get; set; }

    public string? ParentId { get; set; }

    public JsonElement? RemoteData { get; set; }
}
