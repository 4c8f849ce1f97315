using System.Collections.Immutable;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Domain.Payroll;
using Kombo.Sim.Api.Domain.Payroll.Lodas;

namespace Kombo.Sim.UnitTests.Payroll;

public class LodasExportsTests
{
    private static readonly DatevClient Client = new(1234567, 99999);
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly December = new(2026, 12, 1);

    [Test]
    public void General_ExportsThePersonEmploymentCompensationsAndTimeOff()
    {
        var employee = Employee("1001") with
        {
            HomeAddress = new Address { Street1 = "Hauptstraße 1", ZipCode = "90403", City = "Nürnberg" },
            DateOfBirth = new DateTimeOffset(1990, 1, 2, 0, 0, 0, TimeSpan.Zero),
            TerminationDate = new DateTimeOffset(2027, 3, 31, 0, 0, 0, TimeSpan.Zero),
        };
        Compensation[] compensations =
        [
            new() { Amount = 4500, Period = Compensation.Month, Lohnart = 200 },
            new() { Amount = 250, Period = Compensation.Month },
            new() { Amount = 30, Period = Compensation.Hour, Lohnart = 5 },
        ];
        TimeOff[] timeOff = [new(new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 24), "6001")];

        var file = LodasExports.General(Client, December, [new EmployeeGeneralData(employee, compensations, timeOff)]);

        file.Name.Should().Be("LODAS_Stammdaten_2026-12.txt");
        file.Content.Should().Contain("StammdatenGueltigAb=01/12/2026\r\n");
        file.Content.Should().Contain("100;1001;'Last';'First';'Hauptstraße 1';'90403';'Nürnberg';02/01/1990;\r\n");
        file.Content.Should().Contain("101;1001;01/01/2020;31/03/2027;\r\n");
        file.Content.Should().Contain("200;1001;1;200;4500,00;\r\n200;1001;2;2000;250,00;\r\n", "a monthly compensation without Lohnart takes the default");
        file.Content.Should().Contain("201;1001;30,00;\r\n", "hourly wages ignore the Lohnart");
        file.Content.Should().Contain("300;1001;21/12/2026;24/12/2026;'6001';\r\n");
        DatevFileCheck.CheckLodas(file.Content, LodasSection.Stammdaten).Should().BeEmpty();
    }

    [Test]
    public void General_DescribesAsManyHourlyWageSlotsAsTheEmployeeWithTheMostHourlyRates()
    {
        Compensation[] twoRates = [new() { Amount = 20, Period = Compensation.Hour }, new() { Amount = 25, Period = Compensation.Hour }];

        var file = LodasExports.General(Client, December,
        [
            new EmployeeGeneralData(Employee("1001"), twoRates, []),
            new EmployeeGeneralData(Employee("1002"), [], []),
        ]);

        file.Content.Should().Contain("201;u_lod_psd_lohn_gehalt_bezuege;pnr#psd;std_lohn_1#psd;std_lohn_2#psd;\r\n");
        file.Content.Should().Contain("201;1001;20,00;25,00;\r\n");
        file.Content.Should().NotContain("201;1002;");
        DatevFileCheck.CheckLodas(file.Content, LodasSection.Stammdaten).Should().BeEmpty();
    }

    [Test]
    public void Payroll_BooksHoursAmountsAndCustomLinesWithTheirBearbeitungsschluessel()
    {
        var preparation = new PayrollPreparation
        {
            EmployeeId = "e",
            Month = new DateOnly(2026, 11, 1),
            RunDate = new DateOnly(2026, 11, 30),
            HourlyPayments = [new HourlyPayment(14.5, 200)],
            FixedPayments = [new FixedPayment(560, 100)],
            CustomLodas = [new CustomLodasEntry(8, 300, 4)],
            PreparedAt = At,
        };

        var file = LodasExports.Payroll(Client, new DateOnly(2026, 11, 1), [new EmployeePayrollData(Employee("1002"), preparation)]);

        file.Name.Should().Be("LODAS_Bewegungsdaten_2026-11.txt");
        file.Content.Should().EndWith("[Bewegungsdaten]\r\n10;01/11/2026;1002;200;1;14,50;\r\n10;01/11/2026;1002;100;2;560,00;\r\n10;01/11/2026;1002;300;4;8,00;\r\n");
        file.Content.Should().NotContain("StammdatenGueltigAb");
        DatevFileCheck.CheckLodas(file.Content, LodasSection.Bewegungsdaten).Should().BeEmpty();
    }

    [Test]
    public void PersonnelNumber_IsTheRemoteIdElseTheEmployeeNumberElseTheId()
    {
        var employee = Employee("1001");

        LodasExports.PersonnelNumber(employee).Should().Be("1001");
        LodasExports.PersonnelNumber(employee with { RemoteId = null, EmployeeNumber = "42" }).Should().Be("42");
        LodasExports.PersonnelNumber(employee with { RemoteId = null, EmployeeNumber = null }).Should().Be("id-1001");
    }

    private static Employee Employee(string remoteId) => new()
    {
        Id = "id-" + remoteId,
        RemoteId = remoteId,
        FirstName = "First",
        LastName = "Last",
        JobTitle = "Engineer",
        WeeklyHours = 40,
        StartDate = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ChangedAt = At,
        TouchedAt = At,
        Attachments = ImmutableList<StoredFile>.Empty,
    };
}
