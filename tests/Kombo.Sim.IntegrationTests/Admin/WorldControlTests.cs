using System.Net;
using System.Net.Http.Headers;
using Kombo.Sim.IntegrationTests.Infrastructure;
using Kombo.Sim.IntegrationTests.Seeding;

namespace Kombo.Sim.IntegrationTests.Admin;

/// <summary>Environments, resets and snapshots on a host of its own with the default seed.</summary>
public class WorldControlTests
{
    private SimulatorHost _host = null!;
    private AdminClient _admin = null!;

    [SetUp]
    public void Start()
    {
        _host = DefaultSeedTests.StartWithDefaultSeed();
        _admin = new AdminClient(_host.CreateClient());
    }

    [TearDown]
    public void Stop() => _host.Dispose();

    private HttpClient Client(string apiKey, string integrationId)
    {
        var client = _host.CreateCheckedClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        client.DefaultRequestHeaders.Add("X-Integration-Id", integrationId);
        return client;
    }

    private static object NewAbsence(string employeeId, string typeId) =>
        new { employee_id = employeeId, absence_type_id = typeId, start_date = "2026-12-21", end_date = "2026-12-22", employee_note = (string?)null };

    [Test]
    public async Task CreatedEnvironments_CopyTheSeedAndNeverSeeEachOthersWrites()
    {
        var first = await _admin.Post("/_sim/environments", new { name = "Participant 1" });
        var second = await _admin.Post("/_sim/environments", new { name = "Participant 2", api_key = "participant-two-key" });
        var alice = Client(first["api_key"]!.GetValue<string>(), DefaultSeedTests.Personio);
        var bob = Client("participant-two-key", DefaultSeedTests.Personio);
        var original = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.Personio);
        var employee = (await alice.GetJson("/v1/hris/employees?page_size=1")).Ids()[0];
        var type = (await alice.GetJson("/v1/hris/absence-types")).Ids()[0];
        var bobsBefore = (await bob.GetJson("/v1/hris/absences?page_size=250")).ToJsonString();

        await alice.PostJson("/v1/hris/absences", NewAbsence(employee, type));
        var bobsAfter = (await bob.GetJson("/v1/hris/absences?page_size=250")).ToJsonString();
        var alices = await alice.GetJson("/v1/hris/absences?page_size=250");
        var originals = await original.GetJson("/v1/hris/absences?page_size=250");

        first["integrations"]!.AsArray().Should().HaveCount(7);
        second["api_key"]!.GetValue<string>().Should().Be("participant-two-key");
        bobsAfter.Should().Be(bobsBefore);
        alices.Results().Should().HaveCount(originals.Results().Count + 1);
        (await alice.GetJson("/v1/check-api-key"))["data"]!["environment_id"]!.GetValue<string>().Should().Be(first["id"]!.GetValue<string>());
    }

    [Test]
    public async Task CreateEnvironment_WithChosenIntegrationsOrEmpty()
    {
        var chosen = await _admin.Post("/_sim/environments", new { integrations = new[] { DefaultSeedTests.HiBob } });
        var empty = await _admin.Post("/_sim/environments", new { copy = "empty" });
        var duplicate = await _admin.Post("/_sim/environments", new { api_key = chosen["api_key"]!.GetValue<string>() }, HttpStatusCode.Conflict);
        var unknown = await _admin.Post("/_sim/environments", new { integrations = new[] { "personio:nope" } }, HttpStatusCode.BadRequest);

        chosen["integrations"]!.AsArray().Single()!["id"]!.GetValue<string>().Should().Be(DefaultSeedTests.HiBob);
        empty["integrations"]!.AsArray().Should().BeEmpty();
        duplicate.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        unknown["error"]!["message"]!.GetValue<string>().Should().Contain("integrations");
        (await _admin.Get("/_sim/environments"))["environments"]!.AsArray().Should().HaveCount(3);
    }

    [Test]
    public async Task DeletedEnvironment_KeyNoLongerWorks()
    {
        var created = await _admin.Post("/_sim/environments", new { copy = "empty" });
        var client = Client(created["api_key"]!.GetValue<string>(), DefaultSeedTests.Personio);

        await _admin.Delete($"/_sim/environments/{created["id"]}");
        var body = await client.GetJson("/v1/check-api-key", HttpStatusCode.Unauthorized);
        var again = await _admin.Delete($"/_sim/environments/{created["id"]}", HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.AUTHENTICATION_INVALID");
        again.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
    }

    [Test]
    public async Task ResetEnvironmentAndIntegration_UndoOnlyTheirOwnChanges()
    {
        var created = await _admin.Post("/_sim/environments", new { });
        var key = created["api_key"]!.GetValue<string>();
        var personio = Client(key, DefaultSeedTests.Personio);
        var hibob = Client(key, DefaultSeedTests.HiBob);
        var personioBefore = (await personio.GetJson("/v1/hris/employees?page_size=250")).ToJsonString();
        await personio.PostJson("/v1/hris/employees", new { first_name = "Reset", last_name = "Me" });
        await hibob.PostJson("/v1/hris/employees", new { first_name = "Keep", last_name = "Me" });

        await _admin.Post($"/_sim/environments/{created["id"]}/integrations/{DefaultSeedTests.Personio}/reset");
        var personioAfterIntegrationReset = (await personio.GetJson("/v1/hris/employees?page_size=250")).ToJsonString();
        var hibobKept = await hibob.GetJson("/v1/hris/employees?page_size=250");
        await personio.SendJson(HttpMethod.Delete, $"/v1/integrations/{DefaultSeedTests.Personio}", null);
        await _admin.Post($"/_sim/environments/{created["id"]}/reset");
        var hibobAfterEnvironmentReset = await hibob.GetJson("/v1/hris/employees?page_size=250");
        var personioBack = (await personio.GetJson("/v1/hris/employees?page_size=250")).ToJsonString();

        personioAfterIntegrationReset.Should().Be(personioBefore);
        hibobKept.Results().Should().Contain(e => e!["first_name"]!.GetValue<string>() == "Keep");
        hibobAfterEnvironmentReset.Results().Should().NotContain(e => e!["first_name"]!.GetValue<string>() == "Keep");
        personioBack.Should().Be(personioBefore, "the deleted integration is back as it started");
    }

    [Test]
    public async Task SnapshotRestore_BringsBackByteIdenticalReads()
    {
        var personio = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.Personio);
        var employee = (await personio.GetJson("/v1/hris/employees?page_size=1")).Ids()[0];
        var type = (await personio.GetJson("/v1/hris/absence-types")).Ids()[0];
        await personio.PostJson("/v1/hris/absences", NewAbsence(employee, type));
        var reads = new[] { "/v1/hris/employees?page_size=250", "/v1/hris/absences?page_size=250&include_deleted=true", "/v1/hris/time-off-balances?page_size=250" };
        var before = await Task.WhenAll(reads.Select(async r => (await personio.GetJson(r)).ToJsonString()));

        var saved = await _admin.Post("/_sim/snapshots", new { name = "before-changes" });
        await personio.PostJson("/v1/hris/employees", new { first_name = "After", last_name = "Snapshot" });
        var absences = await personio.GetJson("/v1/hris/absences?page_size=1");
        await personio.SendJson(HttpMethod.Delete, $"/v1/hris/absences/{absences.Ids()[0]}", null);
        await personio.SendJson(HttpMethod.Delete, $"/v1/integrations/{DefaultSeedTests.HiBob}", null);
        var changed = await Task.WhenAll(reads.Select(async r => (await personio.GetJson(r)).ToJsonString()));
        await _admin.Post("/_sim/snapshots/before-changes/restore");
        var after = await Task.WhenAll(reads.Select(async r => (await personio.GetJson(r)).ToJsonString()));
        var hibob = await DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.HiBob).GetJson("/v1/hris/employees");

        saved["integrations"]!.GetValue<int>().Should().Be(7);
        changed.Should().NotEqual(before);
        after.Should().Equal(before);
        hibob["status"]!.GetValue<string>().Should().Be("success");
        (await _admin.Get("/_sim/snapshots"))["snapshots"]!.AsArray().Single()!["name"]!.GetValue<string>().Should().Be("before-changes");
    }

    [Test]
    public async Task Snapshots_CanBeReplacedDeletedAndNamedOnlyPlainly()
    {
        await _admin.Post("/_sim/snapshots", new { name = "s1" });

        var replaced = await _admin.Post("/_sim/snapshots", new { name = "s1" });
        var deleted = await _admin.Delete("/_sim/snapshots/s1");
        var restoreMissing = await _admin.Post("/_sim/snapshots/s1/restore", null, HttpStatusCode.NotFound);
        var badName = await _admin.Post("/_sim/snapshots", new { name = "no spaces/please" }, HttpStatusCode.BadRequest);

        replaced["replaced"]!.GetValue<bool>().Should().BeTrue();
        deleted["deleted"]!.GetValue<string>().Should().Be("s1");
        restoreMissing.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        badName["error"]!["message"]!.GetValue<string>().Should().Contain("name");
    }
}
