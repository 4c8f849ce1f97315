using System.Net;
using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Assessment;

public class SetPackagesTests
{
    private const string Url = "/v1/assessment/packages";
    private const string NowText = "2026-12-01T09:00:00.000Z";
    private const string EarlierText = "2026-12-01T08:00:00.000Z";

    [Test]
    public async Task NewPackages_AreReturnedExactlyByGet()
    {
        var tenant = AssessmentTenant.Create();
        var client = tenant.Client();
        var body = new
        {
            packages = new[]
            {
                new { id = "1001", type = "SKILLS_TEST", name = "TypeScript", description = "TypeScript coding skills assessments" },
                new { id = "1002", type = "VIDEO_INTERVIEW", name = "Video Interview", description = "Video interview to assess communication skills" },
            },
        };

        var put = await client.SendJson(HttpMethod.Put, Url, body);
        var get = await client.GetJson(Url);

        put["status"]!.GetValue<string>().Should().Be("success");
        put["data"]!.AsObject().Should().BeEmpty();
        put["warnings"]!.AsArray().Should().BeEmpty();
        get["data"]!["packages"]!.AsArray().Select(p => p!.ToJsonString()).Should().Equal(
            """{"id":"1001","name":"TypeScript","description":"TypeScript coding skills assessments","updated_at":"2026-12-01T09:00:00.000Z","type":"SKILLS_TEST"}""",
            """{"id":"1002","name":"Video Interview","description":"Video interview to assess communication skills","updated_at":"2026-12-01T09:00:00.000Z","type":"VIDEO_INTERVIEW"}""");
    }

    [Test]
    public async Task PackageLeftOut_DisappearsFromGetAndIsKeptAsDeleted()
    {
        var tenant = WithPackages("1001", "1002");
        var client = tenant.Client();

        await client.SendJson(HttpMethod.Put, Url, Submission(Package("1002", "Package 1002")));
        var get = await client.GetJson(Url);

        PackageIds(get).Should().Equal("1002");
        var kept = tenant.State().Assessment.Packages.Find("1001");
        kept.Should().NotBeNull();
        kept!.RemoteDeletedAt.Should().Be(SimulatorHost.Now);
    }

    [Test]
    public async Task UnchangedPackage_KeepsItsUpdatedAtWhileChangedOneMoves()
    {
        var tenant = WithPackages("1001", "1002");
        var client = tenant.Client();

        await client.SendJson(HttpMethod.Put, Url, Submission(Package("1001", "Package 1001"), Package("1002", "Renamed")));
        var get = await client.GetJson(Url);

        var packages = get["data"]!["packages"]!.AsArray();
        packages[0]!["updated_at"]!.GetValue<string>().Should().Be(EarlierText);
        packages[1]!["name"]!.GetValue<string>().Should().Be("Renamed");
        packages[1]!["updated_at"]!.GetValue<string>().Should().Be(NowText);
    }

    [Test]
    public async Task EmptyList_RemovesEveryPackage()
    {
        var tenant = WithPackages("1001");
        var client = tenant.Client();

        await client.SendJson(HttpMethod.Put, Url, Submission());
        var get = await client.GetJson(Url);

        get["data"]!["packages"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task DeletedPackageSubmittedAgain_IsReturnedAgain()
    {
        var tenant = WithPackages("1001");
        var client = tenant.Client();
        await client.SendJson(HttpMethod.Put, Url, Submission());

        await client.SendJson(HttpMethod.Put, Url, Submission(Package("1001", "Package 1001")));
        var get = await client.GetJson(Url);

        PackageIds(get).Should().Equal("1001");
        get["data"]!["packages"]![0]!["updated_at"]!.GetValue<string>().Should().Be(NowText);
    }

    [Test]
    public async Task DuplicateIds_AnswersInputInvalidAndChangesNothing()
    {
        var tenant = WithPackages("1001");
        var client = tenant.Client();
        var before = tenant.State();

        var error = await client.SendJson(HttpMethod.Put, Url, Submission(Package("2001", "A"), Package("2001", "B")), HttpStatusCode.BadRequest);

        error.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        error["error"]!["message"]!.GetValue<string>().Should().Contain("\"2001\" appears more than once");
        tenant.State().Should().BeSameAs(before);
        PackageIds(await client.GetJson(Url)).Should().Equal("1001");
    }

    [TestCase("""{}""", "packages")]
    [TestCase("""{"packages":null}""", "packages")]
    [TestCase("""{"packages":[null]}""", "packages[0]")]
    [TestCase("""{"packages":[{"type":"SKILLS_TEST","name":"n","description":"d"}]}""", "packages[0].id")]
    [TestCase("""{"packages":[{"id":"1","type":"QUIZ","name":"n","description":"d"}]}""", "packages[0].type")]
    [TestCase("""{"packages":[{"id":"1","name":"n","description":"d"}]}""", "packages[0].type")]
    [TestCase("""{"packages":[{"id":"1","type":"SKILLS_TEST","description":"d"}]}""", "packages[0].name")]
    [TestCase("""{"packages":[{"id":"1","type":"SKILLS_TEST","name":"n"}]}""", "packages[0].description")]
    [TestCase("""{"packages":[{"id":1,"type":"SKILLS_TEST","name":"n","description":"d"}]}""", "packages[0].id")]
    public async Task InvalidBody_AnswersInputInvalidNamingTheFieldAndChangesNothing(string body, string field)
    {
        var tenant = WithPackages("1001");
        var before = tenant.State();

        var error = await tenant.Client().SendJson(HttpMethod.Put, Url, body, HttpStatusCode.BadRequest);

        error.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        error["error"]!["message"]!.GetValue<string>().Should().Contain(field);
        tenant.State().Should().BeSameAs(before);
    }

    private static AssessmentTenant WithPackages(params string[] ids) =>
        AssessmentTenant.Create(a =>
        {
            foreach (var id in ids)
            {
                a.Package(id);
            }
        });

    private static object Submission(params object[] packages) => new { packages };

    private static object Package(string id, string name) =>
        new { id, type = "SKILLS_TEST", name, description = $"Description of package {id}" };

    private static IEnumerable<string> PackageIds(JsonNode get) =>
        get["data"]!["packages"]!.AsArray().Select(p => p!["id"]!.GetValue<string>());
}
