using System.Net;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Hris;

public class ProvisioningDiffTests
{
    [Test]
    public async Task Diff_SplitsUsersIntoProvisionDeprovisionAndAlreadyProvisioned()
    {
        HrisBuilder hris = null!;
        Employee anna = null!, ben = null!;
        Group team = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            team = hris.Group("Platform", "TEAM");
            anna = hris.Employee(e => e with { WorkEmail = "anna@acme.example.com", GroupIds = [team.Id] });
            ben = hris.Employee(e => e with { WorkEmail = null, PersonalEmail = "ben@home.example.com" });
            hris.Employee(e => e with { WorkEmail = "left@acme.example.com", EmploymentStatus = "INACTIVE" });
        });

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/provisioning-groups/default/diff", new
        {
            provisioned_users = new[]
            {
                new { origin_id = "u1", email = "ANNA@acme.example.com" },
                new { origin_id = "u2", email = "left@acme.example.com" },
            },
            options = new { employee_fields = new[] { "id", "first_name", "groups" } },
        });

        var users = body["data"]!["users"]!;
        body.AsObject().Should().NotContainKey("warnings");
        var already = users["already_provisioned"]!.AsArray().Single()!;
        already["origin_id"]!.GetValue<string>().Should().Be("u1");
        already["employee"]!["id"]!.GetValue<string>().Should().Be(anna.Id);
        already["employee"]!["groups"]!.AsArray().Single()!["id"]!.GetValue<string>().Should().Be(team.Id);
        already["employee"]!.AsObject().Should().NotContainKey("last_name", "only the requested fields are returned");
        var provision = users["to_provision"]!.AsArray().Single()!;
        provision["email"]!.GetValue<string>().Should().Be("ben@home.example.com");
        provision["employee"]!["id"]!.GetValue<string>().Should().Be(ben.Id);
        users["to_deprovision"]!.AsArray().Single()!["origin_id"]!.GetValue<string>().Should().Be("u2");
    }

    [Test]
    public async Task Diff_ReflectsEmployeesCreatedThroughTheApi()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        var client = tenant.Client(hris.IntegrationId);
        var request = new { provisioned_users = Array.Empty<object>(), options = new { employee_fields = new[] { "id" } } };
        var before = await client.PostJson("/v1/hris/provisioning-groups/default/diff", request);

        await client.PostJson("/v1/hris/employees", new { first_name = "New", last_name = "Hire", work_email = "new.hire@acme.example.com" });
        var after = await client.PostJson("/v1/hris/provisioning-groups/default/diff", request);

        before["data"]!["users"]!["to_provision"]!.AsArray().Should().BeEmpty();
        after["data"]!["users"]!["to_provision"]!.AsArray().Single()!["email"]!.GetValue<string>().Should().Be("new.hire@acme.example.com");
    }

    [Test]
    public async Task WithUnknownGroup_AnswersNotFound()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/provisioning-groups/other/diff",
            new { provisioned_users = Array.Empty<object>(), options = new { employee_fields = new[] { "id" } } }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
    }

    [TestCase("""{"options":{"employee_fields":["id"]}}""", "provisioned_users")]
    [TestCase("""{"provisioned_users":[{"origin_id":"u1","email":"nope"}],"options":{"employee_fields":["id"]}}""", "email")]
    [TestCase("""{"provisioned_users":[],"options":{"employee_fields":["salary"]}}""", "employee_fields")]
    [TestCase("""{"provisioned_users":[]}""", "options")]
    [TestCase("""{"provisioned_users":[null],"options":{"employee_fields":["id"]}}""", "provisioned_users[0]")]
    public async Task WithInvalidBody_AnswersInputInvalid(string json, string field)
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/provisioning-groups/default/diff", json, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain(field);
    }
}

public class ProvisioningSetupLinkTests
{
    [Test]
    public async Task CreateSetupLink_ReturnsALinkValidForOneHour()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/provisioning-groups/default/setup-links", new { language = "de" });

        body["data"]!["url"]!.GetValue<string>().Should().StartWith("http://localhost/connect/setup?token=");
        body["data"]!["expires_at"]!.GetValue<string>().Should().Be("2026-12-01T10:00:00.000Z");
        tenant.State(hris.IntegrationId).SetupLinks.Should().ContainSingle().Which.Language.Should().Be("de");
    }

    [Test]
    public async Task WithUnknownLanguage_AnswersInputInvalid()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/provisioning-groups/default/setup-links", new { language = "nl" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        tenant.State(hris.IntegrationId).SetupLinks.Should().BeEmpty();
    }
}
