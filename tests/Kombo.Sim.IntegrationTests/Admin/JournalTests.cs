using System.Net;
using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Admin;

public class JournalTests
{
    private static async Task<JsonNode> Admin(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await response.ReadJson();
    }

    [Test]
    public async Task ErrorLogUrl_PointsAtTheJournalEntryOfThatRequest()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        var client = tenant.Client(hris.IntegrationId);

        var error = await client.PostJson("/v1/hris/absences", new { employee_id = "nobody" }, HttpStatusCode.BadRequest);
        var logUrl = new Uri(error["error"]!["log_url"]!.GetValue<string>());
        var entry = await Admin(Simulator.Host.CreateClient(), logUrl.PathAndQuery);

        logUrl.AbsolutePath.Should().StartWith("/_sim/journal/");
        entry["method"]!.GetValue<string>().Should().Be("POST");
        entry["path"]!.GetValue<string>().Should().Be("/v1/hris/absences");
        entry["operation_id"]!.GetValue<string>().Should().Be("PostHrisAbsences");
        entry["integration_id"]!.GetValue<string>().Should().Be(hris.IntegrationId);
        entry["environment_id"]!.GetValue<string>().Should().Be(tenant.Environment.Id);
        entry["status"]!.GetValue<int>().Should().Be(400);
        entry["error_code"]!.GetValue<string>().Should().Be("PLATFORM.INPUT_INVALID");
        entry["time"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        entry["request_body"]!["employee_id"]!.GetValue<string>().Should().Be("nobody");
        entry["response_body"]!["error"]!["code"]!.GetValue<string>().Should().Be("PLATFORM.INPUT_INVALID");
    }

    [Test]
    public async Task Entries_HavePersonalFieldsRedacted()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        var client = tenant.Client(hris.IntegrationId);
        await client.PostJson("/v1/hris/employees", new { first_name = "Secret", last_name = "Person", work_email = "secret.person@acme.example.com", job_title = "Spy" });
        await client.GetJson("/v1/hris/employees?work_emails=secret.person@acme.example.com");

        var body = await Admin(Simulator.Host.CreateClient(), $"/_sim/journal?integration_id={hris.IntegrationId}");

        var text = body.ToJsonString();
        text.Should().NotContain("Secret").And.NotContain("secret.person").And.Contain("[redacted]");
        var create = body["entries"]!.AsArray().Single(e => e!["operation_id"]!.GetValue<string>() == "PostHrisEmployees")!;
        create["request_body"]!["job_title"]!.GetValue<string>().Should().Be("Spy", "non-personal fields stay readable");
        body["entries"]!.AsArray().Single(e => e!["operation_id"]!.GetValue<string>() == "GetHrisEmployees")!["query"]!
            .GetValue<string>().Should().Be("?work_emails=[redacted]");
    }

    [Test]
    public async Task Entries_HaveCredentialsRedacted()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris("personio"));
        var client = tenant.Client(hris.IntegrationId);
        await client.PostJson("/v1/passthrough/personio/recruiting", new
        {
            method = "GET",
            path = "/applicants",
            headers = new Dictionary<string, string> { ["X-API-KEY"] = "k-123", ["Cookie"] = "sid=456", ["client_secret"] = "s-789", ["X-Trace"] = "trace-1" },
        });

        var body = await Admin(Simulator.Host.CreateClient(), $"/_sim/journal?integration_id={hris.IntegrationId}");

        var headers = body["entries"]!.AsArray().Single()!["request_body"]!["headers"]!;
        body.ToJsonString().Should().NotContain("k-123").And.NotContain("sid=456").And.NotContain("s-789");
        headers["X-API-KEY"]!.GetValue<string>().Should().Be("[redacted]");
        headers["X-Trace"]!.GetValue<string>().Should().Be("trace-1", "other headers stay readable");
    }

    [Test]
    public async Task Query_FiltersByOperationStatusAndIntegration()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        var client = tenant.Client(hris.IntegrationId);
        await client.GetJson("/v1/hris/employees");
        await client.GetJson("/v1/hris/groups");
        await client.GetJson("/v1/hris/groups?page_size=0", HttpStatusCode.BadRequest);
        var admin = Simulator.Host.CreateClient();

        var groups = await Admin(admin, $"/_sim/journal?integration_id={hris.IntegrationId}&operation_id=GetHrisGroups");
        var failed = await Admin(admin, $"/_sim/journal?integration_id={hris.IntegrationId}&status=4xx");
        var ok = await Admin(admin, $"/_sim/journal?integration_id={hris.IntegrationId}&status=200&method=get&path=/v1/hris/emp");

        groups["entries"]!.AsArray().Should().HaveCount(2);
        failed["entries"]!.AsArray().Single()!["query"]!.GetValue<string>().Should().Be("?page_size=0");
        ok["entries"]!.AsArray().Single()!["operation_id"]!.GetValue<string>().Should().Be("GetHrisEmployees");
    }

    [Test]
    public async Task UnknownEntry_AnswersNotFoundInKombosEnvelope()
    {
        var response = await Simulator.Host.CreateClient().GetAsync("/_sim/journal/999999999");

        var body = await response.ReadJson(HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
    }
}

public class JournalBoundTests
{
    [Test]
    public async Task BurstOfRequests_KeepsTheJournalAtItsBound()
    {
        using var host = new SimulatorHost(settings: new Dictionary<string, string?> { ["Journal:Capacity"] = "50" });
        var (tenant, hris) = host.CreateHrisTenant();
        var client = tenant.Client(hris.IntegrationId);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                await client.GetAsync("/v1/hris/employees");
            }
        })));
        var admin = host.CreateClient();
        var all = await (await admin.GetAsync("/_sim/journal?limit=1000")).ReadJson();
        var cleared = await (await admin.DeleteAsync("/_sim/journal")).ReadJson();
        var after = await (await admin.GetAsync("/_sim/journal")).ReadJson();

        all["total"]!.GetValue<int>().Should().Be(50);
        all["capacity"]!.GetValue<int>().Should().Be(50);
        all["entries"]!.AsArray().Should().HaveCount(50);
        var ids = all["entries"]!.AsArray().Select(e => e!["id"]!.GetValue<long>()).ToList();
        ids.Should().OnlyHaveUniqueItems().And.OnlyContain(id => id > 250, "the newest entries are kept (ids count up per request)");
        cleared["cleared"]!.GetValue<int>().Should().Be(50);
        after["entries"]!.AsArray().Should().BeEmpty();
    }
}
