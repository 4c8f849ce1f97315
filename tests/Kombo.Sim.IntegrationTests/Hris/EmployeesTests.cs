using System.Net;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Hris;

public class ListEmployeesTests
{
    [Test]
    public async Task ListEmployees_ReturnsEmployeesWithExpandedRelations()
    {
        HrisBuilder hris = null!;
        Employee manager = null!, report = null!;
        Group team = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            var berlin = hris.Location("Berlin");
            var gmbh = hris.LegalEntity("Acme GmbH");
            team = hris.Group("Platform", "TEAM");
            var vacation = hris.AbsenceType("Vacation", halfDays: true);
            manager = hris.Employee(e => e with { FirstName = "Maria", LastName = "Muster", DisplayFullName = "Maria Muster" });
            report = hris.Employee(e => e with { ManagerId = manager.Id, WorkLocationId = berlin.Id, LegalEntityId = gmbh.Id, GroupIds = [team.Id] });
            hris.Employment(report);
            hris.Balance(report, vacation, 25, 5);
        });

        var body = await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/employees");

        body["status"]!.GetValue<string>().Should().Be("success");
        body["data"]!["next"].Should().BeNull();
        body.Ids().Should().Equal(manager.Id, report.Id);
        var item = body.Results()[1]!;
        item["manager"]!["id"]!.GetValue<string>().Should().Be(manager.Id);
        item["manager"]!["display_full_name"]!.GetValue<string>().Should().Be("Maria Muster");
        item["groups"]!.AsArray().Single()!["name"]!.GetValue<string>().Should().Be("Platform");
        item["teams"]!.AsArray().Single()!["id"]!.GetValue<string>().Should().Be(team.Id);
        item["legal_entity"]!["name"]!.GetValue<string>().Should().Be("Acme GmbH");
        item["work_location"]!["name"]!.GetValue<string>().Should().Be("Berlin");
        item["employments"]!.AsArray().Should().ContainSingle();
        item["time_off_balances"]!.AsArray().Single()!["balance"]!.GetValue<double>().Should().Be(25);
        item["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z");
        item.AsObject().Should().ContainKey("ssn").WhoseValue.Should().BeNull("Kombo writes nulls");
    }

    [Test]
    public async Task WithFilters_AndsAcrossFiltersAndOrsWithinOne()
    {
        HrisBuilder hris = null!;
        Employee inSalesActive = null!, inSalesLeave = null!, inSalesInactive = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            var sales = hris.Group("Sales");
            var it = hris.Group("IT");
            inSalesActive = hris.Employee(e => e with { GroupIds = [sales.Id] });
            inSalesLeave = hris.Employee(e => e with { GroupIds = [sales.Id], EmploymentStatus = "LEAVE" });
            inSalesInactive = hris.Employee(e => e with { GroupIds = [sales.Id], EmploymentStatus = "INACTIVE" });
            hris.Employee(e => e with { GroupIds = [it.Id] });
        });
        var client = tenant.Client(hris.IntegrationId);
        var sales = tenant.State(hris.IntegrationId).Hris.Groups.Rows.Single(g => g.Name == "Sales");

        var body = await client.GetJson($"/v1/hris/employees?group_ids={sales.Id},unknown&employment_statuses=ACTIVE,LEAVE");

        body.Ids().Should().Equal(inSalesActive.Id, inSalesLeave.Id);
    }

    [TestCase("legal_entity_ids")]
    [TestCase("work_location_ids")]
    public async Task WithReferenceFilter_ReturnsOnlyMatchingEmployees(string parameter)
    {
        HrisBuilder hris = null!;
        Employee match = null!;
        string reference = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            var location = hris.Location("Munich");
            var entity = hris.LegalEntity("Acme SAS");
            reference = parameter == "legal_entity_ids" ? entity.Id : location.Id;
            match = hris.Employee(e => e with { LegalEntityId = entity.Id, WorkLocationId = location.Id });
            hris.Employee();
        });

        var body = await tenant.Client(hris.IntegrationId).GetJson($"/v1/hris/employees?{parameter}={reference}");

        body.Ids().Should().Equal(match.Id);
    }

    [Test]
    public async Task WithEmailFilters_MatchCaseInsensitively()
    {
        HrisBuilder hris = null!;
        Employee byWork = null!, byPersonal = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            byWork = hris.Employee(e => e with { WorkEmail = "anna@acme.example.com" });
            byPersonal = hris.Employee(e => e with { PersonalEmail = "ben@private.example.com" });
        });
        var client = tenant.Client(hris.IntegrationId);

        var work = await client.GetJson("/v1/hris/employees?work_emails=ANNA@acme.example.com");
        var personal = await client.GetJson("/v1/hris/employees?personal_emails=Ben@Private.example.com,nobody@x.example.com");

        work.Ids().Should().Equal(byWork.Id);
        personal.Ids().Should().Equal(byPersonal.Id);
    }

    [Test]
    public async Task WithCustomFieldsFilter_MatchesTheOneKeyAndValue()
    {
        HrisBuilder hris = null!;
        Employee medium = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            medium = hris.Employee(e => e with { CustomFields = JsonDocumentOf("""{"shirt_size":"M","remote":true}""") });
            hris.Employee(e => e with { CustomFields = JsonDocumentOf("""{"shirt_size":"L"}""") });
        });
        var client = tenant.Client(hris.IntegrationId);

        var bySize = await client.GetJson("/v1/hris/employees?custom_fields=" + Uri.EscapeDataString("""{"shirt_size":"M"}"""));
        var byBool = await client.GetJson("/v1/hris/employees?custom_fields=" + Uri.EscapeDataString("""{"remote":true}"""));

        bySize.Ids().Should().Equal(medium.Id);
        byBool.Ids().Should().Equal(medium.Id);
    }

    [TestCase("custom_fields=%7B%22a%22%3A1%2C%22b%22%3A2%7D", "custom_fields")]
    [TestCase("custom_fields=not-json", "custom_fields")]
    [TestCase("employment_statuses=ACTIVE,RETIRED", "employment_statuses")]
    [TestCase("employment_status=retired", "employment_status")]
    [TestCase("updated_after=yesterday", "updated_after")]
    [TestCase("include_deleted=yes", "include_deleted")]
    public async Task WithInvalidFilter_AnswersInputInvalidNamingTheParameter(string query, string parameter)
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/employees?" + query, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain(parameter);
    }

    [Test]
    public async Task WithIdsAndRemoteIds_ReturnsTheIntersection()
    {
        HrisBuilder hris = null!;
        Employee first = null!, second = null!, third = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            first = hris.Employee();
            second = hris.Employee();
            third = hris.Employee();
        });
        var client = tenant.Client(hris.IntegrationId);

        var byIds = await client.GetJson($"/v1/hris/employees?ids={third.Id},{first.Id}");
        var both = await client.GetJson($"/v1/hris/employees?ids={first.Id},{second.Id}&remote_ids={second.RemoteId},{third.RemoteId}");

        byIds.Ids().Should().Equal(first.Id, third.Id);
        both.Ids().Should().Equal(second.Id);
    }

    [Test]
    public async Task WithIncludeDeleted_ShowsDeletedEmployeesOnlyWhenAsked()
    {
        HrisBuilder hris = null!;
        Employee alive = null!, gone = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            alive = hris.Employee();
            gone = hris.Employee(e => e with { RemoteDeletedAt = HrisBuilder.Earlier });
        });
        var client = tenant.Client(hris.IntegrationId);

        var normal = await client.GetJson("/v1/hris/employees");
        var all = await client.GetJson("/v1/hris/employees?include_deleted=true");

        normal.Ids().Should().Equal(alive.Id);
        all.Ids().Should().Equal(alive.Id, gone.Id);
        all.Results()[1]!["remote_deleted_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z");
    }

    [Test]
    public async Task WithUpdatedAfter_ReturnsEmployeesWhoseOwnOrNestedDataChanged()
    {
        HrisBuilder hris = null!;
        Employee unchanged = null!, changedItself = null!, changedEmployment = null!;
        AbsenceType vacation = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            vacation = hris.AbsenceType("Vacation");
            unchanged = hris.Employee(e => e with { ChangedAt = HrisBuilder.Earlier.AddDays(-30), TouchedAt = HrisBuilder.Earlier.AddDays(-30) });
            changedItself = hris.Employee();
            changedEmployment = hris.Employee(e => e with { ChangedAt = HrisBuilder.Earlier.AddDays(-30), TouchedAt = HrisBuilder.Earlier.AddDays(-30) });
        });
        var client = tenant.Client(hris.IntegrationId);

        await client.PostJson("/v1/hris/absences", new { employee_id = changedEmployment.Id, absence_type_id = vacation.Id, start_date = "2026-12-10", end_date = "2026-12-10", employee_note = (string?)null });
        var body = await client.GetJson("/v1/hris/employees?updated_after=2026-11-15T00:00:00.000Z");

        body.Ids().Should().Equal(changedItself.Id, changedEmployment.Id);
        body.Results()[1]!["changed_at"]!.GetValue<string>().Should().Be("2026-11-01T08:00:00.000Z", "changed_at only moves with the record's own fields");
        body.Ids().Should().NotContain(unchanged.Id);
    }

    [Test]
    public async Task WithoutIntegrationHeader_AnswersInputInvalid()
    {
        var tenant = Simulator.CreateTenant(t => t.Hris());

        var body = await tenant.Client().GetJson("/v1/hris/employees", HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("X-Integration-Id");
    }

    private static System.Text.Json.JsonElement JsonDocumentOf(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.Clone();
}
