using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Admin;

public class FaultTests
{
    private static async Task<JsonNode> AddRule(object rule, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var content = System.Net.Http.Json.JsonContent.Create(rule);
        return await (await Simulator.Host.CreateClient().PostAsync("/_sim/faults", content)).ReadJson(expected);
    }

    private static (Tenant Tenant, HrisBuilder Hris) NewTenant()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            hris.Employee();
            hris.AbsenceType("Vacation");
        });
        return (tenant, hris);
    }

    [Test]
    public async Task ErrorRule_FailsOnlyMatchingRequestsAsOftenAsItsCount()
    {
        var (tenant, hris) = NewTenant();
        var (other, otherHris) = NewTenant();
        var rule = await AddRule(new { operation_id = "GetHrisEmployees", integration_id = hris.IntegrationId, action = "error", status = 503, error_code = "REMOTE.SERVICE_UNAVAILABLE", count = 2 });
        var client = tenant.Client(hris.IntegrationId);

        var first = await client.GetJson("/v1/hris/employees", HttpStatusCode.ServiceUnavailable);
        var second = await client.GetJson("/v1/hris/employees", HttpStatusCode.ServiceUnavailable);
        var third = await client.GetJson("/v1/hris/employees");
        var groups = await client.GetJson("/v1/hris/groups");
        var foreign = await other.Client(otherHris.IntegrationId).GetJson("/v1/hris/employees");
        var status = await (await Simulator.Host.CreateClient().GetAsync($"/_sim/faults/{rule["id"]}")).ReadJson();

        first.ErrorCode().Should().Be("REMOTE.SERVICE_UNAVAILABLE");
        second.ErrorCode().Should().Be("REMOTE.SERVICE_UNAVAILABLE");
        third["status"]!.GetValue<string>().Should().Be("success");
        groups["status"]!.GetValue<string>().Should().Be("success");
        foreign["status"]!.GetValue<string>().Should().Be("success");
        status["fired"]!.GetValue<int>().Should().Be(2);
        status["remaining"]!.GetValue<int>().Should().Be(0);
    }

    [Test]
    public async Task FailedWrite_LeavesNoStateBehind()
    {
        var (tenant, hris) = NewTenant();
        await AddRule(new { method = "POST", path = "/hris/absences", integration_id = hris.IntegrationId, action = "error", status = 502, error_code = "REMOTE.UNKNOWN_HTTP_ERROR" });
        var state = tenant.State(hris.IntegrationId);

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/absences", new
        {
            employee_id = state.Hris.Employees.Rows[0].Id,
            absence_type_id = state.Hris.AbsenceTypes.Rows[0].Id,
            start_date = "2026-12-10",
            end_date = "2026-12-10",
            employee_note = (string?)null,
        }, HttpStatusCode.BadGateway);

        body.ErrorCode().Should().Be("REMOTE.UNKNOWN_HTTP_ERROR");
        tenant.State(hris.IntegrationId).Should().BeSameAs(state);
    }

    [Test]
    public async Task RateLimitRule_Answers429WithRetryAfter()
    {
        var (tenant, hris) = NewTenant();
        await AddRule(new { integration_id = hris.IntegrationId, action = "rate_limit", retry_after_seconds = 30, count = 1 });

        var response = await tenant.Client(hris.IntegrationId).GetAsync("/v1/hris/groups");
        var body = await response.ReadJson(HttpStatusCode.TooManyRequests);

        body.ErrorCode().Should().Be("PLATFORM.RATE_LIMIT_EXCEEDED");
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Test]
    public async Task LatencyRule_DelaysTheAnswer()
    {
        var (tenant, hris) = NewTenant();
        await AddRule(new { integration_id = hris.IntegrationId, action = "latency", latency_ms = 300, count = 1 });
        var client = tenant.Client(hris.IntegrationId);

        var watch = Stopwatch.StartNew();
        var body = await client.GetJson("/v1/hris/employees");
        watch.Stop();

        body["status"]!.GetValue<string>().Should().Be("success");
        watch.ElapsedMilliseconds.Should().BeGreaterThanOrEqualTo(290);
    }

    [Test]
    public async Task DropRule_ClosesTheConnectionWithoutAnAnswer()
    {
        var (tenant, hris) = NewTenant();
        await AddRule(new { integration_id = hris.IntegrationId, action = "drop", count = 1 });
        var client = tenant.Client(hris.IntegrationId);

        var call = () => client.GetAsync("/v1/hris/employees");

        await call.Should().ThrowAsync<Exception>();
        (await client.GetJson("/v1/hris/employees"))["status"]!.GetValue<string>().Should().Be("success", "the rule fired once");
    }

    [Test]
    public async Task JournalEntry_NamesTheRuleThatFired()
    {
        var (tenant, hris) = NewTenant();
        var rule = await AddRule(new { integration_id = hris.IntegrationId, action = "error", status = 503, error_code = "REMOTE.SERVICE_UNAVAILABLE", count = 1 });

        var error = await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/groups", HttpStatusCode.ServiceUnavailable);
        var entry = await (await Simulator.Host.CreateClient().GetAsync(new Uri(error["error"]!["log_url"]!.GetValue<string>()).PathAndQuery)).ReadJson();

        entry["fault_rule_id"]!.GetValue<string>().Should().Be(rule["id"]!.GetValue<string>());
    }

    [TestCase("""{"action":"explode"}""", "action")]
    [TestCase("""{"action":"error","status":503,"error_code":"NOT.A_CODE"}""", "error_code")]
    [TestCase("""{"action":"error","error_code":"REMOTE.INPUT_INVALID"}""", "status")]
    [TestCase("""{"action":"latency"}""", "latency_ms")]
    [TestCase("""{"action":"drop","operation_id":"GetEverything"}""", "operation_id")]
    [TestCase("""{"action":"drop","probability":1.5}""", "probability")]
    public async Task InvalidRule_AnswersInputInvalid(string json, string field)
    {
        var body = await (await Simulator.Host.CreateClient().PostAsync("/_sim/faults", new StringContent(json, System.Text.Encoding.UTF8, "application/json")))
            .ReadJson(HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain(field);
    }

    [Test]
    public async Task DeletedRule_NoLongerFires()
    {
        var (tenant, hris) = NewTenant();
        var rule = await AddRule(new { integration_id = hris.IntegrationId, action = "error", status = 503, error_code = "REMOTE.SERVICE_UNAVAILABLE" });
        var admin = Simulator.Host.CreateClient();

        await admin.DeleteAsync($"/_sim/faults/{rule["id"]}");
        var body = await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/employees");
        var missing = await (await admin.GetAsync($"/_sim/faults/{rule["id"]}")).ReadJson(HttpStatusCode.NotFound);

        body["status"]!.GetValue<string>().Should().Be("success");
        missing.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
    }
}
