using AutoMapper;
using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.Api.Infrastructure;
using Kombo.Sim.Api.Seeding;

namespace Kombo.Sim.UnitTests.Assessment;

public sealed class AssessmentSeedTests
{
    private const string Integration = """
        {"id":"smartrecruiters:SeedIntegration123456789","tool":"smartrecruiters","category":"ASSESSMENT",
         "end_user":{"organization_name":"Acme","creator_email":null,"origin_id":null},"created_at":"2026-01-01T00:00:00.000Z"}
        """;

    private const string Packages = """
        [{"id":"1001","name":"TypeScript","description":"Coding test","updated_at":"2026-01-02T00:00:00.000Z","type":"SKILLS_TEST"},
         {"id":"1002","name":"Video","description":"Interview","updated_at":null,"type":null}]
        """;

    private static readonly SeedLoader Loader = new();

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kombo-assessment-seed-" + Path.GetRandomFileName());

    [SetUp]
    public void CreateFolder()
    {
        Directory.CreateDirectory(_folder);
        Write("integration.json", Integration);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void PackagesAndOrders_AreLoaded()
    {
        Write("packages.json", Packages);
        Write("orders.json", $"[{Order("OrderOpen", "1001", "OPEN")},{Order("OrderDone", "1002", "COMPLETED")}]");

        var state = Loader.LoadIntegration(_folder);

        state.Assessment.Packages.Rows.Select(p => p.Id).Should().Equal("1001", "1002");
        state.Assessment.Packages.Find("1001")!.UpdatedAt.Should().Be(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero));
        state.Assessment.Packages.Find("1002")!.Type.Should().BeNull();
        var open = state.Assessment.Orders.Find("OrderOpen")!;
        open.Status.Should().Be(AssessmentRules.Open);
        open.ChangedAt.Should().Be(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "seeded orders count as placed when the integration was created");
        open.Candidate.Email.Should().Be("ada@example.com");
        open.Job.Location!.Street1.Should().Be("Main St 1");
        open.Job.HiringTeam.Single().HiringTeamRoles.Should().Equal("RECRUITER", "HIRING_MANAGER");
        state.Assessment.Orders.Find("OrderDone")!.Status.Should().Be(AssessmentRules.Completed);
    }

    [Test]
    public void WithoutAssessmentFiles_LoadsEmptyAssessmentData()
    {
        var state = Loader.LoadIntegration(_folder);

        state.Assessment.Packages.Count.Should().Be(0);
        state.Assessment.Orders.Count.Should().Be(0);
    }

    [Test]
    public void DuplicatePackageId_ThrowsNamingFileAndRecord()
    {
        Write("packages.json", """[{"id":"1001","name":"A","description":"a","updated_at":null,"type":"BEHAVIORAL"},{"id":"1001","name":"B","description":"b","updated_at":null,"type":"BEHAVIORAL"}]""");

        var load = () => Loader.LoadIntegration(_folder);

        var thrown = load.Should().Throw<SeedException>().Which;
        thrown.File.Should().EndWith("packages.json");
        thrown.RecordId.Should().Be("1001");
    }

    [Test]
    public void DuplicateOrderId_ThrowsNamingFileAndRecord()
    {
        Write("packages.json", Packages);
        Write("orders.json", $"[{Order("OrderTwice", "1001", "OPEN")},{Order("OrderTwice", "1002", "OPEN")}]");

        var load = () => Loader.LoadIntegration(_folder);

        var thrown = load.Should().Throw<SeedException>().Which;
        thrown.File.Should().EndWith("orders.json");
        thrown.RecordId.Should().Be("OrderTwice");
    }

    [TestCase("9999", "OPEN", "package_id 9999")]
    [TestCase("1001", "DONE", "status")]
    public void InvalidOrder_ThrowsNamingFileRecordAndProblem(string packageId, string status, string problem)
    {
        Write("packages.json", Packages);
        Write("orders.json", $"[{Order("OrderBad", packageId, status)}]");

        var load = () => Loader.LoadIntegration(_folder);

        var thrown = load.Should().Throw<SeedException>().Which;
        thrown.File.Should().EndWith("orders.json");
        thrown.RecordId.Should().Be("OrderBad");
        thrown.Message.Should().Contain(problem);
    }

    [Test]
    public void OrderWithoutPackageId_ThrowsNamingFileAndRecord()
    {
        Write("packages.json", Packages);
        Write("orders.json", "[" + Order("OrderNoPackage", "1001", "OPEN").Replace("\"package_id\":\"1001\"", "\"package_id\":null", StringComparison.Ordinal) + "]");

        var load = () => Loader.LoadIntegration(_folder);

        var thrown = load.Should().Throw<SeedException>().Which;
        thrown.RecordId.Should().Be("OrderNoPackage");
        thrown.Message.Should().Contain("package_id");
    }

    [Test]
    public void UnknownPackageType_ThrowsNamingFileAndRecord()
    {
        Write("packages.json", """[{"id":"1001","name":"A","description":"a","updated_at":null,"type":"QUIZ"}]""");

        var load = () => Loader.LoadIntegration(_folder);

        var thrown = load.Should().Throw<SeedException>().Which;
        thrown.RecordId.Should().Be("1001");
        thrown.Message.Should().Contain("QUIZ");
    }

    private void Write(string fileName, string json) => File.WriteAllText(Path.Combine(_folder, fileName), json);

    private static string Order(string id, string packageId, string status) => $$$"""
        {"id":"{{{id}}}","package_id":"{{{packageId}}}","status":"{{{status}}}",
         "candidate":{"email":"ada@example.com","first_name":"Ada","last_name":"Lovelace","phone":null,"remote_id":"c1"},
         "application":{"remote_id":"a1"},
         "job":{"remote_id":"j1","name":"Engineer",
                "location":{"city":"Berlin","country":"DE","raw":null,"state":null,"street_1":"Main St 1","street_2":null,"zip_code":"10115"},
                "hiring_team":[{"remote_id":"u1","email":"r@example.com","first_name":"Rita","last_name":"R","hiring_team_roles":["RECRUITER","HIRING_MANAGER"]}]}}
        """;
}
