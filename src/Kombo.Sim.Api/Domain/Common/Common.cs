using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kombo.Sim.Api.Domain.Common;

/// <summary>A record of Kombo's unified data model, with Kombo's change-tracking trio.</summary>
public interface IRecord
{
    string Id { get; }

    string? RemoteId { get; }

    /// <summary>Last change of a property of this record itself (Kombo's <c>changed_at</c>).</summary>
    DateTimeOffset ChangedAt { get; }

    DateTimeOffset? RemoteDeletedAt { get; }

    /// <summary>
    /// Last change of this record or of any nested or related record (what <c>updated_after</c> filters on).
    /// Never below <see cref="ChangedAt"/>; not part of the wire format.
    /// </summary>
    DateTimeOffset TouchedAt { get; }
}

/// <summary>Kombo's address object; every field optional.</summary>
public sealed record Address
{
    public string? City { get; init; }

    public string? Country { get; init; }

    public string? Raw { get; init; }

    public string? State { get; init; }

    [JsonPropertyName("street_1")]
    public string? Street1 { get; init; }

    [JsonPropertyName("street_2")]
    public string? Street2 { get; init; }

    public string? ZipCode { get; init; }
}

/// <summary>A raw tool field selected for exposure (Kombo's <c>integration_fields</c> item).</summary>
public sealed record IntegrationField
{
    public required string Id { get; init; }

    public required string Key { get; init; }

    public required string Type { get; init; }

    public JsonElement? Value { get; init; }

    public string? Label { get; init; }
}

/// <summary>A file a client uploaded (attachment, document, screening answer). Kept so the control plane can show it.</summary>
public sealed record StoredFile
{
    public required string Name { get; init; }

    public string? ContentType { get; init; }

    public string? DataUrl { get; init; }

    /// <summary>Base64 content, when it was sent inline.</summary>
    public string? Data { get; init; }

    /// <summary>CV, COVER_LETTER or OTHER for ATS attachments; null elsewhere.</summary>
    public string? Type { get; init; }

    public string? CategoryId { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}

/// <summary>A link to e.g. an assessment result, posted onto an application or candidate.</summary>
public sealed record ResultLink
{
    public required string Label { get; init; }

    public required string Url { get; init; }

    public string? CustomFieldNamePrefix { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; init; } = [];

    public DateTimeOffset ReceivedAt { get; init; }
}

/// <summary>JSON values kept verbatim (custom fields, remote data): detached from any document so they are immutable.</summary>
public static class JsonValues
{
    public static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
}
