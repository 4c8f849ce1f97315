using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Seeding;

/// <summary>The one place tests load the real default world (seed-data/) and check it over HTTP.</summary>
public class DefaultSeedTests
{
    public const string ApiKey = "kombo-sim-demo-key";
    public const string Personio = "personio:3q5sD8CFv8WK9jw7G5ozZiom";
    public const string HiBob = "hibob:5TGkqUtAZMWGvChzK26p9HJy";
    public const string Greenhouse = "greenhouse:BwKLEQYYBcMzbDasjHz82jwH";
    public const string JazzHr = "jazzhr:Cim3t97rFW2qkVrN9u6SPdiG";
    public const string SmartRecruiters = "smartrecruiters:HxadMhQxTRhCn8JPxc7ae75R";

    private SimulatorHost _host = null!;

    /// <summary>A host on the default seed, with any further <paramref name="settings"/>.</summary>
    public static SimulatorHost StartWithDefaultSeed(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Seed:Path"] = "seed-data" };
        return new(settings: all);
    }

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

    [Test]
    public async Task Greenhouse_HasAWorkshopReadyRecruitingPipeline()
    {
        var client = DefaultClient(_host, Greenhouse);

        var jobs = await client.WalkAll("/v1/ats/jobs", 250);
        var candidates = await client.WalkAll("/v1/ats/candidates", 250);
        var applications = await client.WalkAll("/v1/ats/applications", 250);
        var users = await client.WalkAll("/v1/ats/users", 250);
        var tags = await client.WalkAll("/v1/ats/tags", 250);

        jobs.Should().HaveCountGreaterThanOrEqualTo(8);
        jobs.Select(j => j["status"]!.GetValue<string>()).Should().Contain(["OPEN", "CLOSED", "DRAFT"]);
        jobs.Select(j => j["stages"]!.AsArray().Count).Distinct().Should().HaveCountGreaterThan(2, "stage lists differ in length");
        jobs.Select(j => j["employment_type"]!.GetValue<string>()).Distinct().Should().HaveCountGreaterThanOrEqualTo(3);
        jobs.Select(j => j["location"]?["city"]?.GetValue<string>()).Distinct().Should().HaveCountGreaterThanOrEqualTo(3);
        jobs.SelectMany(j => j["screening_questions"]!.AsArray()).Select(q => q!["format"]!["type"]!.GetValue<string>()).Distinct()
            .Should().Contain(["TEXT", "NUMBER", "FILE", "SINGLE_SELECT", "MULTI_SELECT", "BOOLEAN", "DATE"]);
        jobs.SelectMany(j => j["hiring_team"]!.AsArray()).SelectMany(m => m!["hiring_team_roles"]!.AsArray()).Select(r => r!.GetValue<string>()).Distinct()
            .Should().BeEquivalentTo(["RECRUITER", "HIRING_MANAGER"]);
        candidates.Should().HaveCount(60);
        applications.Should().HaveCount(80);
        applications.Select(a => a["outcome"]!.GetValue<string>()).Distinct().Should().BeEquivalentTo(["PENDING", "HIRED", "DECLINED"]);
        applications.Select(a => a["current_stage_id"]?.GetValue<string>()).Distinct().Should().HaveCountGreaterThan(10);
        candidates.Should().Contain(c => c["applications"]!.AsArray().Count == 2);
        candidates.Should().Contain(c => c["tags"]!.AsArray().Count > 0);
        users.Should().NotBeEmpty();
        tags.Should().NotBeEmpty();
    }

    [Test]
    public async Task JazzHr_DiffersInCoverage()
    {
        var client = DefaultClient(_host, JazzHr);
        var application = (await client.GetJson("/v1/ats/applications?page_size=1")).Results()[0]!;

        var move = await client.SendJson(HttpMethod.Put, $"/v1/ats/applications/{application["id"]}/stage", new { stage_id = "any" }, System.Net.HttpStatusCode.NotImplemented);
        var tags = await client.GetJson("/v1/ats/tags", System.Net.HttpStatusCode.NotImplemented);

        move.ErrorCode().Should().Be("INTEGRATION.ACTION_NOT_AVAILABLE");
        tags.ErrorCode().Should().Be("INTEGRATION.MODEL_NOT_AVAILABLE");
    }

    [Test]
    public async Task SmartRecruiters_HasPackagesAndOpenOrdersForGreenhouseCandidates()
    {
        var assessment = DefaultClient(_host, SmartRecruiters);
        var greenhouse = DefaultClient(_host, Greenhouse);

        var packages = await assessment.GetJson("/v1/assessment/packages");
        var orders = await assessment.WalkAll("/v1/assessment/orders/open", 250);
        var candidates = await greenhouse.WalkAll("/v1/ats/candidates", 250);

        packages["data"]!["packages"]!.AsArray().Should().HaveCountGreaterThanOrEqualTo(3);
        orders.Should().HaveCountGreaterThanOrEqualTo(3);
        var emails = candidates.SelectMany(c => c["email_addresses"]!.AsArray()).Select(e => e!["email_address"]!.GetValue<string>()).ToHashSet();
        orders.Select(o => o["candidate"]!["email"]!.GetValue<string>()).Should().OnlyContain(email => emails.Contains(email));
    }
}
