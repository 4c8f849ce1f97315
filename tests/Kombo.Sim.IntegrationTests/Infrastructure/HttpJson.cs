using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Kombo.Sim.IntegrationTests.Infrastructure;

/// <summary>Reads responses as raw JSON: the wire contract is what the tests assert on.</summary>
public static class HttpJson
{
    public static async Task<JsonNode> GetJson(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.GetAsync(url)).ReadJson(expected);

    public static async Task<JsonNode> SendJson(this HttpClient client, HttpMethod method, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        return await (await client.SendAsync(request)).ReadJson(expected);
    }

    public static Task<JsonNode> PostJson(this HttpClient client, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.SendJson(HttpMethod.Post, url, body, expected);

    public static async Task<JsonNode> ReadJson(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, "the response was {0}", text);
        return JsonNode.Parse(text) ?? throw new AssertionException("The response body is empty.");
    }

    /// <summary>The <c>error.code</c> of an error envelope.</summary>
    public static string? ErrorCode(this JsonNode envelope) => envelope["error"]?["code"]?.GetValue<string>();

    public static JsonArray Results(this JsonNode envelope) => envelope["data"]!["results"]!.AsArray();

    public static IReadOnlyList<string> Ids(this JsonNode envelope) =>
        envelope.Results().Select(r => r!["id"]!.GetValue<string>()).ToList();

    /// <summary>Walks every page of a list, following <c>next</c>.</summary>
    public static async Task<List<JsonNode>> WalkAll(this HttpClient client, string url, int pageSize)
    {
        var all = new List<JsonNode>();
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.GetJson($"{url}{separator}page_size={pageSize}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            all.AddRange(page.Results().Select(r => r!));
            cursor = page["data"]!["next"]?.GetValue<string>();
            (++pages).Should().BeLessThan(10_000, "a walk must end");
        }
        while (cursor is not null);

        return all;
    }
}
