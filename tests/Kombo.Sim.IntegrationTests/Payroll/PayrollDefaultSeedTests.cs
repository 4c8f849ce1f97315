using Kombo.Sim.IntegrationTests.Infrastructure;
using Kombo.Sim.IntegrationTests.Seeding;

namespace Kombo.Sim.IntegrationTests.Payroll;

/// <summary>The DATEV and Silae endpoints on the real default world (seed-data/).</summary>
public class PayrollDefaultSeedTests
{
    public const string Datev = "datev:CuapXC3CxN1j8KY3wu12uRXi";
    public const string Silae = "silae:5KABF6UCg6mVQgiWcvZWubf5";

    private SimulatorHost _host = null!;

    [OneTimeSetUp]
    public void Start() => _host = DefaultSeedTests.StartWithDefaultSeed();

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    [Test]
    public async Task DatevLodas_PushesTheSeededCompanyAndPreparedPayroll()
    {
        var client = DefaultSeedTests.DefaultClient(_host, Datev);
        await client.SendJson(HttpMethod.Put, "/v1/custom/datev/employees/remote:1001/compensations", new
        {
            effective_date = "2026-12-01",
            compensations = new[] { new { amount = 7500, currency = "EUR", period = "MONTH", lohnart = 2001 } },
        });
        await client.SendJson(HttpMethod.Put, "/v1/custom/datev/employees/remote:1002/prepare-payroll", new
        {
            payroll_run = new { date = "2026-11-01" },
            hourly_payments = new[] { new { hours = 14, lohnart = 200 } },
            fixed_payments = new[] { new { amount = 560, lohnart = 100 } },
        });

        var general = PayrollWorld.OnlyFile(await client.PostJson("/v1/custom/datev/push-data/general", new { }));
        var payroll = PayrollWorld.OnlyFile(await client.PostJson("/v1/custom/datev/push-data/payroll", new { payroll_month = "2026-11-01" }));
        var pushes = (await client.GetJson("/v1/custom/datev/data-pushes"))["data"]!["data_pushes"]!.AsArray();

        general[general.IndexOf("[Stammdaten]", StringComparison.Ordinal)..].Split("\r\n").Count(l => l.StartsWith("100;", StringComparison.Ordinal)).Should().Be(6, "the seed has six DATEV employees");
        general.Should().Contain("100;1001;'Weiß';'Ralf';'Allersberger Straße 90';'90461';'Nürnberg';01/01/1990;\r\n");
        general.Should().Contain("200;1001;1;2001;7500,00;\r\n", "the compensation set through the API");
        general.Should().Contain("200;1002;1;2000;4300,00;\r\n", "the seeded employment's salary");
        payroll.Should().EndWith("[Bewegungsdaten]\r\n10;01/11/2026;1002;200;1;14,00;\r\n10;01/11/2026;1002;100;2;560,00;\r\n");
        pushes.Select(p => p!["type"]!.GetValue<string>()).Should().Equal("PAYROLL", "GENERAL");
    }

    [Test]
    public async Task Silae_StoresASupplementForASeededEmployee()
    {
        var client = DefaultSeedTests.DefaultClient(_host, Silae);

        var written = await client.PostJson("/v1/custom/silae/employees/remote:1003/payroll-supplements", new
        {
            supplement_code = "200",
            effective_date = "2026-12-01",
            element_amount = 6,
        });

        written["status"]!.GetValue<string>().Should().Be("success");
        var environment = _host.World.FindEnvironmentByApiKey(DefaultSeedTests.ApiKey)!;
        var stored = _host.World.FindIntegration(environment.Id, Silae)!.Current.Payroll.SilaeSupplements;
        stored.Should().ContainSingle().Which.EmployeeId.Should().Be("EDhjBZzxybbaRCBwfbJecCjq");
    }
}
