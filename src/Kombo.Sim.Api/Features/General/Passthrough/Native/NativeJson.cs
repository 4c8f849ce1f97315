using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Infrastructure.Json;

namespace Kombo.Sim.Api.Features.General.Passthrough.Native;

/// <summary>Building blocks of the tools' native JSON.</summary>
public static class NativeJson
{
    /// <summary>A remote id as the tool writes it: a number when it is one (Personio, Greenhouse), else a string.</summary>
    public static JsonNode? NumericId(string? remoteId) =>
        long.TryParse(remoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : remoteId;

    /// <summary>An instant as most tools write it: <c>2026-12-01T09:00:00.000Z</c>.</summary>
    public static JsonNode? Timestamp(DateTimeOffset? value) => value is { } instant ? KomboJson.FormatTimestamp(instant) : null;

    /// <summary>A calendar day: <c>2026-12-01</c>.</summary>
    public static JsonNode? Date(DateTimeOffset? value) =>
        value is { } instant ? instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public static JsonNode? Value(JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } element ? JsonNode.Parse(element.GetRawText()) : null;

    /// <summary>An object from a record's JSON field (custom fields), or an empty object.</summary>
    public static JsonObject ObjectOrEmpty(JsonElement? value) => Value(value) as JsonObject ?? [];

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    /// <summary>The part of a record's <c>remote_data</c> at <paramref name="path"/> (e.g. <c>/v1/candidates</c>), if any.</summary>
    public static JsonElement? RemoteData(JsonElement? remoteData, params string[] path)
    {
        if (remoteData is not { ValueKind: JsonValueKind.Object } current)
        {
            return null;
        }

        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>
    /// Adds what the seed's <c>remote_data</c> holds and the simulator does not derive (e.g. a Greenhouse candidate's
    /// recruiter); derived fields win, so writes through Kombo's API show up.
    /// </summary>
    public static JsonObject WithMissing(this JsonObject derived, JsonElement? remote)
    {
        if (remote is { ValueKind: JsonValueKind.Object } source)
        {
            foreach (var property in source.EnumerateObject())
            {
                if (!derived.ContainsKey(property.Name))
                {
                    derived[property.Name] = JsonNode.Parse(property.Value.GetRawText());
                }
            }
        }

        return derived;
    }

    /// <summary>Sets a property only when neither the derivation nor the remote data did.</summary>
    public static JsonObject WithDefault(this JsonObject target, string name, JsonNode? value)
    {
        if (!target.ContainsKey(name))
        {
            target[name] = value;
        }

        return target;
    }

    /// <summary>Kombo's SCREAMING_CASE value as a tool's lower-case one (<c>MOBILE</c> → <c>mobile</c>).</summary>
    public static string? Lower(string? value) => value?.ToLowerInvariant();

    /// <summary>The records a tool lists: those not deleted, in their stable order.</summary>
    public static IEnumerable<T> Live<T>(this IEnumerable<T> records)
        where T : IRecord => records.Where(r => r.RemoteDeletedAt is null);
}
