using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Kombo.Sim.Api.Features.General.Passthrough;

/// <summary>The request as the tool's API would receive it from Kombo.</summary>
/// <param name="Url">The full assembled URL.</param>
/// <param name="RawPath">The caller's path without its query, as sent.</param>
/// <param name="Path">The same, unescaped and without a trailing slash: what a tool routes on.</param>
/// <param name="Query">The path's own query and <c>params</c> (a repeated name keeps its last value).</param>
public sealed record UpstreamRequest(
    string Method,
    string Url,
    string RawPath,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    JsonElement? Body,
    IReadOnlyList<MultipartField>? Multipart)
{
    public static UpstreamRequest Of(SendPassthroughRequest.Command command, string url)
    {
        var uri = new Uri(url);
        var rawPath = command.Path!.Split('?', '#')[0];
        var path = Uri.UnescapeDataString(rawPath.Length > 1 ? rawPath.TrimEnd('/') : rawPath);
        var query = QueryHelpers.ParseQuery(uri.Query)
            .ToDictionary(p => p.Key, p => p.Value.LastOrDefault() ?? "", StringComparer.Ordinal);
        return new UpstreamRequest(
            command.Method!,
            url,
            rawPath,
            path,
            query,
            command.Headers ?? new Dictionary<string, string>(),
            command.Data,
            command.MultipartFormData);
    }

    /// <summary>The URL without its query: what a tool's pagination links start from.</summary>
    public string UrlWithoutQuery => Url.Split('?')[0];

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;

    /// <summary>A query value as an integer, clamped to the range the tool accepts; the default when absent or not a number.</summary>
    public int QueryInt(string name, int fallback, int min, int max) =>
        int.TryParse(QueryValue(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? Math.Clamp(value, min, max)
            : fallback;
}

/// <summary>What the tool's API answers: a status, headers beyond the content type and date, and a body.</summary>
public sealed record UpstreamResponse(int Status, JsonNode? Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public static UpstreamResponse Json(int status, JsonNode? body, params KeyValuePair<string, string>[] headers) => new(status, body, headers);

    public static UpstreamResponse Ok(JsonNode? body, params KeyValuePair<string, string>[] headers) => new(200, body, headers);

    /// <summary>Kombo's <c>data</c>: the JSON body, or the base64 of its bytes when the caller asked for that.</summary>
    public JsonNode? Data(bool asBase64) =>
        asBase64 ? JsonValue.Create(Convert.ToBase64String(Bytes())) : Body;

    private byte[] Bytes() => Body switch
    {
        null => [],
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Encoding.UTF8.GetBytes(value.GetValue<string>()),
        _ => Encoding.UTF8.GetBytes(Body.ToJsonString(Infrastructure.Json.KomboJson.Options)),
    };
}
