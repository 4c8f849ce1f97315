using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Infrastructure;
using Kombo.Sim.IntegrationTests.Seeding;

namespace Kombo.Sim.IntegrationTests.Admin;

/// <summary>Export and import in the seed format, on a host of its own with the default seed.</summary>
public class TransferTests
{
    private const string Environment = "36S7nqe2CU6xvftHGESKy7tx";

    private static readonly (string Integration, string[] Lists)[] Reads =
    [
        (DefaultSeedTests.Personio, ["hris/employees", "hris/employments", "hris/groups", "hris/locations", "hris/legal-entities", "hris/absence-types", "hris/time-off-balances", "hris/absences"]),
        (DefaultSeedTests.Greenhouse, ["ats/jobs", "ats/candidates", "ats/applications", "ats/tags", "ats/users", "ats/application-stages"]),
        (DefaultSeedTests.SmartRecruiters, ["assessment/orders/open"]),
    ];

    private SimulatorHost _host = null!;
    private AdminClient _admin = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _host = DefaultSeedTests.StartWithDefaultSeed();
        _admin = new AdminClient(_host.CreateClient());
    }

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    [Test]
    public async Task ExportImportedIntoAFreshEnvironment_ReadsBackIdentically()
    {
        var personio = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.Personio);
        var employee = (await personio.GetJson("/v1/hris/employees?page_size=1")).Ids()[0];
        var type = (await personio.GetJson("/v1/hris/absence-types")).Ids()[0];
        await personio.PostJson("/v1/hris/absences", new { employee_id = employee, absence_type_id = type, start_date = "2027-01-04", end_date = "2027-01-05", employee_note = (string?)null });
        var fresh = await _admin.Post("/_sim/environments", new { copy = "empty" });
        var key = fresh["api_key"]!.GetValue<string>();

        foreach (var (integration, lists) in Reads)
        {
            var export = await _admin.Get($"/_sim/environments/{Environment}/integrations/{integration}/export");
            await _admin.Post($"/_sim/environments/{fresh["id"]}/integrations/import", export);

            foreach (var list in lists)
            {
                var original = await Walk(DefaultSeedTests.DefaultClient(_host, integration), list);
                var imported = await Walk(Client(key, integration), list);
                imported.Should().Be(original, "{0} of {1} reads back identically", list, integration);
            }
        }
    }

    [Test]
    public async Task Export_IsInTheSeedFormat()
    {
        var export = await _admin.Get($"/_sim/environments/{Environment}/integrations/{DefaultSeedTests.Personio}/export");

        export["integration"]!["id"]!.GetValue<string>().Should().Be(DefaultSeedTests.Personio);
        export["files"]!.AsObject().Select(f => f.Key).Should().Contain(["employees.json", "absences.json", "time-off-balances.json"]);
        var employee = export["files"]!["employees.json"]![0]!.AsObject();
        employee.Should().ContainKey("groups").And.NotContainKey("employments").And.NotContainKey("manager");
    }

    [Test]
    public async Task ImportWithADanglingReference_AnswersInputInvalidNamingTheRecordAndAddsNothing()
    {
        var export = await _admin.Get($"/_sim/environments/{Environment}/integrations/{DefaultSeedTests.HiBob}/export");
        var absences = export["files"]!["absences.json"]!.AsArray();
        absences[0]!["employee_id"] = "NoSuchEmployee";
        var fresh = await _admin.Post("/_sim/environments", new { copy = "empty" });

        var body = await _admin.Post($"/_sim/environments/{fresh["id"]}/integrations/import", export, HttpStatusCode.BadRequest);
        var after = await _admin.Get("/_sim/environments");

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("absences.json").And.Contain(absences[0]!["id"]!.GetValue<string>()).And.Contain("NoSuchEmployee");
        after["environments"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == fresh["id"]!.GetValue<string>())!["integrations"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task ImportingAnExistingIntegration_AnswersConflict()
    {
        var export = await _admin.Get($"/_sim/environments/{Environment}/integrations/{DefaultSeedTests.HiBob}/export");

        var body = await _admin.Post($"/_sim/environments/{Environment}/integrations/import", export, HttpStatusCode.Conflict);

        body["error"]!["message"]!.GetValue<string>().Should().Contain("already has");
    }

    private HttpClient Client(string apiKey, string integrationId)
    {
        var client = _host.CreateCheckedClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        client.DefaultRequestHeaders.Add("X-Integration-Id", integrationId);
        return client;
    }

    private static async Task<string> Walk(HttpClient client, string list)
    {
        var deleted = list.StartsWith("assessment", StringComparison.Ordinal) ? "" : "?include_deleted=true";
        var records = await client.WalkAll($"/v1/{list}{deleted}", 250);
        return new JsonArray(records.Select(r => r.DeepClone()).ToArray()).ToJsonString();
    }
}
