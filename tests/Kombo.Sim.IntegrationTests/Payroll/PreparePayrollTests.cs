using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Payroll;

public class PreparePayrollTests
{
    private static readonly object November = new
    {
        payroll_run = new { date = "2026-11-30" },
        hourly_payments = new[] { new { hours = 14.5, lohnart = 200 }, new { hours = 16.0, lohnart = 232 } },
        fixed_payments = new[] { new { amount = 560.0, lohnart = 100 } },
        custom_lodas = new[] { new { amount = 8.0, lohnart = 300, bearbeitungsschluessel = 4 } },
    };

    [Test]
    public async Task PreparedPayroll_IsBookedByThePayrollPushOfItsMonth()
    {
        var world = new PayrollWorld();

        var written = await world.Put(PayrollWorld.PreparePayroll(world.Employee.Id), November);
        var pushed = await world.Client.PostJson(PayrollWorld.PayrollPush, new { payroll_month = "2026-11-01" });
        var listed = await world.ListDataPushes();

        written["data"]!.AsObject().Should().BeEmpty();
        written["warnings"]!.AsArray().Should().BeEmpty();
        var file = pushed["data"]!["files"]!.AsArray().Single()!;
        file["name"]!.GetValue<string>().Should().Be("LODAS_Bewegungsdaten_2026-11.txt");
        var pnr = world.Employee.RemoteId;
        file["content"]!.GetValue<string>().Should().EndWith(
            $"[Bewegungsdaten]\r\n10;01/11/2026;{pnr};200;1;14,50;\r\n10;01/11/2026;{pnr};232;1;16,00;\r\n10;01/11/2026;{pnr};100;2;560,00;\r\n10;01/11/2026;{pnr};300;4;8,00;\r\n");
        var push = listed.Single()!;
        push["type"]!.GetValue<string>().Should().Be("PAYROLL");
        push["created_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        push["upload_jobs"]!.AsArray().Single()!["file"]!.GetValue<string>().Should().Be(file["content"]!.GetValue<string>());
        push["upload_jobs"]![0]!["state"]!.GetValue<string>().Should().Be("UPLOADED");
    }

    [Test]
    public async Task PreparingTheSameMonthAgain_ReplacesTheEarlierPreparation()
    {
        var world = new PayrollWorld();
        await world.Put(PayrollWorld.PreparePayroll(world.Employee.Id), November);

        await world.Put(PayrollWorld.PreparePayroll($"remote:{world.Employee.RemoteId}"), new
        {
            payroll_run = new { date = "2026-11-01" },
            hourly_payments = Array.Empty<object>(),
            fixed_payments = new[] { new { amount = 99.99, lohnart = 101 } },
        });
        var content = PayrollWorld.OnlyFile(await world.Client.PostJson(PayrollWorld.PayrollPush, new { payroll_month = "2026-11-01" }));

        content.Should().EndWith($"[Bewegungsdaten]\r\n10;01/11/2026;{world.Employee.RemoteId};101;2;99,99;\r\n");
    }

    [Test]
    public async Task PreparationsOfSeveralEmployeesAndMonths_ArePushedPerMonthInEmployeeOrder()
    {
        var world = new PayrollWorld();
        var hours = new { hours = 1.0, lohnart = 200 };
        await world.Put(PayrollWorld.PreparePayroll(world.Colleague.Id), new { payroll_run = new { date = "2026-11-10" }, hourly_payments = new[] { hours }, fixed_payments = Array.Empty<object>() });
        await world.Put(PayrollWorld.PreparePayroll(world.Employee.Id), new { payroll_run = new { date = "2026-11-20" }, hourly_payments = new[] { hours }, fixed_payments = Array.Empty<object>() });
        await world.Put(PayrollWorld.PreparePayroll(world.Employee.Id), new { payroll_run = new { date = "2026-12-01" }, hourly_payments = new[] { hours }, fixed_payments = Array.Empty<object>() });

        var content = PayrollWorld.OnlyFile(await world.Client.PostJson(PayrollWorld.PayrollPush, new { payroll_month = "2026-11-01T00:00:00.000Z" }));

        content.Should().EndWith($"[Bewegungsdaten]\r\n10;01/11/2026;{world.Employee.RemoteId};200;1;1,00;\r\n10;01/11/2026;{world.Colleague.RemoteId};200;1;1,00;\r\n");
        content.Should().NotContain("01/12/2026");
    }

    [Test]
    public async Task WithUnknownEmployee_AnswersNotFoundAndStoresNothing()
    {
        var world = new PayrollWorld();
        var before = world.DatevPayroll;

        var body = await world.Put(PayrollWorld.PreparePayroll("remote:404"), November, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Be("Employee with ID remote:404 not found.");
        world.DatevPayroll.Should().BeSameAs(before);
    }

    [TestCase("""{"hourly_payments":[],"fixed_payments":[]}""", "payroll_run")]
    [TestCase("""{"payroll_run":{"date":"30.11.2026"},"hourly_payments":[],"fixed_payments":[]}""", "payroll_run.date")]
    [TestCase("""{"payroll_run":{"date":"2026-11-30"},"fixed_payments":[]}""", "hourly_payments")]
    [TestCase("""{"payroll_run":{"date":"2026-11-30"},"hourly_payments":[]}""", "fixed_payments")]
    [TestCase("""{"payroll_run":{"date":"2026-11-30"},"hourly_payments":[{"hours":-1,"lohnart":200}],"fixed_payments":[]}""", "hourly_payments[0].hours")]
    [TestCase("""{"payroll_run":{"date":"2026-11-30"},"hourly_payments":[{"hours":745,"lohnart":200}],"fixed_payments":[]}""", "hourly_payments[0].hours")]
    [TestCase("""{"payroll_run":{"date":"2026-11-30"},"hourly_payments":[{"hours":"8","lohnart":200}],"fixed_payments":[]}""", "hours")]
    [TestCase("""{"payroll_run":{"date":"2026-11-30"},"hourly_payments":[],"fixed_payments":[{"amount":10,"lohnart":0}]}""", "fixed_payments[0].lohnart")]
    [TestCase("""{"payroll_run":{"date":"2026-11-30"},"hourly_payments":[],"fixed_payments":[{"amount":10,"lohnart":100.5}]}""", "fixed_payments[0].lohnart")]
    [TestCase("""{"payroll_run":{"date":"2026-11-30"},"hourly_payments":[],"fixed_payments":[{"lohnart":100}]}""", "fixed_payments[0].amount")]
    [TestCase("""{"payroll_run":{"date":"2026-11-30"},"hourly_payments":[],"fixed_payments":[null]}""", "fixed_payments[0]")]
    [TestCase("""{"payroll_run":{"date":"2026-11-30"},"hourly_payments":[],"fixed_payments":[],"custom_lodas":[{"amount":1,"lohnart":300}]}""", "custom_lodas[0].bearbeitungsschluessel")]
    [TestCase("""{"payroll_run":{"date":"2026-11-30"},"hourly_payments":[],"fixed_payments":[],"custom_lodas":[{"amount":1,"lohnart":300,"bearbeitungsschluessel":100}]}""", "custom_lodas[0].bearbeitungsschluessel")]
    public async Task WithInvalidBody_AnswersInputInvalidAndStoresNothing(string json, string field)
    {
        var world = new PayrollWorld();
        var before = world.DatevPayroll;

        var body = await world.Client.SendJson(HttpMethod.Put, PayrollWorld.PreparePayroll(world.Employee.Id), json, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain(field);
        world.DatevPayroll.Should().BeSameAs(before);
        (await world.Client.PostJson(PayrollWorld.PayrollPush, new { payroll_month = "2026-11-01" }))["data"]!["files"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task ForDatevHr_AnswersNotAvailableAndStoresNothing()
    {
        var world = new PayrollWorld(datevTool: "datevhr");
        var before = world.DatevPayroll;

        var body = await world.Put(PayrollWorld.PreparePayroll(world.Employee.Id), November, HttpStatusCode.NotImplemented);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID", "DATEV operations only answer PLATFORM codes");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("not yet available");
        world.DatevPayroll.Should().BeSameAs(before);
    }
}
