using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Kombo.Sim.IntegrationTests.Infrastructure;

/// <summary>Calls the control plane under /_sim and reads plain JSON answers.</summary>
public sealed class AdminClient(HttpClient client)
{
    public Task<JsonNode> Get(string path, HttpStatusCode expected = HttpStatusCode.OK) => client.GetJson(path, expected);

    public async Task<JsonNode> Post(string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PostAsync(path, body is null ? null : JsonContent.Create(body))).ReadJson(expected);

    public async Task<JsonNode> Put(string path, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PutAsync(path, JsonContent.Create(body))).ReadJson(expected);

    public async Task<JsonNode> Delete(string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.DeleteAsync(path)).ReadJson(expected);
}
