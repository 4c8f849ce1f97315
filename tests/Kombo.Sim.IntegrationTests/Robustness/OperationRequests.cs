using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Contract;
using Kombo.Sim.IntegrationTests.Seeding;

namespace Kombo.Sim.IntegrationTests.Robustness;

/// <summary>
/// A valid request for every one of the 54 operations against a copy of the default world (the calls of
/// <see cref="ContractTests"/>), with its ids read from the environment's current state, so the hostile-input and
/// isolation tests start from something the simulator accepts.
/// </summary>
public static class OperationRequests
{
    public const string Personio = DefaultSeedTests.Personio;
    public const string Greenhouse = DefaultSeedTests.Greenhouse;
    public const string JazzHr = DefaultSeedTests.JazzHr;
    public const string SmartRecruiters = DefaultSeedTests.SmartRecruiters;
    public const string Silae = "silae:5KABF6UCg6mVQgiWcvZWubf5";
    public const string Datev = "datev:CuapXC3CxN1j8KY3wu12uRXi";

    private const string DatevFile =
        "[Allgemein]\r\nZiel=LODAS\r\nBeraterNr=1234567\r\nMandantenNr=99999\r\n[Satzbeschreibung]\r\n1;u_lod_bwd_buchung_standard;pnr#bwd;la_eigene#bwd;bs_wert_butab#bwd;\r\n[Bewegungsdaten]\r\n1;1001;200;14,00;\r\n";

    /// <summary>Every operation, by Kombo operation id.</summary>
    public static IReadOnlyList<string> All { get; } = ContractTests.Operations.ToList();

    /// <summary>A valid request for <paramref name="operationId"/> in <paramref name="environment"/> as it is now.</summary>
    public static async Task<KomboRequest> Valid(string operationId, SeedEnvironment environment)
    {
        var ids = new SeedIds(environment);
        return operationId switch
        {
            "GetCheckApiKey" => Get(operationId, "/v1/check-api-key", null),
            "PostForceSync" => Send(operationId, HttpMethod.Post, "/v1/force-sync", Personio, new JsonObject { ["type"] = "DELTA" }),
            "GetIntegrationsIntegrationId" => Get(operationId, "/v1/integrations/{integration_id}", null, Path("integration_id", Personio)),
            "PostIntegrationsIntegrationIdRelink" => Send(operationId, HttpMethod.Post, "/v1/integrations/{integration_id}/relink", null,
                new JsonObject { ["language"] = "de", ["link_type"] = "MAGIC_LINK" }, Path("integration_id", Personio)),
            "DeleteIntegrationsIntegrationId" => Get(operationId, "/v1/integrations/{integration_id}", null) with { Method = HttpMethod.Delete, PathValues = Path("integration_id", JazzHr) },
            "GetToolsCategory" => Get(operationId, "/v1/tools/{category}", null, Path("category", "hris")),
            "PostConnectCreateLink" => Send(operationId, HttpMethod.Post, "/v1/connect/create-link", null, new JsonObject
            {
                ["end_user_email"] = "it@customer.example.com",
                ["end_user_organization_name"] = "Customer AG",
                ["integration_category"] = "ATS",
            }),
            "GetConnectIntegrationByTokenToken" => Get(operationId, "/v1/connect/integration-by-token/{token}", null, Path("token", await environment.ConnectedToken())),
            "PostConnectActivateIntegration" => Send(operationId, HttpMethod.Post, "/v1/connect/activate-integration", null, new JsonObject { ["token"] = await environment.ConnectedToken() }),
            "PostHrisProvisioningGroupsGroupIdDiff" => Send(operationId, HttpMethod.Post, "/v1/hris/provisioning-groups/{group_id}/diff", Personio, new JsonObject
            {
                ["provisioned_users"] = new JsonArray(new JsonObject { ["origin_id"] = "1", ["email"] = "someone@acme.example.com" }),
                ["options"] = new JsonObject { ["employee_fields"] = new JsonArray("id", "remote_id", "first_name", "last_name", "groups", "avatar", "work_location_id", "legal_entity_id") },
            }, Path("group_id", "default")),
            "PostHrisProvisioningGroupsGroupIdSetupLinks" => Send(operationId, HttpMethod.Post, "/v1/hris/provisioning-groups/{group_id}/setup-links", Personio,
                new JsonObject { ["language"] = "de" }, Path("group_id", "default")),
            "GetHrisEmployees" => List(operationId, "/v1/hris/employees", Personio, ("include_deleted", "true")),
            "PostHrisEmployees" => Send(operationId, HttpMethod.Post, "/v1/hris/employees", Personio, new JsonObject
            {
                ["first_name"] = "Ada",
                ["last_name"] = "Lovelace",
                ["work_email"] = "ada.lovelace@acme.example.com",
                ["start_date"] = "2027-01-01",
            }),
            "PatchHrisEmployeesEmployeeId" => Send(operationId, HttpMethod.Patch, "/v1/hris/employees/{employee_id}", Silae,
                new JsonObject { ["work_email"] = ids.SilaeEmployee().WorkEmail, ["job_title"] = "Responsable paie" }, Path("employee_id", ids.SilaeEmployee().Id)),
            "PostHrisEmployeesEmployeeIdAttachments" => Send(operationId, HttpMethod.Post, "/v1/hris/employees/{employee_id}/attachments", Personio,
                new JsonObject { ["attachment"] = new JsonObject { ["name"] = "contract.pdf", ["data_url"] = "https://files.example.com/contract.pdf" } }, Path("employee_id", ids.PersonioEmployee())),
            "GetHrisTeams" => List(operationId, "/v1/hris/teams", Personio),
            "GetHrisGroups" => List(operationId, "/v1/hris/groups", Personio, ("types", "DEPARTMENT,TEAM")),
            "GetHrisEmployments" => List(operationId, "/v1/hris/employments", Personio),
            "GetHrisLocations" => List(operationId, "/v1/hris/locations", Personio),
            "GetHrisAbsenceTypes" => List(operationId, "/v1/hris/absence-types", Personio),
            "GetHrisTimeOffBalances" => List(operationId, "/v1/hris/time-off-balances", Personio, ("employee_id", ids.PersonioEmployee())),
            "GetHrisAbsences" => List(operationId, "/v1/hris/absences", Personio, ("date_from", "2026-01-01"), ("updated_after", "2020-01-01T00:00:00.000Z")),
            "PostHrisAbsences" => Send(operationId, HttpMethod.Post, "/v1/hris/absences", Personio, new JsonObject
            {
                ["employee_id"] = ids.PersonioEmployee(),
                ["absence_type_id"] = ids.HalfDayAbsenceType(),
                ["start_date"] = "2027-03-01",
                ["end_date"] = "2027-03-03",
                ["end_half_day"] = true,
                ["employee_note"] = "Spring break",
            }),
            "DeleteHrisAbsencesAbsenceId" => Get(operationId, "/v1/hris/absences/{absence_id}", Personio) with
            {
                Method = HttpMethod.Delete,
                PathValues = Path("absence_id", ids.LiveAbsence()),
                Body = new JsonObject(),
            },
            "GetHrisLegalEntities" => List(operationId, "/v1/hris/legal-entities", Personio),
            "GetAtsApplications" => List(operationId, "/v1/ats/applications", Greenhouse, ("outcomes", "PENDING,HIRED")),
            "PutAtsApplicationsApplicationIdStage" => Send(operationId, HttpMethod.Put, "/v1/ats/applications/{application_id}/stage", Greenhouse,
                new JsonObject { ["stage_id"] = ids.OtherStage() }, Path("application_id", ids.PendingApplication().Id)),
            "PostAtsApplicationsApplicationIdResultLinks" => Send(operationId, HttpMethod.Post, "/v1/ats/applications/{application_id}/result-links", Greenhouse, new JsonObject
            {
                ["label"] = "Assessment result",
                ["url"] = "https://assessments.example.com/r/1",
                ["details"] = new JsonObject
                {
                    ["custom_field_name_prefix"] = "Test:",
                    ["attributes"] = new JsonArray(new JsonObject { ["key"] = "Score", ["value"] = "87" }),
                },
            }, Path("application_id", ids.PendingApplication().Id)),
            "PostAtsApplicationsApplicationIdNotes" => Send(operationId, HttpMethod.Post, "/v1/ats/applications/{application_id}/notes", Greenhouse,
                new JsonObject { ["content"] = "Strong system design answers.", ["content_type"] = "PLAIN_TEXT" }, Path("application_id", ids.PendingApplication().Id)),
            "PostAtsApplicationsApplicationIdAttachments" => Send(operationId, HttpMethod.Post, "/v1/ats/applications/{application_id}/attachments", Greenhouse, new JsonObject
            {
                ["attachment"] = new JsonObject { ["name"] = "cover-letter.pdf", ["content_type"] = "application/pdf", ["data"] = "JVBERi0xLjc=", ["type"] = "COVER_LETTER" },
            }, Path("application_id", ids.PendingApplication().Id)),
            "GetAtsCandidates" => List(operationId, "/v1/ats/candidates", Greenhouse, ("include_deleted", "false")),
            "PostAtsCandidates" => Send(operationId, HttpMethod.Post, "/v1/ats/candidates", Greenhouse, new JsonObject
            {
                ["candidate"] = new JsonObject { ["first_name"] = "Grace", ["last_name"] = "Hopper", ["email_address"] = "grace.hopper@example.com" },
                ["application"] = new JsonObject { ["job_id"] = ids.OpenJob() },
            }),
            "PatchAtsCandidatesCandidateId" => Send(operationId, HttpMethod.Patch, "/v1/ats/candidates/{candidate_id}", Greenhouse,
                new JsonObject { ["title"] = "Staff Engineer" }, Path("candidate_id", ids.Candidate())),
            "PostAtsCandidatesCandidateIdAttachments" => Send(operationId, HttpMethod.Post, "/v1/ats/candidates/{candidate_id}/attachments", Greenhouse,
                new JsonObject { ["attachment"] = new JsonObject { ["name"] = "cv.pdf", ["data_url"] = "https://files.example.com/cv.pdf", ["type"] = "CV" } }, Path("candidate_id", ids.Candidate())),
            "PostAtsCandidatesCandidateIdResultLinks" => Send(operationId, HttpMethod.Post, "/v1/ats/candidates/{candidate_id}/result-links", Greenhouse,
                new JsonObject { ["label"] = "Coding test", ["url"] = "https://assessments.example.com/r/2" }, Path("candidate_id", ids.Candidate())),
            "PostAtsCandidatesCandidateIdTags" => Send(operationId, HttpMethod.Post, "/v1/ats/candidates/{candidate_id}/tags", Greenhouse,
                new JsonObject { ["tag"] = new JsonObject { ["name"] = "Robustness" } }, Path("candidate_id", ids.Candidate())),
            "DeleteAtsCandidatesCandidateIdTags" => Send(operationId, HttpMethod.Delete, "/v1/ats/candidates/{candidate_id}/tags", Greenhouse,
                new JsonObject { ["tag"] = new JsonObject { ["name"] = ids.CandidateTag() } }, Path("candidate_id", ids.Candidate())),
            "GetAtsTags" => List(operationId, "/v1/ats/tags", Greenhouse),
            "GetAtsApplicationStages" => List(operationId, "/v1/ats/application-stages", Greenhouse),
            "GetAtsJobs" => List(operationId, "/v1/ats/jobs", Greenhouse, ("statuses", "OPEN,CLOSED")),
            "PostAtsJobsJobIdApplications" => Send(operationId, HttpMethod.Post, "/v1/ats/jobs/{job_id}/applications", Greenhouse, new JsonObject
            {
                ["candidate"] = new JsonObject { ["first_name"] = "Katherine", ["last_name"] = "Johnson", ["email_address"] = "katherine.johnson@example.com" },
            }, Path("job_id", ids.OpenJob())),
            "GetAtsUsers" => List(operationId, "/v1/ats/users", Greenhouse),
            "GetAssessmentPackages" => Get(operationId, "/v1/assessment/packages", SmartRecruiters),
            "PutAssessmentPackages" => Send(operationId, HttpMethod.Put, "/v1/assessment/packages", SmartRecruiters, new JsonObject
            {
                ["packages"] = new JsonArray(new JsonObject { ["id"] = "p-1", ["type"] = "SKILLS_TEST", ["name"] = "Go coding test", ["description"] = "90 minutes" }),
            }),
            "GetAssessmentOrdersOpen" => List(operationId, "/v1/assessment/orders/open", SmartRecruiters),
            "PutAssessmentOrdersAssessmentOrderIdResult" => Send(operationId, HttpMethod.Put, "/v1/assessment/orders/{assessment_order_id}/result", SmartRecruiters, new JsonObject
            {
                ["status"] = "COMPLETED",
                ["result_url"] = "https://assessments.example.com/r/3",
                ["completed_at"] = "2026-12-01T08:00:00.000Z",
                ["score"] = 8,
                ["max_score"] = 10,
            }, Path("assessment_order_id", ids.OpenOrder())),
            "PostCustomDatevPassthrough" => Send(operationId, HttpMethod.Post, "/v1/custom/datev/passthrough", Datev, new JsonObject
            {
                ["file_content"] = DatevFile,
                ["accounting_month"] = "2026-11-01",
                ["target_system"] = "LODAS",
                ["file_type"] = "BEWEGUNGSDATEN",
                ["file_name"] = "Bewegungsdaten.txt",
            }),
            "PutCustomDatevEmployeesEmployeeIdPreparePayroll" => Send(operationId, HttpMethod.Put, "/v1/custom/datev/employees/{employee_id}/prepare-payroll", Datev, new JsonObject
            {
                ["payroll_run"] = new JsonObject { ["date"] = "2026-11-01" },
                ["hourly_payments"] = new JsonArray(new JsonObject { ["hours"] = 14, ["lohnart"] = 200 }),
                ["fixed_payments"] = new JsonArray(new JsonObject { ["amount"] = 560, ["lohnart"] = 100 }),
            }, Path("employee_id", ids.FirstEmployee(Datev))),
            "PutCustomDatevEmployeesEmployeeIdCompensations" => Send(operationId, HttpMethod.Put, "/v1/custom/datev/employees/{employee_id}/compensations", Datev, new JsonObject
            {
                ["effective_date"] = "2026-12-01",
                ["compensations"] = new JsonArray(
                    new JsonObject { ["amount"] = 4500, ["currency"] = "EUR", ["period"] = "MONTH", ["lohnart"] = 200 },
                    new JsonObject { ["amount"] = 30, ["currency"] = "EUR", ["period"] = "HOUR" }),
            }, Path("employee_id", ids.FirstEmployee(Datev))),
            "GetCustomDatevDataPushes" => Get(operationId, "/v1/custom/datev/data-pushes", Datev),
            "PostCustomDatevPushDataGeneral" => Send(operationId, HttpMethod.Post, "/v1/custom/datev/push-data/general", Datev, new JsonObject()),
            "PostCustomDatevPushDataPayroll" => Send(operationId, HttpMethod.Post, "/v1/custom/datev/push-data/payroll", Datev, new JsonObject { ["payroll_month"] = "2026-11-01" }),
            "PostCustomSilaeEmployeesEmployeeIdPayrollSupplements" => Send(operationId, HttpMethod.Post, "/v1/custom/silae/employees/{employee_id}/payroll-supplements", Silae,
                new JsonObject { ["supplement_code"] = "200", ["effective_date"] = "2026-12-01", ["element_amount"] = 6 }, Path("employee_id", ids.FirstEmployee(Silae))),
            "PostPassthroughToolApi" => Send(operationId, HttpMethod.Post, "/v1/passthrough/{tool}/{api}", Personio, new JsonObject
            {
                ["method"] = "POST",
                ["path"] = "/company/documents",
                ["headers"] = new JsonObject { ["X-Request-Source"] = "robustness" },
                ["params"] = new JsonObject { ["employee_id"] = "1001" },
                ["multipart_form_data"] = new JsonArray(
                    new JsonObject { ["name"] = "title", ["value"] = "Contract" },
                    new JsonObject { ["name"] = "file", ["value"] = new JsonObject { ["name"] = "contract.pdf", ["content_type"] = "application/pdf", ["data"] = "JVBERi0xLjc=" } }),
                ["response_as_base64"] = false,
            }, Path("tool", "personio").Add("api", "personnel")),
            _ => throw new ArgumentOutOfRangeException(nameof(operationId), operationId, "No request for this operation."),
        };
    }

    private static ImmutableDictionary<string, string> Path(string name, string value) => ImmutableDictionary<string, string>.Empty.Add(name, value);

    private static KomboRequest Get(string operationId, string path, string? integrationId, ImmutableDictionary<string, string>? pathValues = null) => new()
    {
        OperationId = operationId,
        Method = HttpMethod.Get,
        PathTemplate = path,
        PathValues = pathValues ?? ImmutableDictionary<string, string>.Empty,
        IntegrationId = integrationId,
    };

    private static KomboRequest List(string operationId, string path, string integrationId, params (string Name, string Value)[] filters) =>
        Get(operationId, path, integrationId) with
        {
            Query = [new("page_size", "5"), .. filters.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))],
        };

    private static KomboRequest Send(string operationId, HttpMethod method, string path, string? integrationId, JsonNode body, ImmutableDictionary<string, string>? pathValues = null) =>
        Get(operationId, path, integrationId, pathValues) with { Method = method, Body = body };

    /// <summary>Ids read from the environment's state at the moment the request is built.</summary>
    private sealed class SeedIds(SeedEnvironment environment)
    {
        public string PersonioEmployee() =>
            environment.State(Personio).Hris.Employees.Rows.First(e => e is { EmploymentStatus: "ACTIVE", RemoteDeletedAt: null }).Id;

        public Api.Domain.Hris.Employee SilaeEmployee() =>
            environment.State(Silae).Hris.Employees.Rows.First(e => e.RemoteDeletedAt is null && e.WorkEmail is not null);

        public string FirstEmployee(string integrationId) => environment.State(integrationId).Hris.Employees.Rows[0].Id;

        public string HalfDayAbsenceType() =>
            environment.State(Personio).Hris.AbsenceTypes.Rows.First(t => t is { HalfDaysSupported: true, RemoteDeletedAt: null }).Id;

        /// <summary>A live absence (the fuzzer deletes them, so the latest live one; the id of a deleted one when none is left).</summary>
        public string LiveAbsence()
        {
            var absences = environment.State(Personio).Hris.Absences.Rows;
            return (absences.LastOrDefault(a => a.RemoteDeletedAt is null) ?? absences[0]).Id;
        }

        public Api.Domain.Ats.Application PendingApplication() =>
            environment.State(Greenhouse).Ats.Applications.Rows.First(a => a is { Outcome: "PENDING", RemoteDeletedAt: null });

        public string OtherStage()
        {
            var application = PendingApplication();
            var job = environment.State(Greenhouse).Ats.Jobs.Find(application.JobId!)!;
            return job.Stages.First(s => s.Id != application.CurrentStageId).Id;
        }

        public string OpenJob() => environment.State(Greenhouse).Ats.Jobs.Rows.First(j => j is { Status: "OPEN", RemoteDeletedAt: null }).Id;

        public string Candidate() => environment.State(Greenhouse).Ats.Candidates.Rows.First(c => c.RemoteDeletedAt is null).Id;

        /// <summary>The name of a tag the first candidate carries (or any tag's name when it carries none).</summary>
        public string CandidateTag()
        {
            var ats = environment.State(Greenhouse).Ats;
            var candidate = ats.Candidates.Find(Candidate())!;
            var tagId = candidate.TagIds.Count > 0 ? candidate.TagIds[0] : ats.Tags.Rows[0].Id;
            return ats.Tags.Find(tagId)!.Name!;
        }

        public string OpenOrder()
        {
            var orders = environment.State(SmartRecruiters).Assessment.Orders.Rows;
            return (orders.FirstOrDefault(o => o.Status == "OPEN") ?? orders[0]).Id;
        }
    }
}
