using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Infrastructure;
using Kombo.Sim.IntegrationTests.Seeding;

namespace Kombo.Sim.IntegrationTests.Contract;

/// <summary>
/// Calls every operation with a valid request against the default world; list operations walk every page, so every
/// seeded record's wire form is checked too. Each response is validated against Kombo's schema for that operation by
/// the test client (<see cref="ContractCheckingHandler"/>); this fixture makes the coverage explicit.
/// </summary>
public class ContractTests
{
    private const string Greenhouse = "greenhouse:BwKLEQYYBcMzbDasjHz82jwH";
    private const string Silae = "silae:5KABF6UCg6mVQgiWcvZWubf5";
    private const string SmartRecruiters = "smartrecruiters:HxadMhQxTRhCn8JPxc7ae75R";
    private const string Datev = "datev:CuapXC3CxN1j8KY3wu12uRXi";

    private SimulatorHost _host = null!;

    /// <summary>The operations this fixture exercises, by Kombo operation id.</summary>
    public static IEnumerable<string> Operations =>
    [
        "GetCheckApiKey", "PostForceSync", "GetIntegrationsIntegrationId", "DeleteIntegrationsIntegrationId",
        "PostIntegrationsIntegrationIdRelink", "GetToolsCategory",
        "PostConnectCreateLink", "GetConnectIntegrationByTokenToken", "PostConnectActivateIntegration",
        "PostHrisProvisioningGroupsGroupIdDiff", "PostHrisProvisioningGroupsGroupIdSetupLinks",
        "GetHrisEmployees", "PostHrisEmployees", "PatchHrisEmployeesEmployeeId", "PostHrisEmployeesEmployeeIdAttachments",
        "GetHrisTeams", "GetHrisGroups", "GetHrisEmployments", "GetHrisLocations", "GetHrisAbsenceTypes",
        "GetHrisTimeOffBalances", "GetHrisAbsences", "PostHrisAbsences", "DeleteHrisAbsencesAbsenceId", "GetHrisLegalEntities",
        "GetAtsApplications", "PutAtsApplicationsApplicationIdStage", "PostAtsApplicationsApplicationIdResultLinks",
        "PostAtsApplicationsApplicationIdNotes", "PostAtsApplicationsApplicationIdAttachments", "GetAtsCandidates",
        "PostAtsCandidates", "PatchAtsCandidatesCandidateId", "PostAtsCandidatesCandidateIdAttachments",
        "PostAtsCandidatesCandidateIdResultLinks", "PostAtsCandidatesCandidateIdTags", "DeleteAtsCandidatesCandidateIdTags",
        "GetAtsTags", "GetAtsApplicationStages", "GetAtsJobs", "PostAtsJobsJobIdApplications", "GetAtsUsers",
        "GetAssessmentPackages", "PutAssessmentPackages", "GetAssessmentOrdersOpen", "PutAssessmentOrdersAssessmentOrderIdResult",
        "PostCustomDatevPassthrough", "PutCustomDatevEmployeesEmployeeIdPreparePayroll", "PutCustomDatevEmployeesEmployeeIdCompensations",
        "GetCustomDatevDataPushes", "PostCustomDatevPushDataGeneral", "PostCustomDatevPushDataPayroll",
        "PostCustomSilaeEmployeesEmployeeIdPayrollSupplements",
        "PostPassthroughToolApi",
    ];

    [OneTimeSetUp]
    public void Start() => _host = DefaultSeedTests.StartWithDefaultSeed();

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    [TestCaseSource(nameof(Operations))]
    public async Task Operation_AnswersWithABodyThatMatchesKombosSchema(string operationId)
    {
        var responses = await Call(operationId);

        responses.Should().NotBeEmpty();
        foreach (var response in responses)
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var path = response.RequestMessage!.RequestUri!.AbsolutePath;
            ContractSchemas.Match(response.RequestMessage.Method, path)!.OperationId.Should().Be(operationId);
        }
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

    private HttpClient Client(string? integrationId = DefaultSeedTests.Personio) => DefaultSeedTests.DefaultClient(_host, integrationId);

    /// <summary>Every page of a list, as responses (each one schema-checked by the client).</summary>
    private static async Task<List<HttpResponseMessage>> Walk(HttpClient client, string url)
    {
        var responses = new List<HttpResponseMessage>();
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        string? cursor = null;
        do
        {
            var response = await client.GetAsync($"{url}{separator}page_size=50" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            responses.Add(response);
            cursor = (await response.ReadJson())["data"]!["next"]?.GetValue<string>();
        }
        while (cursor is not null);

        return responses;
    }

    private static async Task<List<HttpResponseMessage>> One(Task<HttpResponseMessage> call) => [await call];

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, object body) =>
        client.SendAsync(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) });

    private static async Task<JsonNode> First(HttpClient client, string url) => (await client.GetJson(url)).Results()[0]!;

    private async Task<List<HttpResponseMessage>> Call(string operationId)
    {
        var personio = Client();
        var greenhouse = Client(Greenhouse);
        var assessment = Client(SmartRecruiters);
        var datev = Client(Datev);
        return operationId switch
        {
            "GetCheckApiKey" => await One(personio.GetAsync("/v1/check-api-key")),
            "PostForceSync" => await One(Send(personio, HttpMethod.Post, "/v1/force-sync", new { type = "DELTA" })),
            "GetIntegrationsIntegrationId" => await One(personio.GetAsync($"/v1/integrations/{DefaultSeedTests.Personio}")),
            "PostIntegrationsIntegrationIdRelink" => await One(Send(personio, HttpMethod.Post, $"/v1/integrations/{DefaultSeedTests.Personio}/relink", new { language = "de", link_type = "MAGIC_LINK" })),
            "PostConnectCreateLink" => await One(Send(personio, HttpMethod.Post, "/v1/connect/create-link", new { end_user_email = "it@customer.example.com", end_user_organization_name = "Customer AG", integration_category = "ATS" })),
            "GetConnectIntegrationByTokenToken" => await One(personio.GetAsync($"/v1/connect/integration-by-token/{await ConnectedToken(personio)}")),
            "PostConnectActivateIntegration" => await One(Send(personio, HttpMethod.Post, "/v1/connect/activate-integration", new { token = await ConnectedToken(personio) })),
            "DeleteIntegrationsIntegrationId" => await One(personio.DeleteAsync("/v1/integrations/jazzhr:Cim3t97rFW2qkVrN9u6SPdiG")),
            "GetToolsCategory" => [await personio.GetAsync("/v1/tools/hris"), await personio.GetAsync("/v1/tools/ats"), await personio.GetAsync("/v1/tools/assessment")],
            "PostHrisProvisioningGroupsGroupIdDiff" => await One(Send(personio, HttpMethod.Post, "/v1/hris/provisioning-groups/default/diff", new
            {
                provisioned_users = new[] { new { origin_id = "1", email = "someone@acme.example.com" } },
                options = new { employee_fields = new[] { "id", "remote_id", "first_name", "last_name", "groups", "avatar", "work_location_id", "legal_entity_id" } },
            })),
            "PostHrisProvisioningGroupsGroupIdSetupLinks" => await One(Send(personio, HttpMethod.Post, "/v1/hris/provisioning-groups/default/setup-links", new { language = "de" })),
            "GetHrisEmployees" => await Walk(personio, "/v1/hris/employees?include_deleted=true"),
            "PostHrisEmployees" => await One(Send(personio, HttpMethod.Post, "/v1/hris/employees", new { first_name = "Ada", last_name = "Lovelace", work_email = "ada.lovelace@acme.example.com", start_date = "2027-01-01" })),
            "PatchHrisEmployeesEmployeeId" => await One(PatchSilaeEmployee()),
            "PostHrisEmployeesEmployeeIdAttachments" => await One(Send(personio, HttpMethod.Post,
                $"/v1/hris/employees/{(await First(personio, "/v1/hris/employees?page_size=1"))["id"]}/attachments",
                new { attachment = new { name = "contract.pdf", data_url = "https://files.example.com/contract.pdf" } })),
            "GetHrisTeams" => await Walk(personio, "/v1/hris/teams"),
            "GetHrisGroups" => await Walk(personio, "/v1/hris/groups"),
            "GetHrisEmployments" => await Walk(personio, "/v1/hris/employments"),
            "GetHrisLocations" => await Walk(personio, "/v1/hris/locations"),
            "GetHrisAbsenceTypes" => await Walk(personio, "/v1/hris/absence-types"),
            "GetHrisTimeOffBalances" => await Walk(personio, "/v1/hris/time-off-balances"),
            "GetHrisAbsences" => await Walk(personio, "/v1/hris/absences?include_deleted=true"),
            "PostHrisAbsences" => await One(CreatePersonioAbsence(personio)),
            "DeleteHrisAbsencesAbsenceId" => await One(personio.DeleteAsync($"/v1/hris/absences/{(await First(personio, "/v1/hris/absences?page_size=1"))["id"]}")),
            "GetHrisLegalEntities" => await Walk(personio, "/v1/hris/legal-entities"),
            "GetAtsApplications" => await Walk(greenhouse, "/v1/ats/applications?include_deleted=true"),
            "PutAtsApplicationsApplicationIdStage" => await One(MoveGreenhouseApplication(greenhouse)),
            "PostAtsApplicationsApplicationIdResultLinks" => await One(Send(greenhouse, HttpMethod.Post, $"/v1/ats/applications/{await FirstApplication(greenhouse)}/result-links",
                new { label = "Assessment result", url = "https://assessments.example.com/r/1", details = new { custom_field_name_prefix = "Test:", attributes = new[] { new { key = "Score", value = "87" } } } })),
            "PostAtsApplicationsApplicationIdNotes" => await One(Send(greenhouse, HttpMethod.Post, $"/v1/ats/applications/{await FirstApplication(greenhouse)}/notes",
                new { content = "Strong system design answers.", content_type = "PLAIN_TEXT" })),
            "PostAtsApplicationsApplicationIdAttachments" => await One(Send(greenhouse, HttpMethod.Post, $"/v1/ats/applications/{await FirstApplication(greenhouse)}/attachments",
                new { attachment = new { name = "cover-letter.pdf", content_type = "application/pdf", data = "JVBERi0xLjc=", type = "COVER_LETTER" } })),
            "GetAtsCandidates" => await Walk(greenhouse, "/v1/ats/candidates?include_deleted=true"),
            "PostAtsCandidates" => await One(Send(greenhouse, HttpMethod.Post, "/v1/ats/candidates", new
            {
                candidate = new { first_name = "Grace", last_name = "Hopper", email_address = "grace.hopper@example.com" },
                application = new { job_id = await OpenJob(greenhouse) },
            })),
            "PatchAtsCandidatesCandidateId" => await One(Send(greenhouse, HttpMethod.Patch, $"/v1/ats/candidates/{await FirstCandidate(greenhouse)}", new { title = "Staff Engineer" })),
            "PostAtsCandidatesCandidateIdAttachments" => await One(Send(greenhouse, HttpMethod.Post, $"/v1/ats/candidates/{await FirstCandidate(greenhouse)}/attachments",
                new { attachment = new { name = "cv.pdf", data_url = "https://files.example.com/cv.pdf", type = "CV" } })),
            "PostAtsCandidatesCandidateIdResultLinks" => await One(Send(greenhouse, HttpMethod.Post, $"/v1/ats/candidates/{await FirstCandidate(greenhouse)}/result-links",
                new { label = "Coding test", url = "https://assessments.example.com/r/2" })),
            "PostAtsCandidatesCandidateIdTags" => await One(Send(greenhouse, HttpMethod.Post, $"/v1/ats/candidates/{await FirstCandidate(greenhouse)}/tags", new { tag = new { name = "Contract test" } })),
            "DeleteAtsCandidatesCandidateIdTags" => await One(Send(greenhouse, HttpMethod.Delete, $"/v1/ats/candidates/{await FirstCandidate(greenhouse)}/tags", new { tag = new { name = "Contract test" } })),
            "GetAtsTags" => await Walk(greenhouse, "/v1/ats/tags"),
            "GetAtsApplicationStages" => await Walk(greenhouse, "/v1/ats/application-stages"),
            "GetAtsJobs" => await Walk(greenhouse, "/v1/ats/jobs?include_deleted=true"),
            "PostAtsJobsJobIdApplications" => await One(Send(greenhouse, HttpMethod.Post, $"/v1/ats/jobs/{await OpenJob(greenhouse)}/applications",
                new { candidate = new { first_name = "Katherine", last_name = "Johnson", email_address = "katherine.johnson@example.com" } })),
            "GetAtsUsers" => await Walk(greenhouse, "/v1/ats/users"),
            "GetAssessmentPackages" => await One(assessment.GetAsync("/v1/assessment/packages")),
            "PutAssessmentPackages" => await One(Send(assessment, HttpMethod.Put, "/v1/assessment/packages", new
            {
                packages = new[] { new { id = "p-1", type = "SKILLS_TEST", name = "Go coding test", description = "90 minutes" } },
            })),
            "GetAssessmentOrdersOpen" => await Walk(assessment, "/v1/assessment/orders/open"),
            "PutAssessmentOrdersAssessmentOrderIdResult" => await One(Send(assessment, HttpMethod.Put,
                $"/v1/assessment/orders/{(await First(assessment, "/v1/assessment/orders/open?page_size=1"))["id"]}/result",
                new { status = "COMPLETED", result_url = "https://assessments.example.com/r/3", completed_at = "2026-12-01T08:00:00.000Z", score = 8, max_score = 10 })),
            "PostCustomDatevPassthrough" => await One(Send(datev, HttpMethod.Post, "/v1/custom/datev/passthrough", new
            {
                file_content = "[Allgemein]\r\nZiel=LODAS\r\nBeraterNr=1234567\r\nMandantenNr=99999\r\n[Satzbeschreibung]\r\n1;u_lod_bwd_buchung_standard;pnr#bwd;la_eigene#bwd;bs_wert_butab#bwd;\r\n[Bewegungsdaten]\r\n1;1001;200;14,00;\r\n",
                accounting_month = "2026-11-01",
                target_system = "LODAS",
                file_type = "BEWEGUNGSDATEN",
                file_name = "Bewegungsdaten.txt",
            })),
            "PutCustomDatevEmployeesEmployeeIdPreparePayroll" => await One(Send(datev, HttpMethod.Put, $"/v1/custom/datev/employees/{SeededEmployee(Datev)}/prepare-payroll",
                new { payroll_run = new { date = "2026-11-01" }, hourly_payments = new[] { new { hours = 14, lohnart = 200 } }, fixed_payments = new[] { new { amount = 560, lohnart = 100 } } })),
            "PutCustomDatevEmployeesEmployeeIdCompensations" => await One(Send(datev, HttpMethod.Put, $"/v1/custom/datev/employees/{SeededEmployee(Datev)}/compensations",
                new { effective_date = "2026-12-01", compensations = new object[] { new { amount = 4500, currency = "EUR", period = "MONTH", lohnart = 200 }, new { amount = 30, currency = "EUR", period = "HOUR" } } })),
            "GetCustomDatevDataPushes" => await One(datev.GetAsync("/v1/custom/datev/data-pushes")),
            "PostCustomDatevPushDataGeneral" => await One(Send(datev, HttpMethod.Post, "/v1/custom/datev/push-data/general", new { })),
            "PostCustomDatevPushDataPayroll" => await One(Send(datev, HttpMethod.Post, "/v1/custom/datev/push-data/payroll", new { payroll_month = "2026-11-01" })),
            "PostCustomSilaeEmployeesEmployeeIdPayrollSupplements" => await One(Send(Client(Silae), HttpMethod.Post,
                $"/v1/custom/silae/employees/{SeededEmployee(Silae)}/payroll-supplements", new { supplement_code = "200", effective_date = "2026-12-01", element_amount = 6 })),
            "PostPassthroughToolApi" => await Passthrough(personio, greenhouse),
            _ => throw new ArgumentOutOfRangeException(nameof(operationId), operationId, "No call for this operation."),
        };
    }

    /// <summary>A seeded employee's id, read from the state (DATEV has no employee read in Kombo).</summary>
    private string SeededEmployee(string integrationId) =>
        _host.World.FindIntegration("36S7nqe2CU6xvftHGESKy7tx", integrationId)!.Current.Hris.Employees.Rows[0].Id;

    /// <summary>Completes a fresh Connect link by script and returns its one-time token.</summary>
    private async Task<string> ConnectedToken(HttpClient client)
    {
        var link = (await client.PostJson("/v1/connect/create-link", new { end_user_email = "it@customer.example.com", end_user_organization_name = "Customer AG", integration_tool = "factorial" }))["data"]!["link"]!.GetValue<string>();
        var completed = await (await _host.CreateClient().GetAsync(new Uri(link).PathAndQuery + "&complete=true")).ReadJson();
        return completed["token"]!.GetValue<string>();
    }
    /// <summary>Native reads (lists, one record, a 404), an echoed write, a raw string body and a base64 answer.</summary>
    private async Task<List<HttpResponseMessage>> Passthrough(HttpClient personio, HttpClient greenhouse) =>
    [
        await Send(personio, HttpMethod.Post, "/v1/passthrough/personio/personnel", new { method = "GET", path = "/company/employees" }),
        await Send(personio, HttpMethod.Post, "/v1/passthrough/personio/personnel", new { method = "GET", path = "/company/employees/1001" }),
        await Send(personio, HttpMethod.Post, "/v1/passthrough/personio/personnel", new { method = "GET", path = "/company/unknown" }),
        await Send(greenhouse, HttpMethod.Post, "/v1/passthrough/greenhouse/harvest", new { method = "GET", path = "/candidates", @params = new { per_page = "500" } }),
        await Send(greenhouse, HttpMethod.Post, "/v1/passthrough/greenhouse/harvest", new { method = "GET", path = "/jobs" }),
        await Send(Client(DefaultSeedTests.HiBob), HttpMethod.Post, "/v1/passthrough/hibob/v1", new { method = "POST", path = "/people/search", data = new { showInactive = true } }),
        await Send(personio, HttpMethod.Post, "/v1/passthrough/personio/recruiting", new { method = "POST", path = "/applicants", data = new { first_name = "Ada" }, headers = new { Authorization = "Bearer x" } }),
        await Send(greenhouse, HttpMethod.Post, "/v1/passthrough/greenhouse/harvest", new { method = "PATCH", path = "/candidates/50001", data = "raw", response_as_base64 = true }),
    ];

    private async Task<HttpResponseMessage> PatchSilaeEmployee()
    {
        var silae = Client(Silae);
        var employee = await First(silae, "/v1/hris/employees?page_size=1");
        return await Send(silae, HttpMethod.Patch, $"/v1/hris/employees/{employee["id"]}", new { work_email = employee["work_email"]!.GetValue<string>(), job_title = "Responsable paie" });
    }

    private static async Task<HttpResponseMessage> CreatePersonioAbsence(HttpClient personio)
    {
        var types = await personio.GetJson("/v1/hris/absence-types");
        var vacation = types.Results().First(t => t!["half_days_supported"]!.GetValue<bool>())!["id"]!.GetValue<string>();
        var employee = await First(personio, "/v1/hris/employees?page_size=1&employment_statuses=ACTIVE");
        return await Send(personio, HttpMethod.Post, "/v1/hris/absences", new
        {
            employee_id = employee["id"]!.GetValue<string>(),
            absence_type_id = vacation,
            start_date = "2027-03-01",
            end_date = "2027-03-03",
            end_half_day = true,
            employee_note = "Spring break",
        });
    }

    private static async Task<HttpResponseMessage> MoveGreenhouseApplication(HttpClient greenhouse)
    {
        var application = await First(greenhouse, "/v1/ats/applications?page_size=1&outcomes=PENDING");
        var job = await First(greenhouse, $"/v1/ats/jobs?ids={application["job_id"]}");
        var target = job["stages"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).First(s => s != application["current_stage_id"]?.GetValue<string>());
        return await Send(greenhouse, HttpMethod.Put, $"/v1/ats/applications/{application["id"]}/stage", new { stage_id = target });
    }

    private static async Task<string> FirstApplication(HttpClient greenhouse) =>
        (await First(greenhouse, "/v1/ats/applications?page_size=1"))["id"]!.GetValue<string>();

    private static async Task<string> FirstCandidate(HttpClient greenhouse) =>
        (await First(greenhouse, "/v1/ats/candidates?page_size=1"))["id"]!.GetValue<string>();

    private static async Task<string> OpenJob(HttpClient greenhouse) =>
        (await First(greenhouse, "/v1/ats/jobs?statuses=OPEN&page_size=1"))["id"]!.GetValue<string>();
}
