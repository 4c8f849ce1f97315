using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.General.Passthrough;

/// <summary>Calls POST /v1/passthrough/{tool}/{api}.</summary>
public static class PassthroughClient
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task<JsonNode> Passthrough(this HttpClient client, string toolApi, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.PostJson($"/v1/passthrough/{toolApi}", body, expected);

    /// <summary>The simulated tool's answer: <c>data</c> of Kombo's envelope.</summary>
    public static async Task<JsonNode> Upstream(this HttpClient client, string toolApi, object body) =>
        (await client.Passthrough(toolApi, body))["data"]!;

    public static Task<JsonNode> Get(this HttpClient client, string toolApi, string path, object? parameters = null) =>
        client.Upstream(toolApi, parameters is null ? new { method = "GET", path } : new { method = "GET", path, @params = parameters });

    /// <summary>Compact JSON as the simulator writes it (no escaping of <c>+</c> or <c>&amp;</c>), for exact comparisons.</summary>
    public static string Json(this JsonNode node) => node.ToJsonString(Unescaped);

    /// <summary>
    /// The path and query of a link header's <c>rel="next"</c> URL (Greenhouse), relative to the API's base URL
    /// <paramref name="basePath"/>: what to pass as the next passthrough <c>path</c>. Null on the last page.
    /// </summary>
    public static string? NextPath(string? link, string basePath = "/v1") =>
        link?.Split(',').Select(l => l.Trim()).FirstOrDefault(l => l.EndsWith("rel=\"next\"", StringComparison.Ordinal)) is { } next
            ? new Uri(next[1..next.IndexOf('>', StringComparison.Ordinal)]).PathAndQuery[basePath.Length..]
            : null;
}
