using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Infrastructure;
using Kombo.Sim.IntegrationTests.Seeding;

namespace Kombo.Sim.IntegrationTests.Admin;

public class ResetTests
{
    [Test]
    public async Task Reset_ReturnsWritesAndDeletionsToTheSeed()
    {
        using var host = DefaultSeedTests.StartWithDefaultSeed();
        var personio = DefaultSeedTests.DefaultClient(host, DefaultSeedTests.Personio);
        var before = (await personio.GetJson("/v1/hris/employees?page_size=250")).ToJsonString();
        await personio.PostJson("/v1/hris/employees", new { first_name = "Temp", last_name = "Worker" });
        await personio.SendJson(HttpMethod.Delete, $"/v1/integrations/{DefaultSeedTests.HiBob}", null);
        var admin = host.CreateClient();

        var reset = JsonNode.Parse(await (await admin.PostAsync("/_sim/reset", null)).Content.ReadAsStringAsync())!;
        var after = (await personio.GetJson("/v1/hris/employees?page_size=250")).ToJsonString();
        var hibob = await DefaultSeedTests.DefaultClient(host, DefaultSeedTests.HiBob).GetJson("/v1/hris/employees");

        reset["environments"]!.GetValue<int>().Should().Be(1);
        reset["integrations"]!.GetValue<int>().Should().Be(7);
        after.Should().Be(before);
        hibob.Results().Should().NotBeEmpty("the deleted integration is back");
    }

    [Test]
    public async Task ListIntegrations_ShowsEveryEnvironmentsIntegrations()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris("hibob"));

        var body = JsonNode.Parse(await (await Simulator.Host.CreateClient().GetAsync("/_sim/integrations")).Content.ReadAsStringAsync())!;

        var item = body["integrations"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == hris.IntegrationId)!;
        item["tool"]!.GetValue<string>().Should().Be("hibob");
        item["category"]!.GetValue<string>().Should().Be("HRIS");
        item["environment_id"]!.GetValue<string>().Should().Be(tenant.Environment.Id);
    }
}
