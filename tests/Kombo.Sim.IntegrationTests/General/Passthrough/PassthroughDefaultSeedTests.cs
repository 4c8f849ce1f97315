using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Infrastructure;
using Kombo.Sim.IntegrationTests.Seeding;

namespace Kombo.Sim.IntegrationTests.General.Passthrough;

/// <summary>
/// Passthrough and the unified API read the same records: for every tool of the default world that the simulator models
/// natively, the tool's own list holds exactly the records (remote ids and names) that Kombo's list holds.
/// </summary>
public class PassthroughDefaultSeedTests
{
    private SimulatorHost _host = null!;

    [OneTimeSetUp]
    public void Start() => _host = DefaultSeedTests.StartWithDefaultSeed();

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    [Test]
    public async Task Personio_PassthroughAndUnifiedApiListTheSameEmployees()
    {
        var client = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.Personio);

        var unified = await client.WalkAll("/v1/hris/employees", 250);
        var native = await client.Get("personio/personnel", "/company/employees", new { limit = "200" });

        var employees = native["data"]!["data"]!.AsArray().Select(e => e!["attributes"]!).Select(a => new Person(
            a["id"]!["value"]!.ToString(), a["first_name"]!["value"]!.GetValue<string>(), a["last_name"]!["value"]!.GetValue<string>()));
        employees.Should().BeEquivalentTo(Unified(unified)).And.HaveCount(50);
    }

    [Test]
    public async Task Personio_SeededRawFieldsShowAsPersonioAttributes()
    {
        var client = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.Personio);

        var native = await client.Get("personio/personnel", "/company/employees/1001");

        var attributes = native["data"]!["data"]!["attributes"]!;
        attributes["dynamic_1146702"]!["label"]!.GetValue<string>().Should().Be("Shirt size");
        attributes["dynamic_1146705"]!["label"]!.GetValue<string>().Should().Be("Lunch preference");
        attributes["department"]!["value"]!["attributes"]!["name"]!.GetValue<string>().Should().Be("Management");
    }

    [Test]
    public async Task HiBob_PassthroughAndUnifiedApiListTheSameEmployees()
    {
        var client = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.HiBob);

        var unified = await client.WalkAll("/v1/hris/employees", 250);
        var native = await client.Get("hibob/v1", "/people", new { showInactive = "true" });

        var employees = native["data"]!["employees"]!.AsArray().Select(e => new Person(
            e!["id"]!.GetValue<string>(), e["firstName"]!.GetValue<string>(), e["surname"]!.GetValue<string>()));
        employees.Should().BeEquivalentTo(Unified(unified)).And.NotBeEmpty();
    }

    [Test]
    public async Task Greenhouse_PassthroughPagesAndUnifiedApiListTheSameCandidates()
    {
        var client = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.Greenhouse);

        var unified = await client.WalkAll("/v1/ats/candidates", 250);
        var native = new List<JsonNode>();
        string? path = "/candidates?per_page=25";
        while (path is not null)
        {
            var page = await client.Upstream("greenhouse/harvest", new { method = "GET", path });
            native.AddRange(page["data"]!.AsArray().Select(c => c!));
            path = PassthroughClient.NextPath(page["headers"]!["link"]!.GetValue<string>());
        }

        var candidates = native.Select(c => new Person(c["id"]!.ToString(), c["first_name"]!.GetValue<string>(), c["last_name"]!.GetValue<string>()));
        candidates.Should().BeEquivalentTo(Unified(unified)).And.HaveCount(60);
    }

    [Test]
    public async Task Greenhouse_ApplicationStatusesAgreeWithUnifiedOutcomes()
    {
        var client = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.Greenhouse);

        var unified = await client.WalkAll("/v1/ats/applications", 250);
        var native = await client.Get("greenhouse/harvest", "/applications", new { per_page = "500" });

        var statuses = native["data"]!.AsArray().ToDictionary(a => a!["id"]!.ToString(), a => a!["status"]!.GetValue<string>());
        var outcomes = unified.ToDictionary(a => a["remote_id"]!.GetValue<string>(), a => a["outcome"]!.GetValue<string>() switch
        {
            "HIRED" => "hired",
            "DECLINED" => "rejected",
            _ => "active",
        });
        statuses.Should().Equal(outcomes);
    }

    [Test]
    public async Task JazzHr_PassthroughApplicantsAreTheUnifiedCandidates()
    {
        var client = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.JazzHr);

        var unified = await client.WalkAll("/v1/ats/candidates", 250);
        var native = await client.Get("jazzhr/v1", "/applicants");

        var applicants = native["data"]!.AsArray().Select(a => new Person(
            a!["id"]!.GetValue<string>(), a["first_name"]!.GetValue<string>(), a["last_name"]!.GetValue<string>()));
        applicants.Should().BeEquivalentTo(Unified(unified)).And.NotBeEmpty();
    }

    private static IEnumerable<Person> Unified(IEnumerable<JsonNode> records) => records.Select(r => new Person(
        r["remote_id"]!.GetValue<string>(), r["first_name"]!.GetValue<string>(), r["last_name"]!.GetValue<string>()));

    private sealed record Person(string RemoteId, string FirstName, string LastName);
}
