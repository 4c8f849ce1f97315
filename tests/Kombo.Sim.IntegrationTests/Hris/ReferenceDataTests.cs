using System.Net;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Hris;

public class ListGroupsTests
{
    [Test]
    public async Task ListGroupsAndTeams_ReturnTheSameGroupsWithParents()
    {
        HrisBuilder hris = null!;
        Group engineering = null!, platform = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            engineering = hris.Group("Engineering");
            platform = hris.Group("Platform", "TEAM", g => g with { ParentId = engineering.Id });
        });
        var client = tenant.Client(hris.IntegrationId);

        var groups = await client.GetJson("/v1/hris/groups");
        var teams = await client.GetJson("/v1/hris/teams");

        groups.Ids().Should().Equal(engineering.Id, platform.Id);
        teams.Ids().Should().Equal(groups.Ids());
        groups.Results()[1]!["parent_id"]!.GetValue<string>().Should().Be(engineering.Id);
        groups.Results()[1]!["type"]!.GetValue<string>().Should().Be("TEAM");
    }

    [Test]
    public async Task WithTypesAndNameFilters_ReturnsMatchingGroups()
    {
        HrisBuilder hris = null!;
        Group sales = null!, costCentre = null!, untyped = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            sales = hris.Group("Sales");
            costCentre = hris.Group("CC-100 Sales", "COST_CENTER");
            untyped = hris.Group("Misc", "TEAM", g => g with { Type = null });
        });
        var client = tenant.Client(hris.IntegrationId);

        var byType = await client.GetJson("/v1/hris/groups?types=COST_CENTER,null");
        var byName = await client.GetJson("/v1/hris/groups?name_contains=sales");

        byType.Ids().Should().Equal(costCentre.Id, untyped.Id);
        byName.Ids().Should().Equal(sales.Id, costCentre.Id);
    }

    [Test]
    public async Task WithUnknownType_AnswersInputInvalid()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/groups?types=SQUAD", HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("types");
    }
}

public class ListReferenceDataTests
{
    [Test]
    public async Task ListLocationsAndLegalEntities_FilterByName()
    {
        HrisBuilder hris = null!;
        WorkLocation munich = null!;
        LegalEntity sas = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            hris.Location("Berlin HQ");
            munich = hris.Location("Munich Office");
            hris.LegalEntity("Acme GmbH");
            sas = hris.LegalEntity("Acme SAS");
        });
        var client = tenant.Client(hris.IntegrationId);

        var locations = await client.GetJson("/v1/hris/locations?name_contains=MUNICH");
        var entities = await client.GetJson("/v1/hris/legal-entities?name_contains=sas");
        var allLocations = await client.GetJson("/v1/hris/locations");

        locations.Ids().Should().Equal(munich.Id);
        entities.Ids().Should().Equal(sas.Id);
        allLocations.Results().Should().HaveCount(2);
        allLocations.Results()[0]!["address"]!["country"]!.GetValue<string>().Should().Be("DE");
    }

    [Test]
    public async Task ListEmploymentsAndAbsenceTypes_ReturnTheRecords()
    {
        HrisBuilder hris = null!;
        Employment employment = null!;
        AbsenceType vacation = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            var employee = hris.Employee();
            employment = hris.Employment(employee, e => e with { PayRate = 6200.5 });
            vacation = hris.AbsenceType("Vacation", halfDays: true);
        });
        var client = tenant.Client(hris.IntegrationId);

        var employments = await client.GetJson("/v1/hris/employments");
        var types = await client.GetJson("/v1/hris/absence-types");

        employments.Ids().Should().Equal(employment.Id);
        employments.Results()[0]!["pay_rate"]!.GetValue<double>().Should().Be(6200.5);
        employments.Results()[0]!["effective_date"]!.GetValue<string>().Should().Be("2020-01-01T00:00:00.000Z");
        types.Ids().Should().Equal(vacation.Id);
        types.Results()[0]!["half_days_supported"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    public async Task ListTimeOffBalances_NestsTheTypeAndFiltersByEmployee()
    {
        HrisBuilder hris = null!;
        Employee anna = null!;
        TimeOffBalance annas = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            var vacation = hris.AbsenceType("Vacation");
            anna = hris.Employee();
            var ben = hris.Employee();
            annas = hris.Balance(anna, vacation, 20, 10);
            hris.Balance(ben, vacation, 30);
        });
        var client = tenant.Client(hris.IntegrationId);

        var body = await client.GetJson($"/v1/hris/time-off-balances?employee_id={anna.Id}");

        body.Ids().Should().Equal(annas.Id);
        body.Results()[0]!["type"]!["name"]!.GetValue<string>().Should().Be("Vacation");
        body.Results()[0]!["used"]!.GetValue<double>().Should().Be(10);
    }

    [TestCase("hibob", "/v1/hris/legal-entities")]
    [TestCase("silae", "/v1/hris/time-off-balances")]
    [TestCase("silae", "/v1/hris/locations")]
    public async Task ForToolWithoutTheModel_AnswersModelNotAvailable(string tool, string path)
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris(tool));

        var body = await tenant.Client(hris.IntegrationId).GetJson(path, HttpStatusCode.NotImplemented);

        body.ErrorCode().Should().Be("INTEGRATION.MODEL_NOT_AVAILABLE");
        body["error"]!["title"]!.GetValue<string>().Should().Be("This data model isn't supported for the selected integration.");
        body["error"]!["message"]!.GetValue<string>().Should().MatchRegex("^The \"(legal entities|time off balances|locations)\" model is not yet available for (HiBob|Silae)");
    }
}
