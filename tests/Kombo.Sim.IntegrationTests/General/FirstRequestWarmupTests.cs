using System.Net;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Infrastructure;
using Kombo.Sim.IntegrationTests.Infrastructure;
using Kombo.Sim.IntegrationTests.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Sim.IntegrationTests.General;

/// <summary>
/// Start-up serves one check-api-key in-process to do the first request's one-time work early
/// (<see cref="FirstRequestWarmup"/>); it must run that request for real and leave no trace a client could see.
/// </summary>
public class FirstRequestWarmupTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static SimulatorHost StartWithDefaultSeed(int rateLimit) => DefaultSeedTests.StartWithDefaultSeed(new Dictionary<string, string?>
    {
        ["RateLimit:Enabled"] = "true",
        ["RateLimit:Limit"] = rateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private static FirstRequestWarmup Warmup(SimulatorHost host) => host.Services.GetRequiredService<FirstRequestWarmup>();

    [Test]
    public async Task WarmUp_ServesCheckApiKey_WithoutAJournalEntryOrARateLimitCount()
    {
        using var host = StartWithDefaultSeed(rateLimit: 2);
        using var admin = host.CreateClient();

        var status = await Warmup(host).Completion.WaitAsync(Patience);
        var journalBefore = await (await admin.GetAsync("/_sim/journal")).ReadJson();
        var first = await DefaultSeedTests.DefaultClient(host, null).GetAsync("/v1/check-api-key");
        var journalAfter = await (await admin.GetAsync("/_sim/journal")).ReadJson();

        status.Should().Be(200, "the warm-up runs the real action (routing, MVC, MediatR, the JSON writer)");
        Entries(journalBefore).Should().BeEmpty("the warm-up enters the pipeline after the journal");
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.Headers.GetValues("ratelimit-remaining").Single().Should().Be("1", "the warm-up is not counted against the key's limit");
        Entries(journalAfter).Select(e => e["operation_id"]!.GetValue<string>()).Should().Equal("GetCheckApiKey");
    }

    [Test]
    public async Task WarmUp_NeverFiresAFaultRule()
    {
        using var host = StartWithDefaultSeed(rateLimit: 100);
        using var admin = host.CreateClient();
        await Warmup(host).Completion.WaitAsync(Patience);
        using var rule = System.Net.Http.Json.JsonContent.Create(new { operation_id = "GetCheckApiKey", action = "error", status = 500, error_code = "PLATFORM.UNKNOWN_ERROR", count = 1 });
        var created = await (await admin.PostAsync("/_sim/faults", rule)).ReadJson();

        var warmStatus = await Warmup(host).RunAsync();
        var afterWarmUp = await (await admin.GetAsync($"/_sim/faults/{created["id"]}")).ReadJson();
        var client = await DefaultSeedTests.DefaultClient(host, null).GetAsync("/v1/check-api-key");

        warmStatus.Should().Be(200);
        afterWarmUp["fired"]!.GetValue<int>().Should().Be(0, "a fault rule is for clients' requests only");
        client.StatusCode.Should().Be(HttpStatusCode.InternalServerError, "the rule was still armed for the first client");
    }

    [Test]
    public async Task WarmUp_IsSkipped_WhenTheWorldHasNoEnvironment()
    {
        using var host = new SimulatorHost();
        _ = host.Server;

        var status = await Warmup(host).Completion.WaitAsync(Patience);

        status.Should().BeNull();
    }

    private static IEnumerable<JsonNode> Entries(JsonNode journal) => journal["entries"]!.AsArray().Select(e => e!);
}
