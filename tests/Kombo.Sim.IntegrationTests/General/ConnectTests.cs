using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.General;

/// <summary>Kombo Connect over HTTP (the browser-driven test is <c>ConnectBrowserTests</c>).</summary>
public partial class ConnectTests
{
    private static async Task<string> CreateLink(HttpClient client, object body) =>
        (await client.PostJson("/v1/connect/create-link", body))["data"]!["link"]!.GetValue<string>();

    private static async Task<JsonNode> CompleteByScript(string link, string? tool = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var page = Simulator.Host.CreateClient();
        var url = new Uri(link).PathAndQuery + "&complete=true" + (tool is null ? "" : $"&tool={tool}");
        return await (await page.GetAsync(url)).ReadJson(expected);
    }

    [Test]
    public async Task ConnectFlow_CreatesAnIntegrationThatTheTokenResolvesOnce()
    {
        var tenant = Simulator.CreateTenant(_ => { });
        var client = tenant.Client();

        var link = await CreateLink(client, new { end_user_email = "it@customer.example.com", end_user_organization_name = "Customer AG", end_user_origin_id = "cust-42", integration_tool = "hibob" });
        var completed = await CompleteByScript(link);
        var exchanged = await client.GetJson($"/v1/connect/integration-by-token/{completed["token"]}");
        var again = await client.GetJson($"/v1/connect/integration-by-token/{completed["token"]}", HttpStatusCode.BadRequest);
        var integrationId = exchanged["data"]!["id"]!.GetValue<string>();
        var details = await client.GetJson($"/v1/integrations/{integrationId}");
        var employees = await tenant.Client(integrationId).GetJson("/v1/hris/employees");

        link.Should().StartWith("http://localhost/connect?token=");
        exchanged["data"]!["tool"]!.GetValue<string>().Should().Be("hibob");
        exchanged["data"]!["end_user_organization_name"]!.GetValue<string>().Should().Be("Customer AG");
        exchanged["data"]!["end_user_email"]!.GetValue<string>().Should().Be("it@customer.example.com");
        exchanged["data"]!["end_user_origin_id"]!.GetValue<string>().Should().Be("cust-42");
        exchanged["data"]!["setup_status"]!.GetValue<string>().Should().Be("COMPLETED", "the first sync ran");
        again.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        again["error"]!["message"]!.GetValue<string>().Should().Contain("already exchanged");
        integrationId.Should().StartWith("hibob:").And.Be(completed["integration_id"]!.GetValue<string>());
        details["data"]!["category"]!.GetValue<string>().Should().Be("HRIS");
        details["data"]!["last_sync"]!["state"]!.GetValue<string>().Should().Be("SUCCEEDED");
        employees.Results().Should().NotBeEmpty("a connected integration comes with a generated data set");
    }

    [Test]
    public async Task LinkWithoutTool_OffersTheCategorysToolsOnThePage()
    {
        var tenant = Simulator.CreateTenant(_ => { });
        var link = await CreateLink(tenant.Client(), new { end_user_email = "a@b.example.com", end_user_organization_name = "B GmbH", integration_category = "ATS" });

        var page = await Simulator.Host.CreateClient().GetStringAsync(new Uri(link).PathAndQuery);
        var missingTool = await CompleteByScript(link, expected: HttpStatusCode.BadRequest);
        var completed = await CompleteByScript(link, tool: "greenhouse");

        page.Should().Contain("<select id=\"tool\"").And.Contain("value=\"greenhouse\"");
        OptionValues(page).Should().Contain("greenhouse").And.NotContain("hibob", "HiBob is not an ATS");
        missingTool.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        completed["tool"]!.GetValue<string>().Should().Be("greenhouse");
    }

    [Test]
    public async Task TokenOfAnotherEnvironment_IsNotFound()
    {
        var owner = Simulator.CreateTenant(_ => { });
        var other = Simulator.CreateTenant(_ => { });
        var completed = await CompleteByScript(await CreateLink(owner.Client(), new { end_user_email = "a@b.example.com", end_user_organization_name = "B", integration_tool = "personio" }));

        var body = await other.Client().GetJson($"/v1/connect/integration-by-token/{completed["token"]}", HttpStatusCode.NotFound);
        var activated = await owner.Client().PostJson("/v1/connect/activate-integration", new { token = completed["token"]!.GetValue<string>() });

        body.ErrorCode().Should().Be("PLATFORM.INTEGRATION_NOT_FOUND");
        activated["data"]!["id"]!.GetValue<string>().Should().Be(completed["integration_id"]!.GetValue<string>());
    }

    [Test]
    public async Task UsedLink_CannotBeCompletedTwice()
    {
        var tenant = Simulator.CreateTenant(_ => { });
        var link = await CreateLink(tenant.Client(), new { end_user_email = "a@b.example.com", end_user_organization_name = "B", integration_tool = "personio" });
        await CompleteByScript(link);

        var page = await Simulator.Host.CreateClient().GetAsync(new Uri(link).PathAndQuery);
        var second = await CompleteByScript(link, expected: HttpStatusCode.BadRequest);

        page.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await page.Content.ReadAsStringAsync()).Should().Contain("already been used");
        second["error"]!["message"]!.GetValue<string>().Should().Contain("already been used");
        (await tenant.Client().GetAsync("/v1/check-api-key")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [TestCase("""{"end_user_organization_name":"B"}""", "end_user_email")]
    [TestCase("""{"end_user_email":"nope","end_user_organization_name":"B"}""", "end_user_email")]
    [TestCase("""{"end_user_email":"a@b.example.com"}""", "end_user_organization_name")]
    [TestCase("""{"end_user_email":"a@b.example.com","end_user_organization_name":"B","integration_tool":"greenhouse"}""", "integration_tool")]
    [TestCase("""{"end_user_email":"a@b.example.com","end_user_organization_name":"B","integration_category":"CRM"}""", "integration_category")]
    [TestCase("""{"end_user_email":"a@b.example.com","end_user_organization_name":"B","link_type":"FOREVER"}""", "link_type")]
    [TestCase("""{"end_user_email":"a@b.example.com","end_user_organization_name":"B","remote_environment":"eu"}""", "remote_environment")]
    public async Task CreateLinkWithInvalidBody_AnswersInputInvalid(string json, string field)
    {
        var tenant = Simulator.CreateTenant(_ => { });

        var body = await tenant.Client().PostJson("/v1/connect/create-link", json, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain(field);
    }

    [Test]
    public async Task UnknownToken_AnswersIntegrationNotFound()
    {
        var tenant = Simulator.CreateTenant(_ => { });

        var body = await tenant.Client().GetJson("/v1/connect/integration-by-token/not-a-token", HttpStatusCode.NotFound);
        var activate = await tenant.Client().PostJson("/v1/connect/activate-integration", new { }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INTEGRATION_NOT_FOUND");
        activate["error"]!["message"]!.GetValue<string>().Should().Contain("token");
    }

    [Test]
    public async Task InvalidLinkPage_SaysSo()
    {
        var response = await Simulator.Host.CreateClient().GetAsync("/connect?token=nonsense");

        response.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await response.Content.ReadAsStringAsync()).Should().Contain("not valid");
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }

    [Test]
    public async Task Relink_ReactivatesTheIntegrationWithTheNewScopeConfig()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris().WithIntegration(i => i with { Status = "INVALID" }));
        var client = tenant.Client();

        var relink = await client.PostJson($"/v1/integrations/{hris.IntegrationId}/relink", new { language = "de", scope_config_id = "scope-2" });
        var before = await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/employees", HttpStatusCode.Forbidden);
        var completed = await CompleteByScript(relink["data"]!["link"]!.GetValue<string>());
        var details = await client.GetJson($"/v1/integrations/{hris.IntegrationId}");
        var after = await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/employees");

        relink.AsObject().Should().NotContainKey("warnings");
        before.ErrorCode().Should().Be("INTEGRATION.AUTHENTICATION_INVALID");
        completed["integration_id"]!.GetValue<string>().Should().Be(hris.IntegrationId);
        details["data"]!["status"]!.GetValue<string>().Should().Be("ACTIVE");
        details["data"]!["scope_config"]!["id"]!.GetValue<string>().Should().Be("scope-2");
        after["status"]!.GetValue<string>().Should().Be("success");
    }

    [Test]
    public async Task RelinkOfUnknownIntegration_AnswersIntegrationNotFound()
    {
        var tenant = Simulator.CreateTenant(_ => { });

        var body = await tenant.Client().PostJson("/v1/integrations/personio:unknown/relink", new { }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INTEGRATION_NOT_FOUND");
    }

    [Test]
    public async Task RelinkOfBlankIntegrationId_AnswersInputInvalidNamingIt()
    {
        var tenant = Simulator.CreateTenant(_ => { });

        var body = await tenant.Client().PostJson("/v1/integrations/%20/relink", new { }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("integration_id");
    }

    private static IEnumerable<string> OptionValues(string html) => OptionValue().Matches(html).Select(m => m.Groups[1].Value);

    [GeneratedRegex("<option value=\"([^\"]+)\"")]
    private static partial Regex OptionValue();
}

/// <summary>Link and token expiry on the simulator's clock (a host of its own).</summary>
public class ConnectExpiryTests
{
    [Test]
    public async Task ExpiredLinkAndToken_AreRefusedClearly()
    {
        using var host = new SimulatorHost();
        var tenant = new TenantBuilder().Build(host);
        var client = tenant.Client();
        var admin = new AdminClient(host.CreateClient());
        var first = (await client.PostJson("/v1/connect/create-link", new { end_user_email = "a@b.example.com", end_user_organization_name = "B", integration_tool = "personio" }))["data"]!["link"]!.GetValue<string>();
        var magic = (await client.PostJson("/v1/connect/create-link", new { end_user_email = "a@b.example.com", end_user_organization_name = "B", integration_tool = "personio", link_type = "MAGIC_LINK" }))["data"]!["link"]!.GetValue<string>();
        var completed = await (await host.CreateClient().GetAsync(new Uri(magic).PathAndQuery + "&complete=true")).ReadJson();

        await admin.Post("/_sim/clock/advance", new { duration = "PT1H1M" });
        var expiredPage = await host.CreateClient().GetAsync(new Uri(first).PathAndQuery);
        var expiredToken = await client.GetJson($"/v1/connect/integration-by-token/{completed["token"]}", HttpStatusCode.BadRequest);

        expiredPage.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await expiredPage.Content.ReadAsStringAsync()).Should().Contain("expired");
        expiredToken["error"]!["message"]!.GetValue<string>().Should().Contain("expired");
    }
}
