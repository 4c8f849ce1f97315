using System.Net;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.State;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Hris;

/// <summary>An HRIS integration with one employee, vacation (days, half days) and overtime (hours, exact times) balances.</summary>
internal sealed class AbsenceWorld
{
    public AbsenceWorld(string tool = "personio")
    {
        Tenant = Simulator.CreateTenant(t =>
        {
            Hris = t.Hris(tool);
            Vacation = Hris.AbsenceType("Vacation", "DAYS", halfDays: true);
            Sick = Hris.AbsenceType("Sick leave", "DAYS");
            Overtime = Hris.AbsenceType("Overtime", "HOURS", exactTimes: true);
            Employee = Hris.Employee();
            Colleague = Hris.Employee();
            VacationBalance = Hris.Balance(Employee, Vacation, 28, 2);
            OvertimeBalance = Hris.Balance(Employee, Overtime, 40, 0);
            PastAbsence = Hris.Absence(Employee, Vacation, "2026-10-05", "2026-10-06", a => a with { Amount = 2 });
            ColleagueAbsence = Hris.Absence(Colleague, Sick, "2026-12-08", "2026-12-09");
        });
        Client = Tenant.Client(Hris.IntegrationId);
    }

    public Tenant Tenant { get; }

    public HttpClient Client { get; }

    public HrisBuilder Hris { get; private set; } = null!;

    public AbsenceType Vacation { get; private set; } = null!;

    public AbsenceType Sick { get; private set; } = null!;

    public AbsenceType Overtime { get; private set; } = null!;

    public Employee Employee { get; private set; } = null!;

    public Employee Colleague { get; private set; } = null!;

    public TimeOffBalance VacationBalance { get; private set; } = null!;

    public TimeOffBalance OvertimeBalance { get; private set; } = null!;

    public Absence PastAbsence { get; private set; } = null!;

    public Absence ColleagueAbsence { get; private set; } = null!;

    public HrisData State => Tenant.State(Hris.IntegrationId).Hris;

    public async Task<double> Balance(AbsenceType type)
    {
        var balances = await Client.GetJson($"/v1/hris/time-off-balances?employee_id={Employee.Id}");
        return balances.Results().Single(b => b!["type_id"]!.GetValue<string>() == type.Id)!["balance"]!.GetValue<double>();
    }
}

public class ListAbsencesTests
{
    [Test]
    public async Task ListAbsences_ReturnsAbsencesWithTheirType()
    {
        var world = new AbsenceWorld();

        var body = await world.Client.GetJson("/v1/hris/absences");

        body.Ids().Should().Equal(world.PastAbsence.Id, world.ColleagueAbsence.Id);
        var first = body.Results()[0]!;
        first["start_date"]!.GetValue<string>().Should().Be("2026-10-05");
        first["start_time"].Should().BeNull();
        first["start_half_day"]!.GetValue<bool>().Should().BeFalse();
        first["type"]!["name"]!.GetValue<string>().Should().Be("Vacation");
        body.Results()[1]!["start_half_day"].Should().BeNull("sick leave has no half days");
    }

    [TestCase("date_from=2026-12-01", 1)]
    [TestCase("date_until=2026-10-05", 0)]
    [TestCase("date_from=2026-10-06&date_until=2026-10-06", 0)]
    [TestCase("time_from=2026-12-09T00:00:00.000Z", 1)]
    public async Task WithDateFilters_KeepsAbsencesOverlappingTheWindow(string query, int index)
    {
        var world = new AbsenceWorld();
        var expected = index == 0 ? world.PastAbsence.Id : world.ColleagueAbsence.Id;

        var body = await world.Client.GetJson("/v1/hris/absences?" + query);

        body.Ids().Should().Equal(expected);
    }

    [Test]
    public async Task WithTypeAndEmployeeFilters_ReturnsOnlyMatchingAbsences()
    {
        var world = new AbsenceWorld();

        var byType = await world.Client.GetJson($"/v1/hris/absences?type_ids={world.Sick.Id},{world.Overtime.Id}");
        var byEmployee = await world.Client.GetJson($"/v1/hris/absences?employee_id={world.Employee.Id}");

        byType.Ids().Should().Equal(world.ColleagueAbsence.Id);
        byEmployee.Ids().Should().Equal(world.PastAbsence.Id);
    }
}

public class CreateAbsenceTests
{
    [Test]
    public async Task CreateAbsence_IsListedAndTakesItsDaysFromTheBalance()
    {
        var world = new AbsenceWorld();

        var created = await world.Client.PostJson("/v1/hris/absences", new
        {
            employee_id = world.Employee.Id,
            absence_type_id = world.Vacation.Id,
            status = "APPROVED",
            start_date = "2026-12-21",
            end_date = "2026-12-24",
            start_half_day = false,
            end_half_day = true,
            employee_note = "Christmas",
        });
        var listed = await world.Client.GetJson($"/v1/hris/absences?ids={created["data"]!["id"]}");

        var data = created["data"]!;
        data["amount"]!.GetValue<double>().Should().Be(3.5);
        data["unit"]!.GetValue<string>().Should().Be("DAYS");
        data["status"]!.GetValue<string>().Should().Be("APPROVED");
        data["type_id"]!.GetValue<string>().Should().Be(world.Vacation.Id);
        data["end_half_day"]!.GetValue<bool>().Should().BeTrue();
        data["remote_created_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        data.AsObject().Should().NotContainKey("type", "the create answer carries no nested type");
        listed.Results().Single()!["employee_note"]!.GetValue<string>().Should().Be("Christmas");
        (await world.Balance(world.Vacation)).Should().Be(28 - 3.5);
    }

    [Test]
    public async Task WithHoursAndExactTimes_ComputesTheHoursPerDayTimesDays()
    {
        var world = new AbsenceWorld();

        var created = await world.Client.PostJson("/v1/hris/absences", new
        {
            employee_id = $"remote:{world.Employee.RemoteId}",
            absence_type_id = world.Overtime.Id,
            start_date = "2026-12-14",
            end_date = "2026-12-15",
            start_time = "13:30",
            end_time = "17:00:00",
            employee_note = (string?)null,
        });

        var data = created["data"]!;
        data["employee_id"]!.GetValue<string>().Should().Be(world.Employee.Id);
        data["amount"]!.GetValue<double>().Should().Be(7);
        data["start_time"]!.GetValue<string>().Should().Be("13:30:00");
        data["status"]!.GetValue<string>().Should().Be("REQUESTED");
        data["start_half_day"].Should().BeNull();
        (await world.Balance(world.Overtime)).Should().Be(33);
    }

    [Test]
    public async Task ExceedingTheBalance_SucceedsWithAWarning()
    {
        var world = new AbsenceWorld();

        var created = await world.Client.PostJson("/v1/hris/absences", new
        {
            employee_id = world.Employee.Id,
            absence_type_id = world.Vacation.Id,
            start_date = "2027-01-01",
            end_date = "2027-02-15",
            employee_note = "Sabbatical",
        });

        created["warnings"]!.AsArray().Single()!["message"]!.GetValue<string>().Should().Contain("balance");
        (await world.Balance(world.Vacation)).Should().Be(28 - 46);
    }

    [TestCase("""{"absence_type_id":"{vacation}","start_date":"2026-12-21","end_date":"2026-12-21","employee_note":null}""", "employee_id")]
    [TestCase("""{"employee_id":"unknown","absence_type_id":"{vacation}","start_date":"2026-12-21","end_date":"2026-12-21","employee_note":null}""", "employee_id")]
    [TestCase("""{"employee_id":"{employee}","absence_type_id":"unknown","start_date":"2026-12-21","end_date":"2026-12-21","employee_note":null}""", "absence_type_id")]
    [TestCase("""{"employee_id":"{employee}","absence_type_id":"{vacation}","start_date":"2026-12-22","end_date":"2026-12-21","employee_note":null}""", "end_date")]
    [TestCase("""{"employee_id":"{employee}","absence_type_id":"{vacation}","start_date":"2026-12-21","end_date":"2026-12-21"}""", "employee_note")]
    [TestCase("""{"employee_id":"{employee}","absence_type_id":"{sick}","start_date":"2026-12-21","end_date":"2026-12-21","start_half_day":true,"employee_note":null}""", "half_day")]
    [TestCase("""{"employee_id":"{employee}","absence_type_id":"{vacation}","start_date":"2026-12-21","end_date":"2026-12-21","start_time":"09:00","end_time":"12:00","employee_note":null}""", "start_time")]
    [TestCase("""{"employee_id":"{employee}","absence_type_id":"{overtime}","start_date":"2026-12-21","end_date":"2026-12-21","start_time":"09:00","employee_note":null}""", "end_time")]
    [TestCase("""{"employee_id":"{employee}","absence_type_id":"{overtime}","start_date":"2026-12-21","end_date":"2026-12-21","start_time":"12:00","end_time":"09:00","employee_note":null}""", "end_time")]
    [TestCase("""{"employee_id":"{employee}","absence_type_id":"{vacation}","start_date":"2026-12-21","end_date":"2026-12-21","status":"DECLINED","employee_note":null}""", "status")]
    [TestCase("""{"employee_id":"{employee}","absence_type_id":"{vacation}","start_date":"2026-12-21","end_date":"2026-12-21","amount":2,"employee_note":null}""", "unit")]
    [TestCase("""{"employee_id":"{employee}","absence_type_id":"{vacation}","start_date":"2026-12-21","end_date":"2026-12-21","amount":-1,"unit":"DAYS","employee_note":null}""", "amount")]
    [TestCase("""{"employee_id":"{employee}","absence_type_id":"{vacation}","start_date":"21.12.2026","end_date":"2026-12-21","employee_note":null}""", "start_date")]
    [TestCase("""{"employee_id":"{employee}","absence_type_id":"{vacation}","start_date":"2026-12-21","end_date":"2026-12-21","start_half_day":"yes","employee_note":null}""", "start_half_day")]
    public async Task WithInvalidBody_AnswersInputInvalidAndChangesNothing(string template, string field)
    {
        var world = new AbsenceWorld();
        var json = template.Replace("{employee}", world.Employee.Id, StringComparison.Ordinal)
            .Replace("{vacation}", world.Vacation.Id, StringComparison.Ordinal)
            .Replace("{sick}", world.Sick.Id, StringComparison.Ordinal)
            .Replace("{overtime}", world.Overtime.Id, StringComparison.Ordinal);
        var before = world.State;

        var body = await world.Client.PostJson("/v1/hris/absences", json, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain(field);
        world.State.Should().BeSameAs(before, "a rejected write publishes nothing");
        (await world.Client.GetJson("/v1/hris/absences")).Results().Should().HaveCount(2);
    }

    [Test]
    public async Task ForToolWithoutAbsenceWrites_AnswersActionNotAvailable()
    {
        var world = new AbsenceWorld("workday");

        var body = await world.Client.PostJson("/v1/hris/absences", new
        {
            employee_id = world.Employee.Id,
            absence_type_id = world.Vacation.Id,
            start_date = "2026-12-21",
            end_date = "2026-12-21",
            employee_note = (string?)null,
        }, HttpStatusCode.NotImplemented);

        body.ErrorCode().Should().Be("INTEGRATION.ACTION_NOT_AVAILABLE");
        world.State.Absences.Count.Should().Be(2);
    }
}

public class DeleteAbsenceTests
{
    [Test]
    public async Task DeleteAbsence_HidesItRestoresTheBalanceAndShowsItWithIncludeDeleted()
    {
        var world = new AbsenceWorld();
        var created = await world.Client.PostJson("/v1/hris/absences", new
        {
            employee_id = world.Employee.Id,
            absence_type_id = world.Vacation.Id,
            start_date = "2026-12-28",
            end_date = "2026-12-30",
            employee_note = (string?)null,
        });
        var id = created["data"]!["id"]!.GetValue<string>();

        var deleted = await world.Client.SendJson(HttpMethod.Delete, $"/v1/hris/absences/{id}", null);
        var visible = await world.Client.GetJson("/v1/hris/absences");
        var all = await world.Client.GetJson("/v1/hris/absences?include_deleted=true");

        deleted["data"]!["status"]!.GetValue<string>().Should().Be("DELETED");
        deleted["data"]!["remote_deleted_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        deleted["warnings"]!.AsArray().Should().BeEmpty();
        visible.Ids().Should().NotContain(id);
        all.Results().Single(r => r!["id"]!.GetValue<string>() == id)!["remote_deleted_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        (await world.Balance(world.Vacation)).Should().Be(28);
    }

    [Test]
    public async Task DeletingTwice_AnswersNotFoundTheSecondTime()
    {
        var world = new AbsenceWorld();
        await world.Client.SendJson(HttpMethod.Delete, $"/v1/hris/absences/{world.PastAbsence.Id}", null);
        var balanceAfterFirst = await world.Balance(world.Vacation);

        var second = await world.Client.SendJson(HttpMethod.Delete, $"/v1/hris/absences/{world.PastAbsence.Id}", null, HttpStatusCode.NotFound);

        second.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        second["error"]!["message"]!.GetValue<string>().Should().Contain(world.PastAbsence.Id);
        balanceAfterFirst.Should().Be(30, "the deleted 2 days went back");
        (await world.Balance(world.Vacation)).Should().Be(30, "a failed delete changes nothing");
    }

    [Test]
    public async Task WithUnknownAbsence_AnswersNotFound()
    {
        var world = new AbsenceWorld();

        var body = await world.Client.SendJson(HttpMethod.Delete, "/v1/hris/absences/unknown", """{"remote_fields":{}}""", HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
    }
}
