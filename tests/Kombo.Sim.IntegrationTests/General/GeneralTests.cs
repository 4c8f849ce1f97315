using System.Net;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.General;

public class CheckApiKeyTests
{
    [Test]
    public async Task CheckApiKey_ReturnsTheKeysEnvironment()
    {
        var tenant = Simulator.CreateTenant(_ => { });

        var body = await tenant.Client().GetJson("/v1/check-api-key");

        body["data"]!["environment_id"]!.GetValue<string>().Should().Be(tenant.Environment.Id);
        body["data"]!["customer_id"]!.GetValue<string>().Should().Be(tenant.Environment.Id);
    }
}

public class GetIntegrationTests
{
    [Test]
    public async Task GetIntegration_DescribesToolStatusAndCoverage()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris("hibob"));

        var body = await tenant.Client().GetJson($"/v1/integrations/{hris.IntegrationId}");

        var data = body["data"]!;
        data["id"]!.GetValue<string>().Should().Be(hris.IntegrationId);
        data["tool"]!["id"]!.GetValue<string>().Should().Be("hibob");
        data["tool"]!["label"]!.GetValue<string>().Should().Be("HiBob");
        data["category"]!.GetValue<string>().Should().Be("HRIS");
        data["status"]!.GetValue<string>().Should().Be("ACTIVE");
        data["setup_status"]!.GetValue<string>().Should().Be("COMPLETED");
        data["end_user"]!["organization_name"]!.GetValue<string>().Should().Be("Test Org");
        data["data_expired_at"].Should().BeNull();
        var models = data["read_models"]!.AsArray().ToDictionary(m => m!["id"]!.GetValue<string>(), m => m!["coverage_status"]!.GetValue<string>());
        models["hris_employees"].Should().Be("SUPPORTED");
        models["hris_legal_entities"].Should().Be("UNSUPPORTED", "HiBob has no legal entities in Kombo");
        var actions = data["write_actions"]!.AsArray().ToDictionary(m => m!["id"]!.GetValue<string>(), m => m!["is_available"]!.GetValue<bool>());
        actions["hris_create_absence"].Should().BeTrue();
        actions["hris_update_employee"].Should().BeFalse();
    }

    [Test]
    public async Task ForAnotherEnvironmentsIntegration_AnswersIntegrationNotFound()
    {
        HrisBuilder foreign = null!;
        Simulator.CreateTenant(t => foreign = t.Hris());
        var tenant = Simulator.CreateTenant(t => t.Hris());

        var body = await tenant.Client().GetJson($"/v1/integrations/{foreign.IntegrationId}", HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INTEGRATION_NOT_FOUND");
    }
}

public class DeleteIntegrationTests
{
    [Test]
    public async Task DeleteIntegration_MakesEveryLaterCallAnswerIntegrationNotFound()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            hris.Employee();
        });
        var client = tenant.Client(hris.IntegrationId);

        var deleted = await client.SendJson(HttpMethod.Delete, $"/v1/integrations/{hris.IntegrationId}", new { });
        var list = await client.GetJson("/v1/hris/employees", HttpStatusCode.NotFound);
        var details = await client.GetJson($"/v1/integrations/{hris.IntegrationId}", HttpStatusCode.NotFound);
        var again = await client.SendJson(HttpMethod.Delete, $"/v1/integrations/{hris.IntegrationId}", null, HttpStatusCode.NotFound);

        deleted["data"]!.AsObject().Should().BeEmpty();
        deleted.AsObject().Should().NotContainKey("warnings");
        list.ErrorCode().Should().Be("PLATFORM.INTEGRATION_NOT_FOUND");
        details.ErrorCode().Should().Be("PLATFORM.INTEGRATION_NOT_FOUND");
        again.ErrorCode().Should().Be("PLATFORM.INTEGRATION_NOT_FOUND");
    }

    [Test]
    public async Task ForAnotherEnvironmentsIntegration_LeavesItAlone()
    {
        HrisBuilder foreign = null!;
        var owner = Simulator.CreateTenant(t => foreign = t.Hris());
        var intruder = Simulator.CreateTenant(t => t.Hris());

        var body = await intruder.Client().SendJson(HttpMethod.Delete, $"/v1/integrations/{foreign.IntegrationId}", null, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INTEGRATION_NOT_FOUND");
        (await owner.Client(foreign.IntegrationId).GetJson("/v1/hris/employees"))["status"]!.GetValue<string>().Should().Be("success");
    }
}

public class ListToolsTests
{
    [Test]
    public async Task ListTools_ReturnsTheCategorysToolsWithCoverage()
    {
        var tenant = Simulator.CreateTenant(_ => { });

        var body = await tenant.Client().GetJson("/v1/tools/hris");

        var tools = body["data"]!["tools"]!.AsArray();
        var personio = tools.Single(t => t!["id"]!.GetValue<string>() == "personio")!;
        personio["label"]!.GetValue<string>().Should().Be("Personio");
        personio["assets"]!["logo_url"]!.GetValue<string>().Should().EndWith("/personio/logo.svg");
        personio["coverage"]!["read_models"]!.AsArray()
            .Single(m => m!["id"]!.GetValue<string>() == "hris_absences")!["coverage_status"]!.GetValue<string>().Should().Be("SUPPORTED");
        tools.Select(t => t!["id"]!.GetValue<string>()).Should().Contain("sandbox").And.NotContain("greenhouse");
    }

    [Test]
    public async Task WithUnknownCategory_AnswersInputInvalid()
    {
        var tenant = Simulator.CreateTenant(_ => { });

        var body = await tenant.Client().GetJson("/v1/tools/crm", HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("category");
    }
}

public class IntegrationStateGatingTests
{
    [TestCase(IntegrationStatuses.Inactive, null, HttpStatusCode.Forbidden, "INTEGRATION.INACTIVE")]
    [TestCase(IntegrationStatuses.Invalid, null, HttpStatusCode.Forbidden, "INTEGRATION.AUTHENTICATION_INVALID")]
    [TestCase(IntegrationStatuses.Active, SetupStatuses.Incomplete, HttpStatusCode.Conflict, "INTEGRATION.SETUP_INCOMPLETE")]
    [TestCase(IntegrationStatuses.Active, SetupStatuses.FinalSyncPending, HttpStatusCode.Conflict, "INTEGRATION.SETUP_SYNC_PENDING")]
    public async Task DataCalls_AnswerAsKomboDoesForTheIntegrationsState(string status, string? setupStatus, HttpStatusCode expected, string code)
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris().WithIntegration(i => i with { Status = status, SetupStatus = setupStatus ?? SetupStatuses.Completed }));

        var body = await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/employees", expected);
        var details = await tenant.Client().GetJson($"/v1/integrations/{hris.IntegrationId}");

        body.ErrorCode().Should().Be(code);
        details["data"]!["status"]!.GetValue<string>().Should().Be(status, "the details stay readable");
    }
}
