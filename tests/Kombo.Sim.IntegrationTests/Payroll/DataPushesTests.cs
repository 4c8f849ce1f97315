using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Payroll;

public class DataPushesTests
{
    private static readonly object Hours = new
    {
        payroll_run = new { date = "2026-11-30" },
        hourly_payments = new[] { new { hours = 8.0, lohnart = 200 } },
        fixed_payments = Array.Empty<object>(),
    };

    [Test]
    public async Task WithoutPushes_ListsNone()
    {
        var world = new PayrollWorld();

        var body = await world.Client.GetJson(PayrollWorld.DataPushes);

        body["data"]!["data_pushes"]!.AsArray().Should().BeEmpty();
        body.AsObject().Should().NotContainKey("warnings");
    }

    [Test]
    public async Task Pushes_AreListedNewestFirstWithTheirFiles()
    {
        using var host = new SimulatorHost();
        var world = new PayrollWorld(host);
        await world.Put(PayrollWorld.PreparePayroll(world.Employee.Id), Hours);
        var general = await world.Client.PostJson(PayrollWorld.GeneralPush, new { });
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        var payroll = await world.Client.PostJson(PayrollWorld.PayrollPush, new { payroll_month = "2026-11-01" });
        var listed = await world.ListDataPushes();

        listed.Select(p => p!["type"]!.GetValue<string>()).Should().Equal("PAYROLL", "GENERAL");
        listed.Select(p => p!["created_at"]!.GetValue<string>()).Should().Equal("2026-12-01T09:05:00.000Z", "2026-12-01T09:00:00.000Z");
        listed[1]!["upload_jobs"]![0]!["file_name"]!.GetValue<string>().Should().Be("LODAS_Stammdaten_2026-12.txt");
        listed[1]!["upload_jobs"]![0]!["file"]!.GetValue<string>().Should().Be(PayrollWorld.OnlyFile(general));
        listed[0]!["upload_jobs"]![0]!["file"]!.GetValue<string>().Should().Be(PayrollWorld.OnlyFile(payroll));
        listed.Select(p => p!["id"]!.GetValue<string>()).Should().OnlyHaveUniqueItems().And.AllSatisfy(id => id.Should().HaveLength(24));
    }

    [Test]
    public async Task PushesOlderThanTwoMonths_AreNoLongerListed()
    {
        using var host = new SimulatorHost();
        var world = new PayrollWorld(host);
        await world.Client.PostJson(PayrollWorld.GeneralPush, new { });
        host.Clock.Set(new DateTimeOffset(2026, 12, 15, 0, 0, 0, TimeSpan.Zero));
        await world.Client.PostJson(PayrollWorld.GeneralPush, new { });

        host.Clock.Set(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
        var atTwoMonths = await world.ListDataPushes();
        host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var justAfter = await world.ListDataPushes();
        host.Clock.Set(new DateTimeOffset(2027, 2, 15, 0, 0, 1, TimeSpan.Zero));
        var later = await world.ListDataPushes();

        atTwoMonths.Should().HaveCount(2, "a push exactly two months old is still listed");
        justAfter.Select(p => p!["created_at"]!.GetValue<string>()).Should().Equal("2026-12-15T00:00:00.000Z");
        later.Should().BeEmpty();
        world.DatevPayroll.DataPushes.Should().HaveCount(2, "old pushes are kept, only no longer listed");
    }

    [Test]
    public async Task GeneralPush_ExportsEveryEmployeeAndTheApprovedTimeOffOfThisMonthOnward()
    {
        var world = new PayrollWorld();
        var pnr = world.Employee.RemoteId;

        var pushed = await world.Client.PostJson(PayrollWorld.GeneralPush, new { });

        pushed["warnings"]!.AsArray().Should().BeEmpty();
        var file = pushed["data"]!["files"]!.AsArray().Single()!;
        file["name"]!.GetValue<string>().Should().Be("LODAS_Stammdaten_2026-12.txt");
        var content = file["content"]!.GetValue<string>();
        content.Should().StartWith("[Allgemein]\r\nZiel=LODAS\r\n");
        content.Should().Contain("StammdatenGueltigAb=01/12/2026\r\n");
        content.Should().Contain($"100;{pnr};'Last1';'First1';");
        content.Should().Contain($"101;{pnr};01/01/2020;;\r\n102;{pnr};'Werkleiter';\r\n103;{pnr};40,00;\r\n");
        content.Should().Contain($"300;{pnr};21/12/2026;23/12/2026;'{world.Vacation.RemoteId}';\r\n");
        content.Should().NotContain("28/12/2026", "a declined absence is not time off");
    }

    [Test]
    public async Task GeneralPush_WithoutEmployees_UploadsNothingAndWarns()
    {
        HrisBuilder datev = null!;
        var tenant = Simulator.CreateTenant(t => datev = t.Hris("datevlug"));
        var client = tenant.Client(datev.IntegrationId);

        var pushed = await client.PostJson(PayrollWorld.GeneralPush, new { });

        pushed["data"]!["files"]!.AsArray().Should().BeEmpty();
        pushed["warnings"]!.AsArray().Single()!["message"]!.GetValue<string>().Should().Contain("no employees");
        tenant.State(datev.IntegrationId).Payroll.DataPushes.Should().BeEmpty();
    }

    [Test]
    public async Task PayrollPush_WithNothingPrepared_UploadsNothingAndWarns()
    {
        var world = new PayrollWorld();
        await world.Put(PayrollWorld.PreparePayroll(world.Employee.Id), Hours);

        var pushed = await world.Client.PostJson(PayrollWorld.PayrollPush, new { payroll_month = "2026-12-01" });

        pushed["data"]!["files"]!.AsArray().Should().BeEmpty();
        pushed["warnings"]!.AsArray().Single()!["message"]!.GetValue<string>().Should().Contain("2026-12");
        (await world.ListDataPushes()).Should().BeEmpty();
    }

    [TestCase("""{"payroll_month":"2026-11-15"}""")]
    [TestCase("""{"payroll_month":"11/2026"}""")]
    [TestCase("""{}""")]
    [TestCase("""{"payroll_month":20261101}""")]
    public async Task PayrollPush_WithoutTheFirstDayOfAMonth_AnswersInputInvalidAndStoresNothing(string json)
    {
        var world = new PayrollWorld();
        await world.Put(PayrollWorld.PreparePayroll(world.Employee.Id), Hours);
        var before = world.DatevPayroll;

        var body = await world.Client.PostJson(PayrollWorld.PayrollPush, json, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("payroll_month");
        world.DatevPayroll.Should().BeSameAs(before);
    }
}
