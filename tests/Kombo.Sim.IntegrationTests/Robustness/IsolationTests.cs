using System.Net;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Catalog;
using Kombo.Sim.IntegrationTests.Infrastructure;
using Kombo.Sim.IntegrationTests.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Sim.IntegrationTests.Robustness;

/// <summary>
/// Environments A and B hold copies of the same seed world, so their integrations (and seeded records) have the same
/// ids; A also has records only it holds. For every operation, the valid call built from A's ids and sent with B's key
/// acts on B's own copy and never reads or changes A; sent with the key of an environment without those integrations it
/// answers 404 <c>PLATFORM.INTEGRATION_NOT_FOUND</c>.
/// </summary>
public class IsolationTests
{
    /// <summary>Text that exists only in environment A.</summary>
    private static readonly string[] Markers = ["only-in-A", "OnlyInA"];

    /// <summary>Writes that answer without changing the integration (passthrough is echoed, a diff only computes).</summary>
    private static readonly string[] StatelessWrites = ["PostPassthroughToolApi", "PostHrisProvisioningGroupsGroupIdDiff"];

    /// <summary>Operations that name their integration in the path instead of X-Integration-Id.</summary>
    private static readonly string[] IntegrationInPath = ["GetIntegrationsIntegrationId", "PostIntegrationsIntegrationIdRelink", "DeleteIntegrationsIntegrationId"];

    private SimulatorHost _host = null!;
    private SeedEnvironment _a = null!;
    private SeedEnvironment _b = null!;
    private SeedEnvironment _empty = null!;

    public static IEnumerable<string> Operations => OperationRequests.All;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = DefaultSeedTests.StartWithDefaultSeed();
        _a = await SeedEnvironment.Create(_host);
        _b = await SeedEnvironment.Create(_host);
        _empty = await SeedEnvironment.Create(_host, copy: "empty");
        await MarkEnvironmentA();
    }

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    [TestCaseSource(nameof(Operations))]
    public async Task KeyOfAnEnvironmentWithTheSameIds_UsesItsOwnDataAndNeverTouchesTheOther(string operationId)
    {
        var request = Widened(await OperationRequests.Valid(operationId, _a));
        var beforeA = _a.Capture();
        var beforeB = _b.Capture();

        using var response = await _b.Send(request, _b.ApiKey);
        var text = await response.Content.ReadAsStringAsync();

        var context = $"{request} answered {(int)response.StatusCode}: {Shorten(text)}";
        ((int)response.StatusCode).Should().BeLessThan(500, context);
        _a.Capture().SameAs(beforeA).Should().BeTrue("B's key must not change A, but it changed {0}: {1}", beforeA.Difference(_a.Capture()), context);
        text.Should().NotContainAny(Markers, "B's key must never read A's data: {0}", context);
        if (response.IsSuccessStatusCode && request.Method != HttpMethod.Get && !StatelessWrites.Contains(operationId))
        {
            _b.Capture().SameAs(beforeB).Should().BeFalse("a write with B's key acts on B's own copy: {0}", context);
        }
    }

    [TestCaseSource(nameof(Operations))]
    public async Task KeyOfAnEnvironmentWithoutTheIntegration_AnswersIntegrationNotFound(string operationId)
    {
        var request = Widened(await OperationRequests.Valid(operationId, _a));
        var operation = _host.Services.GetRequiredService<OperationCatalog>().Get(operationId);
        var beforeA = _a.Capture();

        using var response = await _empty.Send(request, _empty.ApiKey);
        var text = await response.Content.ReadAsStringAsync();

        var context = $"{request} answered {(int)response.StatusCode}: {Shorten(text)}";
        _a.Capture().SameAs(beforeA).Should().BeTrue("another environment's key must not change A: {0}", context);
        text.Should().NotContainAny(Markers, context);
        if (operation.RequiresIntegration || IntegrationInPath.Contains(operationId))
        {
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, context);
            JsonNode.Parse(text)!.ErrorCode().Should().Be("PLATFORM.INTEGRATION_NOT_FOUND", context);
        }
        else if (operationId is "GetConnectIntegrationByTokenToken" or "PostConnectActivateIntegration")
        {
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, "A's Connect token is unknown to another environment: {0}", context);
        }
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, context);
        }
    }

    /// <summary>The control: the reads that must not show A's records to B do show them to A.</summary>
    [TestCase("GetHrisEmployees")]
    [TestCase("GetHrisAbsences")]
    [TestCase("GetAtsCandidates")]
    [TestCase("GetAtsApplications")]
    [TestCase("GetAtsTags")]
    [TestCase("GetAssessmentPackages")]
    [TestCase("GetCustomDatevDataPushes")]
    public async Task OwnKey_ReadsTheRecordsOnlyItsEnvironmentHolds(string operationId)
    {
        var request = Widened(await OperationRequests.Valid(operationId, _a));

        using var response = await _a.Send(request, _a.ApiKey);

        (await response.Content.ReadAsStringAsync()).Should().ContainAny(Markers);
    }

    [Test]
    public async Task CheckApiKey_NamesTheKeysOwnEnvironment()
    {
        var request = await OperationRequests.Valid("GetCheckApiKey", _a);

        using var response = await _b.Send(request, _b.ApiKey);

        (await response.ReadJson())["data"]!["environment_id"]!.GetValue<string>().Should().Be(_b.Id).And.NotBe(_a.Id);
    }

    /// <summary>Lists ask for everything, so a record leaked from A could not hide on a later page.</summary>
    private static KomboRequest Widened(KomboRequest request) => request with
    {
        Query = [.. request.Query.Select(q => q.Key == "page_size" ? new KeyValuePair<string, string>("page_size", "250") : q)
            .Where(q => q.Key is not ("date_from" or "updated_after" or "outcomes" or "statuses" or "types" or "employee_id"))],
    };

    /// <summary>Records and values only environment A holds, written through A's own key.</summary>
    private async Task MarkEnvironmentA()
    {
        var personio = _a.Client(OperationRequests.Personio);
        var greenhouse = _a.Client(OperationRequests.Greenhouse);
        var employee = _a.State(OperationRequests.Personio).Hris.Employees.Rows.First(e => e is { EmploymentStatus: "ACTIVE", RemoteDeletedAt: null });
        var type = _a.State(OperationRequests.Personio).Hris.AbsenceTypes.Rows.First(t => t.RemoteDeletedAt is null);
        var candidate = _a.State(OperationRequests.Greenhouse).Ats.Candidates.Rows[0];
        var job = _a.State(OperationRequests.Greenhouse).Ats.Jobs.Rows.First(j => j is { Status: "OPEN", RemoteDeletedAt: null });

        await personio.PostJson("/v1/hris/employees", new { first_name = "OnlyInA", last_name = "only-in-A", work_email = "only-in-a@acme.example.com", start_date = "2027-01-01" });
        await personio.PostJson("/v1/hris/absences", new { employee_id = employee.Id, absence_type_id = type.Id, start_date = "2027-05-03", end_date = "2027-05-03", employee_note = "only-in-A" });
        await greenhouse.PostJson($"/v1/ats/candidates/{candidate.Id}/tags", new { tag = new { name = "only-in-A" } });
        await greenhouse.SendJson(HttpMethod.Patch, $"/v1/ats/candidates/{candidate.Id}", new { title = "only-in-A" });
        await greenhouse.PostJson($"/v1/ats/jobs/{job.Id}/applications", new { candidate = new { first_name = "OnlyInA", last_name = "Candidate", email_address = "only-in-a@example.com" } });
        await _a.Client(OperationRequests.SmartRecruiters).SendJson(HttpMethod.Put, "/v1/assessment/packages", new
        {
            packages = new[] { new { id = "only-in-A", type = "SKILLS_TEST", name = "only-in-A", description = "only-in-A" } },
        });
        await _a.Client(OperationRequests.Datev).PostJson("/v1/custom/datev/passthrough", new
        {
            file_content = "[Allgemein]\r\nZiel=LODAS\r\nBeraterNr=1234567\r\nMandantenNr=99999\r\n[Satzbeschreibung]\r\n1;u_lod_bwd_buchung_standard;pnr#bwd;la_eigene#bwd;bs_wert_butab#bwd;\r\n[Bewegungsdaten]\r\n1;1001;200;14,00;\r\n",
            accounting_month = "2026-11-01",
            target_system = "LODAS",
            file_type = "BEWEGUNGSDATEN",
            file_name = "only-in-A.txt",
        });
    }

    private static string Shorten(string text) => text.Length > 800 ? text[..800] + "…" : text;
}
