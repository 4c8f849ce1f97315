using System.Text.Json;

namespace Kombo.Sim.Api.Features.Ats.ApplicationStages;

/// <summary>An item of the deprecated GET /ats/application-stages.</summary>
public sealed class ApplicationStageModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Name { get; set; }

    public JsonElement? RemoteData { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }
}
