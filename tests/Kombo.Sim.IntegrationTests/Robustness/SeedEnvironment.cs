using System.Text.Json.Nodes;
using Kombo.Sim.Api.State;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Robustness;

/// <summary>
/// An environment holding its own copy of the default seed world (POST /_sim/environments), so the integration ids are
/// the documented ones, and a way to prove that a call changed nothing in it.
/// </summary>
public sealed class SeedEnvironment
{
    private readonly HttpClient _client;

    private SeedEnvironment(SimulatorHost host, string id, string apiKey)
    {
        Host = host;
        Id = id;
        ApiKey = apiKey;
        _client = host.CreateCheckedClient();
    }

    public SimulatorHost Host { get; }

    public string Id { get; }

    public string ApiKey { get; }

    /// <summary>A new environment with a copy of the seed world (<paramref name="copy"/> = seed) or nothing (empty).</summary>
    public static async Task<SeedEnvironment> Create(SimulatorHost host, string copy = "seed")
    {
        var created = await new AdminClient(host.CreateClient()).Post("/_sim/environments", new { copy });
        return new SeedEnvironment(host, created["id"]!.GetValue<string>(), created["api_key"]!.GetValue<string>());
    }

    public IntegrationState State(string integrationId) =>
        Host.World.FindIntegration(Id, integrationId)?.Current
        ?? throw new InvalidOperationException($"No integration {integrationId} in environment {Id}.");

    /// <summary>Sends the request with this environment's key through a client that checks Kombo's schemas.</summary>
    public Task<HttpResponseMessage> Send(KomboRequest request) => Send(request, ApiKey);

    public async Task<HttpResponseMessage> Send(KomboRequest request, string apiKey)
    {
        using var message = request.ToMessage(apiKey);
        return await _client.SendAsync(message);
    }

    /// <summary>A client with this environment's key (and an integration), checked against Kombo's schemas.</summary>
    public HttpClient Client(string? integrationId)
    {
        var client = Host.CreateCheckedClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiKey);
        if (integrationId is not null)
        {
            client.DefaultRequestHeaders.Add("X-Integration-Id", integrationId);
        }

        return client;
    }

    /// <summary>
    /// The environment as references: every integration's published state and the environment's own data. Writes
    /// publish new values, so an equal fingerprint proves that nothing was written.
    /// </summary>
    public Fingerprint Capture() => new(
        Host.World.IntegrationsOf(Id).Select(store => (store.Id, (object)store.Current)).ToList(),
        Host.World.DataOf(Id));

    /// <summary>A one-time Connect token of this environment: a link created and completed by script.</summary>
    public async Task<string> ConnectedToken()
    {
        var client = Client(null);
        var link = (await client.PostJson("/v1/connect/create-link", new { end_user_email = "it@customer.example.com", end_user_organization_name = "Customer AG", integration_tool = "factorial" }))["data"]!["link"]!.GetValue<string>();
        var completed = await (await Host.CreateClient().GetAsync(new Uri(link).PathAndQuery + "&complete=true")).ReadJson();
        return completed["token"]!.GetValue<string>();
    }

    public sealed record Fingerprint(IReadOnlyList<(string IntegrationId, object State)> Integrations, object? Data)
    {
        public bool SameAs(Fingerprint other) =>
            ReferenceEquals(Data, other.Data)
            && Integrations.Count == other.Integrations.Count
            && Integrations.Zip(other.Integrations).All(p => p.First.IntegrationId == p.Second.IntegrationId && ReferenceEquals(p.First.State, p.Second.State));

        /// <summary>Which parts differ, for a failure message.</summary>
        public string Difference(Fingerprint other)
        {
            var changed = Integrations.Select(i => i.IntegrationId).Except(other.Integrations.Select(i => i.IntegrationId))
                .Concat(other.Integrations.Select(i => i.IntegrationId).Except(Integrations.Select(i => i.IntegrationId)))
                .Concat(Integrations.Join(other.Integrations, i => i.IntegrationId, i => i.IntegrationId, (a, b) => (a.IntegrationId, Same: ReferenceEquals(a.State, b.State)))
                    .Where(p => !p.Same).Select(p => p.IntegrationId))
                .ToList();
            if (!ReferenceEquals(Data, other.Data))
            {
                changed.Add("environment data (Connect links and tokens)");
            }

            return string.Join(", ", changed.Distinct());
        }
    }
}

internal static class JsonNodeExtensions
{
    public static string Text(this JsonNode? node) => node?.ToJsonString() ?? "";
}
