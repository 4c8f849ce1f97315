using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Hris;

public class ListEmployeesTests
{
    [Test]
    public async Task ListEmployees_ReturnsEmployeesWithExpandedRelations()
    {
        HrisBuilder hris = null!;
        Kombo.Sim.Api.Domain.Hris.Employee manager = null!, report = null!;
        Kombo.Sim.Api.Domain.Hris.Group team = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            var berlin = hris.Location("Berlin");
            var gmbh = hris.LegalEntity("Acme GmbH");
            team = hris.Group("Platform", "TEAM");
            var vacation = hris.AbsenceType("Vacation", halfDays: true);
            manager = hris.Employee(e => e with { FirstName = "Maria", LastName = "Muster" });
            report = hris.Employee(e => e with { ManagerId = manager.Id, WorkLocationId = berlin.Id, LegalEntityId = gmbh.Id, GroupIds = [team.Id] });
            hris.Employment(report);
            hris.Balance(report, vacation, 25, 5);
        });

        var body = await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/employees");

        body["status"]!.GetValue<string>().Should().Be("success");
        body["data"]!["next"].Should().BeNull();
        var item = body.Results().Single(r => r!["id"]!.GetValue<string>() == report.Id)!;
        item["manager"]!["id"]!.GetValue<string>().Should().Be(manager.Id);
        item["manager"]!["display_full_name"]!.GetValue<string>().Should().Be("First1 Last1");
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
    public async Task WithoutIntegrationHeader_AnswersInputInvalid()
    {
        var tenant = Simulator.CreateTenant(t => t.Hris());

        var body = await tenant.Client().GetJson("/v1/hris/employees", HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("X-Integration-Id");
    }
}
