using System.Net;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Contract;

/// <summary>
/// Calls every operation once with a valid request. Each response is validated against Kombo's schema for that
/// operation by the test client (<see cref="ContractCheckingHandler"/>); this fixture makes the coverage explicit.
/// </summary>
public class ContractTests
{
    private HrisWorld _hris = null!;

    /// <summary>The operations this fixture exercises, by Kombo operation id.</summary>
    public static IEnumerable<string> Operations =>
    [
        "GetCheckApiKey", "GetIntegrationsIntegrationId", "DeleteIntegrationsIntegrationId", "GetToolsCategory",
        "PostHrisProvisioningGroupsGroupIdDiff", "PostHrisProvisioningGroupsGroupIdSetupLinks",
        "GetHrisEmployees", "PostHrisEmployees", "PatchHrisEmployeesEmployeeId", "PostHrisEmployeesEmployeeIdAttachments",
        "GetHrisTeams", "GetHrisGroups", "GetHrisEmployments", "GetHrisLocations", "GetHrisAbsenceTypes",
        "GetHrisTimeOffBalances", "GetHrisAbsences", "PostHrisAbsences", "DeleteHrisAbsencesAbsenceId", "GetHrisLegalEntities",
        "PostCustomDatevPassthrough", "PutCustomDatevEmployeesEmployeeIdPreparePayroll", "PutCustomDatevEmployeesEmployeeIdCompensations",
        "GetCustomDatevDataPushes", "PostCustomDatevPushDataGeneral", "PostCustomDatevPushDataPayroll",
        "PostCustomSilaeEmployeesEmployeeIdPayrollSupplements",
    ];

    [OneTimeSetUp]
    public void CreateWorld() => _hris = new HrisWorld();

    [TestCaseSource(nameof(Operations))]
    public async Task Operation_AnswersWithABodyThatMatchesKombosSchema(string operationId)
    {
        var call = _hris.Call(operationId);

        var response = await call();

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var operation = ContractSchemas.Operations.Single(o => o.OperationId == operationId);
        ContractSchemas.Match(new HttpMethod(operation.Method), response.RequestMessage!.RequestUri!.AbsolutePath)!.OperationId.Should().Be(operationId);
    }

    [Test]
    public void Checker_RejectsABodyThatBreaksTheSchema()
    {
        var problems = ContractSchemas.CheckSuccess("GetHrisAbsences", """{"status":"success","data":{"next":null,"results":[{"id":"a","start_date":"21.12.2026"}]}}""");

        problems.Should().NotBeEmpty();
    }

    [Test]
    public void Checker_RejectsAnErrorCodeOutsideTheOperationsSchema()
    {
        var problems = ContractSchemas.CheckError("PostForceSync", """{"status":"error","error":{"code":"INTEGRATION.INACTIVE","title":null,"message":"m","log_url":null}}""");

        problems.Should().NotBeEmpty("General operations only document PLATFORM codes");
    }

    /// <summary>One HRIS world with a call per operation.</summary>
    private sealed class HrisWorld
    {
        private readonly Tenant _tenant;
        private readonly HrisBuilder _personio = null!;
        private readonly HrisBuilder _silae = null!;
        private readonly HrisBuilder _disposable = null!;
        private readonly HrisBuilder _datev = null!;
        private readonly Employee _employee = null!;
        private readonly Employee _silaeEmployee = null!;
        private readonly Employee _datevEmployee = null!;
        private readonly AbsenceType _vacation = null!;
        private readonly Absence _absence = null!;

        public HrisWorld()
        {
            HrisBuilder personio = null!, silae = null!, disposable = null!, datev = null!;
            Employee employee = null!, silaeEmployee = null!, datevEmployee = null!;
            AbsenceType vacation = null!;
            Absence absence = null!;
            _tenant = Simulator.CreateTenant(t =>
            {
                personio = t.Hris("personio");
                var group = personio.Group("Engineering");
                var location = personio.Location("Berlin");
                var entity = personio.LegalEntity("Acme GmbH");
                vacation = personio.AbsenceType("Vacation", halfDays: true);
                employee = personio.Employee(e => e with { GroupIds = [group.Id], WorkLocationId = location.Id, LegalEntityId = entity.Id });
                personio.Employment(employee);
                personio.Balance(employee, vacation, 30);
                absence = personio.Absence(employee, vacation, "2026-12-10", "2026-12-11");
                silae = t.Hris("silae");
                silaeEmployee = silae.Employee();
                disposable = t.Hris("factorial");
                datev = t.Hris("datev");
                datevEmployee = datev.Employee();
                datev.Employment(datevEmployee);
            });
            (_personio, _silae, _disposable, _employee, _silaeEmployee, _vacation, _absence) = (personio, silae, disposable, employee, silaeEmployee, vacation, absence);
            (_datev, _datevEmployee) = (datev, datevEmployee);
        }

        public Func<Task<HttpResponseMessage>> Call(string operationId)
        {
            var client = _tenant.Client(_personio.IntegrationId);
            return operationId switch
            {
                "GetCheckApiKey" => () => client.GetAsync("/v1/check-api-key"),
                "GetIntegrationsIntegrationId" => () => client.GetAsync($"/v1/integrations/{_personio.IntegrationId}"),
                "DeleteIntegrationsIntegrationId" => () => client.DeleteAsync($"/v1/integrations/{_disposable.IntegrationId}"),
                "GetToolsCategory" => () => client.GetAsync("/v1/tools/hris"),
                "PostHrisProvisioningGroupsGroupIdDiff" => () => Send(client, HttpMethod.Post, "/v1/hris/provisioning-groups/default/diff",
                    new { provisioned_users = new[] { new { origin_id = "1", email = "x@acme.example.com" } }, options = new { employee_fields = new[] { "id", "remote_id", "first_name", "last_name", "groups", "avatar", "work_location_id", "legal_entity_id" } } }),
                "PostHrisProvisioningGroupsGroupIdSetupLinks" => () => Send(client, HttpMethod.Post, "/v1/hris/provisioning-groups/default/setup-links", new { }),
                "GetHrisEmployees" => () => client.GetAsync("/v1/hris/employees"),
                "PostHrisEmployees" => () => Send(client, HttpMethod.Post, "/v1/hris/employees", new { first_name = "Ada", last_name = "Lovelace", work_email = "ada@acme.example.com" }),
                "PatchHrisEmployeesEmployeeId" => () => Send(_tenant.Client(_silae.IntegrationId), HttpMethod.Patch, $"/v1/hris/employees/{_silaeEmployee.Id}", new { work_email = _silaeEmployee.WorkEmail, job_title = "Lead" }),
                "PostHrisEmployeesEmployeeIdAttachments" => () => Send(client, HttpMethod.Post, $"/v1/hris/employees/{_employee.Id}/attachments", new { attachment = new { name = "cv.pdf", data_url = "https://files.example.com/cv.pdf" } }),
                "GetHrisTeams" => () => client.GetAsync("/v1/hris/teams"),
                "GetHrisGroups" => () => client.GetAsync("/v1/hris/groups"),
                "GetHrisEmployments" => () => client.GetAsync("/v1/hris/employments"),
                "GetHrisLocations" => () => client.GetAsync("/v1/hris/locations"),
                "GetHrisAbsenceTypes" => () => client.GetAsync("/v1/hris/absence-types"),
                "GetHrisTimeOffBalances" => () => client.GetAsync("/v1/hris/time-off-balances"),
                "GetHrisAbsences" => () => client.GetAsync("/v1/hris/absences?include_deleted=true"),
                "PostHrisAbsences" => () => Send(client, HttpMethod.Post, "/v1/hris/absences", new { employee_id = _employee.Id, absence_type_id = _vacation.Id, start_date = "2026-12-20", end_date = "2026-12-20", start_half_day = true, employee_note = "half day" }),
                "DeleteHrisAbsencesAbsenceId" => () => client.DeleteAsync($"/v1/hris/absences/{_absence.Id}"),
                "GetHrisLegalEntities" => () => client.GetAsync("/v1/hris/legal-entities"),
                "PostCustomDatevPassthrough" => () => Send(Datev, HttpMethod.Post, "/v1/custom/datev/passthrough", new
                {
                    file_content = "[Allgemein]\r\nZiel=LODAS\r\nBeraterNr=1234567\r\nMandantenNr=99999\r\n[Satzbeschreibung]\r\n1;u_lod_bwd_buchung_standard;pnr#bwd;la_eigene#bwd;bs_wert_butab#bwd;\r\n[Bewegungsdaten]\r\n1;1001;200;14,00;\r\n",
                    accounting_month = "2026-11-01",
                    target_system = "LODAS",
                    file_type = "BEWEGUNGSDATEN",
                    file_name = "Bewegungsdaten.txt",
                }),
                "PutCustomDatevEmployeesEmployeeIdPreparePayroll" => () => Send(Datev, HttpMethod.Put, $"/v1/custom/datev/employees/{_datevEmployee.Id}/prepare-payroll",
                    new { payroll_run = new { date = "2026-11-01" }, hourly_payments = new[] { new { hours = 14, lohnart = 200 } }, fixed_payments = new[] { new { amount = 560, lohnart = 100 } } }),
                "PutCustomDatevEmployeesEmployeeIdCompensations" => () => Send(Datev, HttpMethod.Put, $"/v1/custom/datev/employees/remote:{_datevEmployee.RemoteId}/compensations",
                    new { effective_date = "2026-12-01", compensations = new object[] { new { amount = 4500, currency = "EUR", period = "MONTH", lohnart = 200 }, new { amount = 30, currency = "EUR", period = "HOUR" } } }),
                "GetCustomDatevDataPushes" => () => Datev.GetAsync("/v1/custom/datev/data-pushes"),
                "PostCustomDatevPushDataGeneral" => () => Send(Datev, HttpMethod.Post, "/v1/custom/datev/push-data/general", new { }),
                "PostCustomDatevPushDataPayroll" => () => Send(Datev, HttpMethod.Post, "/v1/custom/datev/push-data/payroll", new { payroll_month = "2026-11-01" }),
                "PostCustomSilaeEmployeesEmployeeIdPayrollSupplements" => () => Send(_tenant.Client(_silae.IntegrationId), HttpMethod.Post, $"/v1/custom/silae/employees/{_silaeEmployee.Id}/payroll-supplements",
                    new { supplement_code = "200", effective_date = "2024-01-14", element_amount = 6 }),
                _ => throw new ArgumentOutOfRangeException(nameof(operationId), operationId, "No call for this operation."),
            };
        }

        private HttpClient Datev => _tenant.Client(_datev.IntegrationId);

        private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, object body) =>
            client.SendAsync(new HttpRequestMessage(method, url) { Content = System.Net.Http.Json.JsonContent.Create(body) });
    }
}
