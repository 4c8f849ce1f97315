using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Seeding;

/// <summary>The one place tests load the real default world (seed-data/) and check it over HTTP.</summary>
public class DefaultSeedTests
{
    public const string ApiKey = "kombo-sim-demo-key";
    public const string Personio = "personio:3q5sD8CFv8WK9jw7G5ozZiom";
    public const string HiBob = "hibob:5TGkqUtAZMWGvChzK26p9HJy";

    private SimulatorHost _host = null!;

    public static SimulatorHost StartWithDefaultSeed() => new(settings: new Dictionary<string, string?> { ["Seed:Path"] = "seed-data" });

    public static HttpClient DefaultClient(SimulatorHost host, string? integrationId)
    {
        var client = host.CreateCheckedClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiKey);
        if (integrationId is not null)
        {
            client.DefaultRequestHeaders.Add("X-Integration-Id", integrationId);
        }

        return client;
    }

    [OneTimeSetUp]
    public void Start() => _host = StartWithDefaultSeed();

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    [Test]
    public async Task DefaultSeed_LoadsTheDocumentedEnvironmentAndIntegrations()
    {
        var client = DefaultClient(_host, null);

        var key = await client.GetJson("/v1/check-api-key");
        var integrations = await _host.CreateClient().GetAsync("/_sim/integrations");
        var listed = JsonNode.Parse(await integrations.Content.ReadAsStringAsync())!["integrations"]!.AsArray();

        key["data"]!["environment_id"]!.GetValue<string>().Should().Be("36S7nqe2CU6xvftHGESKy7tx");
        listed.Select(i => i!["category"]!.GetValue<string>()).Should().Contain(["HRIS", "ATS", "ASSESSMENT"]);
        listed.Select(i => i!["id"]!.GetValue<string>()).Should().Contain([Personio, HiBob]);
        _host.Clock.GetUtcNow().Should().Be(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    }

    [Test]
    public async Task Personio_HasAWorkshopReadyCompany()
    {
        var client = DefaultClient(_host, Personio);

        var employees = await client.WalkAll("/v1/hris/employees?include_deleted=true", 250);
        var entities = await client.GetJson("/v1/hris/legal-entities");
        var types = await client.GetJson("/v1/hris/absence-types");
        var groups = await client.GetJson("/v1/hris/groups");

        employees.Should().HaveCountGreaterThanOrEqualTo(45);
        employees.Select(e => e["employment_status"]!.GetValue<string>()).Distinct().Should().BeEquivalentTo(["ACTIVE", "PENDING", "LEAVE", "INACTIVE"]);
        employees.Should().Contain(e => e["manager"] != null && e["manager"]!["id"] != null);
        employees.Should().Contain(e => e["employments"]!.AsArray().Count > 1);
        employees.Should().Contain(e => e["custom_fields"]!.AsObject().Count > 0);
        entities.Results().Select(e => e!["address"]!["country"]!.GetValue<string>()).Distinct().Should().HaveCount(2);
        types.Results().Select(t => t!["unit"]!.GetValue<string>()).Should().Contain(["DAYS", "HOURS"]);
        types.Results().Select(t => t!["half_days_supported"]!.GetValue<bool>()).Distinct().Should().HaveCount(2);
        groups.Results().Select(g => g!["type"]!.GetValue<string>()).Distinct().Should().BeEquivalentTo(["DEPARTMENT", "TEAM", "COST_CENTER"]);
    }

    [Test]
    public async Task Personio_BalancesAgreeWithTheAbsences()
    {
        var client = DefaultClient(_host, Personio);

        var balances = await client.WalkAll("/v1/hris/time-off-balances", 250);
        var absences = await client.WalkAll("/v1/hris/absences?include_deleted=true", 250);

        absences.Should().Contain(a => a["remote_deleted_at"] != null, "the seed has a deleted absence");
        absences.Select(a => a["status"]!.GetValue<string>()).Should().Contain(["REQUESTED", "APPROVED"]);
        absences.Should().Contain(a => DateOnly.Parse(a["start_date"]!.GetValue<string>()) <= new DateOnly(2026, 12, 1)
            && DateOnly.Parse(a["end_date"]!.GetValue<string>()) >= new DateOnly(2026, 12, 1), "someone is away today");
        foreach (var balance in balances)
        {
            var used = absences
                .Where(a => a["employee_id"]!.GetValue<string>() == balance["employee_id"]!.GetValue<string>()
                    && a["type_id"]!.GetValue<string>() == balance["type_id"]!.GetValue<string>()
                    && a["remote_deleted_at"] == null
                    && a["status"]!.GetValue<string>() is not ("DECLINED" or "CANCELLED"))
                .Sum(a => a["amount"]!.GetValue<double>());
            balance["used"]!.GetValue<double>().Should().BeApproximately(used, 0.001, "balance {0}", balance["id"]);
        }
    }

    [Test]
    public async Task HiBob_DiffersInCoverage()
    {
        var client = DefaultClient(_host, HiBob);

        var employees = await client.GetJson("/v1/hris/employees");
        var entities = await (await client.GetAsync("/v1/hris/legal-entities")).ReadJson(System.Net.HttpStatusCode.NotImplemented);

        employees.Results().Should().NotBeEmpty();
        entities.ErrorCode().Should().Be("INTEGRATION.MODEL_NOT_AVAILABLE");
    }
}
