using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.State;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Payroll;

/// <summary>
/// A DATEV integration with two employees (the first on 5000 EUR a month, with an approved vacation in December and
/// a declined one), a Silae integration with one employee, and a Personio integration for "not available" checks.
/// </summary>
internal sealed class PayrollWorld
{
    public const string GeneralPush = "/v1/custom/datev/push-data/general";
    public const string PayrollPush = "/v1/custom/datev/push-data/payroll";
    public const string DataPushes = "/v1/custom/datev/data-pushes";

    public PayrollWorld(SimulatorHost? host = null, string datevTool = "datev")
    {
        var builder = new TenantBuilder();
        Datev = builder.Hris(datevTool);
        Vacation = Datev.AbsenceType("Urlaub");
        Employee = Datev.Employee(e => e with { JobTitle = "Werkleiter", WeeklyHours = 40 });
        Datev.Employment(Employee);
        Datev.Absence(Employee, Vacation, "2026-12-21", "2026-12-23");
        Datev.Absence(Employee, Vacation, "2026-12-28", "2026-12-30", a => a with { Status = "DECLINED" });
        Colleague = Datev.Employee();
        Silae = builder.Hris("silae");
        SilaeEmployee = Silae.Employee();
        Personio = builder.Hris("personio");
        PersonioEmployee = Personio.Employee();
        Tenant = builder.Build(host ?? Simulator.Host);
        Client = Tenant.Client(Datev.IntegrationId);
    }

    public Tenant Tenant { get; }

    /// <summary>Authenticated as the tenant, with the DATEV integration.</summary>
    public HttpClient Client { get; }

    public HrisBuilder Datev { get; }

    public HrisBuilder Silae { get; }

    public HrisBuilder Personio { get; }

    public AbsenceType Vacation { get; }

    public Employee Employee { get; }

    public Employee Colleague { get; }

    public Employee SilaeEmployee { get; }

    public Employee PersonioEmployee { get; }

    public PayrollData DatevPayroll => Tenant.State(Datev.IntegrationId).Payroll;

    public PayrollData SilaePayroll => Tenant.State(Silae.IntegrationId).Payroll;

    public static string PreparePayroll(string employeeId) => $"/v1/custom/datev/employees/{employeeId}/prepare-payroll";

    public static string Compensations(string employeeId) => $"/v1/custom/datev/employees/{employeeId}/compensations";

    public static string Supplements(string employeeId) => $"/v1/custom/silae/employees/{employeeId}/payroll-supplements";

    public Task<JsonNode> Put(string url, object body, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK) =>
        Client.SendJson(HttpMethod.Put, url, body, expected);

    /// <summary>The content of the single file a push answered with.</summary>
    public static string OnlyFile(JsonNode pushed) => pushed["data"]!["files"]!.AsArray().Single()!["content"]!.GetValue<string>();

    public async Task<string> GeneralFile() => OnlyFile(await Client.PostJson(GeneralPush, new { }));

    public async Task<JsonArray> ListDataPushes() => (await Client.GetJson(DataPushes))["data"]!["data_pushes"]!.AsArray();
}
