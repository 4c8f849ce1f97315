using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Payroll;

public class SetCompensationsTests
{
    [Test]
    public async Task SetCompensations_AreExportedByTheGeneralPush()
    {
        var world = new PayrollWorld();
        var pnr = world.Employee.RemoteId;

        var written = await world.Put(PayrollWorld.Compensations(world.Employee.Id), new
        {
            effective_date = "2026-12-01",
            compensations = new object[]
            {
                new { amount = 4500.5, currency = "EUR", period = "MONTH", lohnart = 200 },
                new { amount = 150, currency = "EUR", period = "MONTH" },
                new { amount = 30, currency = "EUR", period = "HOUR" },
            },
        });
        var file = await world.GeneralFile();

        written["data"]!.AsObject().Should().BeEmpty();
        written["warnings"]!.AsArray().Should().BeEmpty();
        file.Should().Contain($"200;{pnr};1;200;4500,50;\r\n200;{pnr};2;2000;150,00;\r\n");
        file.Should().Contain($"201;{pnr};30,00;\r\n");
        file.Should().NotContain($"200;{pnr};1;2000;5000,00;", "the set replaced the employment's pay");
    }

    [Test]
    public async Task WithoutCompensationsSet_TheGeneralPushExportsTheEmploymentsPay()
    {
        var world = new PayrollWorld();

        var file = await world.GeneralFile();

        file.Should().Contain($"200;{world.Employee.RemoteId};1;2000;5000,00;\r\n");
        file.Should().NotContain($"200;{world.Colleague.RemoteId};", "the colleague has no employment");
        file.Should().Contain($"100;{world.Colleague.RemoteId};'Last2';'First2';");
    }

    [Test]
    public async Task ASetWithAnEarlierDate_EndsTheLaterOnesAndAnEmptySetEndsAll()
    {
        var world = new PayrollWorld();
        var url = PayrollWorld.Compensations(world.Employee.Id);
        await world.Put(url, new { effective_date = "2026-12-01", compensations = new[] { new { amount = 4000, currency = "EUR", period = "MONTH", lohnart = 200 } } });

        var replaced = await world.Put(url, new { effective_date = "2026-06-01", compensations = new[] { new { amount = 4100, currency = "EUR", period = "MONTH", lohnart = 201 } } });
        var afterReplace = await world.GeneralFile();
        await world.Put(url, new { effective_date = "2026-12-01", compensations = Array.Empty<object>() });
        var afterEnd = await world.GeneralFile();

        replaced["warnings"]!.AsArray().Should().BeEmpty();
        afterReplace.Should().Contain($"200;{world.Employee.RemoteId};1;201;4100,00;\r\n").And.NotContain("4000,00");
        afterEnd.Should().NotContain($"200;{world.Employee.RemoteId};").And.NotContain($"201;{world.Employee.RemoteId};");
        world.DatevPayroll.CompensationsOf(world.Employee.Id).Sets.Select(s => s.EffectiveDate)
            .Should().Equal(new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 1));
    }

    [Test]
    public async Task FutureCompensations_AreExportedFromTheirEffectiveDate()
    {
        using var host = new SimulatorHost();
        var world = new PayrollWorld(host);
        var url = PayrollWorld.Compensations($"remote:{world.Employee.RemoteId}");
        await world.Put(url, new { effective_date = "2026-11-01", compensations = new[] { new { amount = 5200, currency = "EUR", period = "MONTH", lohnart = 200 } } });

        var future = await world.Put(url, new { effective_date = "2027-01-01", compensations = new[] { new { amount = 5600, currency = "EUR", period = "MONTH", lohnart = 200 } } });
        var december = await world.GeneralFile();
        host.Clock.Set(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var january = await world.GeneralFile();

        future["warnings"]!.AsArray().Single()!["message"]!.GetValue<string>().Should().Contain("2027-01-01");
        december.Should().Contain("5200,00").And.NotContain("5600,00");
        january.Should().Contain($"200;{world.Employee.RemoteId};1;200;5600,00;\r\n").And.NotContain("5200,00");
        january.Should().Contain("StammdatenGueltigAb=01/01/2027");
    }

    [Test]
    public async Task HourlyCompensationWithALohnart_IsStoredWithAWarning()
    {
        var world = new PayrollWorld();

        var written = await world.Put(PayrollWorld.Compensations(world.Employee.Id), new
        {
            effective_date = "2026-12-01",
            compensations = new[] { new { amount = 30, currency = "EUR", period = "HOUR", lohnart = 210 } },
        });

        written["warnings"]!.AsArray().Single()!["message"]!.GetValue<string>().Should().StartWith("compensations[0].lohnart");
        (await world.GeneralFile()).Should().Contain($"201;{world.Employee.RemoteId};30,00;\r\n");
    }

    [Test]
    public async Task WithUnknownOrDeletedEmployee_AnswersNotFoundAndStoresNothing()
    {
        var world = new PayrollWorld();
        var before = world.DatevPayroll;
        var body = new { effective_date = "2026-12-01", compensations = Array.Empty<object>() };

        var unknown = await world.Put(PayrollWorld.Compensations("unknown"), body, HttpStatusCode.NotFound);
        var otherIntegrations = await world.Put(PayrollWorld.Compensations(world.SilaeEmployee.Id), body, HttpStatusCode.NotFound);

        unknown.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        otherIntegrations.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        world.DatevPayroll.Should().BeSameAs(before);
    }

    [TestCase("""{"compensations":[]}""", "effective_date")]
    [TestCase("""{"effective_date":"2026-13-01","compensations":[]}""", "effective_date")]
    [TestCase("""{"effective_date":"2026-12-01"}""", "compensations")]
    [TestCase("""{"effective_date":"2026-12-01","compensations":[{"amount":4500,"currency":"USD","period":"MONTH"}]}""", "compensations[0].currency")]
    [TestCase("""{"effective_date":"2026-12-01","compensations":[{"amount":4500,"period":"MONTH"}]}""", "compensations[0].currency")]
    [TestCase("""{"effective_date":"2026-12-01","compensations":[{"amount":4500,"currency":"EUR","period":"YEAR"}]}""", "compensations[0].period")]
    [TestCase("""{"effective_date":"2026-12-01","compensations":[{"amount":0,"currency":"EUR","period":"MONTH"}]}""", "compensations[0].amount")]
    [TestCase("""{"effective_date":"2026-12-01","compensations":[{"amount":-10,"currency":"EUR","period":"MONTH"}]}""", "compensations[0].amount")]
    [TestCase("""{"effective_date":"2026-12-01","compensations":[{"amount":4500,"currency":"EUR","period":"MONTH","lohnart":10000}]}""", "compensations[0].lohnart")]
    [TestCase("""{"effective_date":"2026-12-01","compensations":[{"amount":4500,"currency":"EUR","period":"MONTH","lohnart":"200"}]}""", "lohnart")]
    public async Task WithInvalidBody_AnswersInputInvalidAndStoresNothing(string json, string field)
    {
        var world = new PayrollWorld();
        var before = world.DatevPayroll;

        var body = await world.Client.SendJson(HttpMethod.Put, PayrollWorld.Compensations(world.Employee.Id), json, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain(field);
        world.DatevPayroll.Should().BeSameAs(before);
        (await world.GeneralFile()).Should().Contain($"200;{world.Employee.RemoteId};1;2000;5000,00;");
    }
}
