using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Payroll;

/// <summary>
/// DATEV operations answer "not available" for every other tool, Silae's for every tool but Silae. Their error schema
/// is Kombo's General one, so the refusal keeps the 501 but carries PLATFORM.INPUT_INVALID (docs/adr/0005).
/// </summary>
public class NotAvailableTests
{
    private static readonly object Compensations = new { effective_date = "2026-12-01", compensations = Array.Empty<object>() };

    private static readonly object Preparation = new { payroll_run = new { date = "2026-12-01" }, hourly_payments = Array.Empty<object>(), fixed_payments = Array.Empty<object>() };

    private static readonly object Supplement = new { supplement_code = "200", effective_date = "2026-12-01", element_amount = 6 };

    private static readonly object RawFile = new
    {
        file_content = "[Allgemein]\nZiel=LODAS\nBeraterNr=1\nMandantenNr=1\n[Satzbeschreibung]\n1;u_lod_psd_mitarbeiter;pnr#psd;\n[Stammdaten]\n1;1001;\n",
        accounting_month = "2026-12-01",
        target_system = "LODAS",
        file_type = "STAMMDATEN",
        file_name = "a.txt",
    };

    public static IEnumerable<TestCaseData> DatevOperations()
    {
        yield return new TestCaseData("POST", "/v1/custom/datev/passthrough", RawFile).SetArgDisplayNames("passthrough");
        yield return new TestCaseData("PUT", "/v1/custom/datev/employees/{employee}/prepare-payroll", Preparation).SetArgDisplayNames("prepare-payroll");
        yield return new TestCaseData("PUT", "/v1/custom/datev/employees/{employee}/compensations", Compensations).SetArgDisplayNames("compensations");
        yield return new TestCaseData("GET", "/v1/custom/datev/data-pushes", null).SetArgDisplayNames("data-pushes");
        yield return new TestCaseData("POST", "/v1/custom/datev/push-data/general", new { }).SetArgDisplayNames("push-data/general");
        yield return new TestCaseData("POST", "/v1/custom/datev/push-data/payroll", new { payroll_month = "2026-12-01" }).SetArgDisplayNames("push-data/payroll");
    }

    [TestCaseSource(nameof(DatevOperations))]
    public async Task DatevOperation_ForAPersonioIntegration_AnswersNotAvailableAndStoresNothing(string method, string path, object? body)
    {
        var world = new PayrollWorld();
        var client = world.Tenant.Client(world.Personio.IntegrationId);
        var before = world.Tenant.State(world.Personio.IntegrationId);

        var answer = await client.SendJson(new HttpMethod(method), path.Replace("{employee}", world.PersonioEmployee.Id, StringComparison.Ordinal), body, HttpStatusCode.NotImplemented);

        answer.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        answer["error"]!["message"]!.GetValue<string>().Should().Contain("not available for Personio integrations").And.Contain("needs a DATEV integration");
        world.Tenant.State(world.Personio.IntegrationId).Should().BeSameAs(before);
    }

    [TestCaseSource(nameof(DatevOperations))]
    public async Task DatevOperation_ForASilaeIntegration_AnswersNotAvailable(string method, string path, object? body)
    {
        var world = new PayrollWorld();
        var client = world.Tenant.Client(world.Silae.IntegrationId);

        var answer = await client.SendJson(new HttpMethod(method), path.Replace("{employee}", world.SilaeEmployee.Id, StringComparison.Ordinal), body, HttpStatusCode.NotImplemented);

        answer.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        world.SilaePayroll.DataPushes.Should().BeEmpty();
    }

    [TestCase("personio")]
    [TestCase("datev")]
    public async Task SilaeSupplement_ForAnotherTool_AnswersNotAvailableAndStoresNothing(string tool)
    {
        var world = new PayrollWorld();
        var (integration, employee) = tool == "datev" ? (world.Datev, world.Employee) : (world.Personio, world.PersonioEmployee);
        var before = world.Tenant.State(integration.IntegrationId);

        var answer = await world.Tenant.Client(integration.IntegrationId).PostJson(PayrollWorld.Supplements(employee.Id), Supplement, HttpStatusCode.NotImplemented);

        answer.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        answer["error"]!["message"]!.GetValue<string>().Should().Contain("needs a Silae integration");
        world.Tenant.State(integration.IntegrationId).Should().BeSameAs(before);
    }
}
