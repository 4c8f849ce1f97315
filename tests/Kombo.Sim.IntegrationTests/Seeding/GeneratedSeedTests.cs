using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Seeding;

/// <summary>The default seed with generated records added through the <c>Generator</c> settings, read back over /v1.</summary>
public class GeneratedSeedTests
{
    private const int Employees = 300;
    private const int Absences = 4;
    private const int Candidates = 200;
    private const int Applications = 320;

    private SimulatorHost _host = null!;

    private static SimulatorHost Start(int seed = 11, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Seed:Path"] = "seed-data",
            ["Generator:Seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Generator:Employees"] = $"{Employees}",
            ["Generator:AbsencesPerEmployee"] = $"{Absences}",
            ["Generator:Candidates"] = $"{Candidates}",
            ["Generator:Applications"] = $"{Applications}",
            ["Generator:OpenOrders"] = "10",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new SimulatorHost(settings: settings);
    }

    [OneTimeSetUp]
    public void StartHost() => _host = Start();

    [OneTimeTearDown]
    public void StopHost() => _host.Dispose();

    [Test]
    public async Task Personio_ServesTheSeedsEmployeesFirstThenTheGeneratedOnes()
    {
        var client = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.Personio);

        var employees = await client.WalkAll("/v1/hris/employees?include_deleted=true", 250);

        employees.Should().HaveCount(50 + Employees);
        employees[0]["work_email"]!.GetValue<string>().Should().Be("katharina.weber@acme.de", "the hand-written seed comes first");
        var generated = employees.Skip(50).ToList();
        generated.Select(e => e["work_email"]!.GetValue<string>()).Should().OnlyContain(e => e.EndsWith("@acme.de", StringComparison.Ordinal));
        generated.Select(e => e["employment_status"]!.GetValue<string>()).Distinct().Should().Contain(["ACTIVE", "INACTIVE"]);
        generated.Should().OnlyContain(e => e["manager"] != null, "everyone reports up to the seed's CEO");
        generated.Should().Contain(e => e["groups"]!.AsArray().Count >= 2);
        generated.Should().OnlyContain(e => e["work_location"] != null && e["legal_entity"] != null);
        generated.Should().OnlyContain(e => e["employments"]!.AsArray().Count >= 1);
        employees.Select(e => e["work_email"]!.GetValue<string>()).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public async Task Personio_GeneratedBalancesAgreeWithTheGeneratedAbsences()
    {
        var client = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.Personio);

        var balances = await client.WalkAll("/v1/hris/time-off-balances", 250);
        var absences = await client.WalkAll("/v1/hris/absences?include_deleted=true", 250);
        var groups = await client.WalkAll("/v1/hris/groups", 250);

        absences.Should().HaveCount(42 + Employees * Absences);
        groups.Should().HaveCount(18, "the seed's organisation is reused, not duplicated");
        balances.Count.Should().BeGreaterThan(92 + Employees);
        var used = absences
            .Where(a => a["remote_deleted_at"] == null && a["status"]!.GetValue<string>() is not ("DECLINED" or "CANCELLED"))
            .GroupBy(a => (a["employee_id"]!.GetValue<string>(), a["type_id"]!.GetValue<string>()))
            .ToDictionary(g => g.Key, g => g.Sum(a => a["amount"]!.GetValue<double>()));
        foreach (var balance in balances)
        {
            var expected = used.GetValueOrDefault((balance["employee_id"]!.GetValue<string>(), balance["type_id"]!.GetValue<string>()));
            balance["used"]!.GetValue<double>().Should().BeApproximately(expected, 0.001, "balance {0}", balance["id"]);
        }
    }

    [Test]
    public async Task HiBob_KeepsItsCoverage()
    {
        var client = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.HiBob);

        var employees = await client.WalkAll("/v1/hris/employees", 250);
        var entities = await client.GetJson("/v1/hris/legal-entities", HttpStatusCode.NotImplemented);

        employees.Count.Should().BeGreaterThan(Employees);
        employees.Should().OnlyContain(e => e["legal_entity_id"] == null);
        entities.ErrorCode().Should().Be("INTEGRATION.MODEL_NOT_AVAILABLE");
    }

    [Test]
    public async Task Greenhouse_GetsCandidatesAndApplicationsInTheSeedsJobs()
    {
        var client = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.Greenhouse);

        var jobs = await client.WalkAll("/v1/ats/jobs", 250);
        var candidates = await client.WalkAll("/v1/ats/candidates", 250);
        var applications = await client.WalkAll("/v1/ats/applications", 250);
        var tags = await client.WalkAll("/v1/ats/tags", 250);

        jobs.Should().HaveCount(9, "the seed's jobs have room for 1.6 applications per candidate");
        tags.Should().HaveCount(10);
        candidates.Should().HaveCount(60 + Candidates);
        applications.Should().HaveCount(80 + Applications);
        var stagesByJob = jobs.ToDictionary(j => j["id"]!.GetValue<string>(), j => j["stages"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList());
        applications.Should().OnlyContain(a => stagesByJob[a["job_id"]!.GetValue<string>()].Contains(a["current_stage_id"]!.GetValue<string>()));
        applications.Skip(80).Select(a => a["outcome"]!.GetValue<string>()).Distinct().Should().Contain(["PENDING", "DECLINED"]);
        candidates.Skip(60).Should().Contain(c => c["tags"]!.AsArray().Count > 0);
    }

    [Test]
    public async Task SmartRecruiters_GetsMoreOpenOrders()
    {
        var client = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.SmartRecruiters);

        var orders = await client.WalkAll("/v1/assessment/orders/open", 100);

        orders.Should().HaveCount(3 + 10);
    }

    [Test]
    public async Task Reset_ReturnsToTheGeneratedWorld()
    {
        using var host = Start();
        var client = DefaultSeedTests.DefaultClient(host, DefaultSeedTests.Personio);
        var before = (await client.GetJson("/v1/hris/employees?page_size=20&cursor=" + await CursorAt(client, 60))).ToJsonString();
        await client.PostJson("/v1/hris/employees", new { first_name = "Temp", last_name = "Worker" });

        await host.CreateClient().PostAsync("/_sim/reset", null);
        var after = (await client.GetJson("/v1/hris/employees?page_size=20&cursor=" + await CursorAt(client, 60))).ToJsonString();
        var all = await client.WalkAll("/v1/hris/employees", 250);

        after.Should().Be(before);
        all.Should().HaveCount(50 + Employees);
    }

    [Test]
    public async Task TwoHostsWithTheSameSettings_AnswerTheSameBytes()
    {
        using var first = Start(seed: 5);
        using var second = Start(seed: 5);
        using var other = Start(seed: 6);

        var a = await Transcript(first);
        var b = await Transcript(second);
        var c = await Transcript(other);

        a.Length.Should().BeGreaterThan(100_000);
        b.Should().Be(a);
        c.Should().NotBe(a, "another seed generates other people");
    }

    [Test]
    public void BadSettings_StopTheStartWithAClearMessage()
    {
        using var host = Start(more: new Dictionary<string, string?> { ["Generator:Applications"] = "5000", ["Generator:Jobs"] = "0" });

        var start = () => host.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage("*Generator*greenhouse*need at least 25 jobs*");
    }

    /// <summary>Pages through the generated records of every model and makes a write; returns every body in order.</summary>
    private static async Task<string> Transcript(SimulatorHost host)
    {
        var transcript = new StringBuilder();
        var personio = DefaultSeedTests.DefaultClient(host, DefaultSeedTests.Personio);
        var greenhouse = DefaultSeedTests.DefaultClient(host, DefaultSeedTests.Greenhouse);
        foreach (var (client, path) in new[]
        {
            (personio, "/v1/hris/employees"), (personio, "/v1/hris/absences"), (personio, "/v1/hris/time-off-balances"), (personio, "/v1/hris/employments"),
            (greenhouse, "/v1/ats/candidates"), (greenhouse, "/v1/ats/applications"),
        })
        {
            foreach (var item in await client.WalkAll(path, 250))
            {
                transcript.AppendLine(item.ToJsonString());
            }
        }

        var employee = (await personio.GetJson("/v1/hris/employees?page_size=1&cursor=" + await CursorAt(personio, 70))).Ids()[0];
        var created = await personio.PostAsJsonAsync("/v1/hris/employees", new { first_name = "Ida", last_name = "Determinist" });
        transcript.AppendLine(employee).AppendLine(await created.Content.ReadAsStringAsync());
        return transcript.ToString();
    }

    /// <summary>The cursor of the page that starts at <paramref name="position"/>.</summary>
    private static async Task<string> CursorAt(HttpClient client, int position)
    {
        var page = await client.GetJson($"/v1/hris/employees?page_size={position}");
        return Uri.EscapeDataString(page["data"]!["next"]!.GetValue<string>());
    }
}
