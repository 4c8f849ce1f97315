using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.General.Passthrough;

/// <summary>hibob/v1: Bob's people endpoints answered from the integration's employees.</summary>
public class HiBobPassthroughTests
{
    private const string Api = "hibob/v1";

    [Test]
    public async Task GetPeople_ListsCurrentEmployeesInBobsShape()
    {
        var (tenant, bob) = Bob.Create();

        var data = await tenant.Client(bob.Hris.IntegrationId).Get(Api, "/people");

        data["url"]!.GetValue<string>().Should().Be("https://api.hibob.com/v1/people");
        var employees = data["data"]!["employees"]!.AsArray();
        Ids(employees).Should().Equal(bob.Manager.RemoteId, bob.Report.RemoteId);
        var report = employees[1]!;
        report["firstName"]!.GetValue<string>().Should().Be("Amelia");
        report["surname"]!.GetValue<string>().Should().Be("Clarke");
        report["displayName"]!.GetValue<string>().Should().Be("Amelia Clarke");
        report["email"]!.GetValue<string>().Should().Be("amelia.clarke@acmelabs.example.com");
        report["personal"]!.Json().Should().Be("""{"gender":"Female","nationality":["GB"],"shortBirthDate":"04-02"}""");
        var work = report["work"]!;
        work["title"]!.GetValue<string>().Should().Be("Data Scientist");
        work["department"]!.GetValue<string>().Should().Be("Data");
        work["site"]!.GetValue<string>().Should().Be("London");
        work["startDate"]!.GetValue<string>().Should().Be("2022-05-02");
        work["isManager"]!.GetValue<bool>().Should().BeFalse();
        work["reportsTo"]!["id"]!.GetValue<string>().Should().Be(bob.Manager.RemoteId);
        employees[0]!["work"]!["isManager"]!.GetValue<bool>().Should().BeTrue();
        report["internal"]!["lifecycleStatus"]!.GetValue<string>().Should().Be("employed");
    }

    [Test]
    public async Task GetPeopleWithShowInactive_IncludesTerminatedEmployees()
    {
        var (tenant, bob) = Bob.Create();

        var data = await tenant.Client(bob.Hris.IntegrationId).Get(Api, "/people", new { showInactive = "true" });

        var employees = data["data"]!["employees"]!.AsArray();
        Ids(employees).Should().Equal(bob.Manager.RemoteId, bob.Report.RemoteId, bob.Leaver.RemoteId);
        employees[2]!["internal"]!.Json().Should().Be("""{"status":"Inactive","lifecycleStatus":"terminated","terminationDate":"2026-06-30"}""");
    }

    [Test]
    public async Task GetPerson_FindsAnEmployeeByIdOrEmail()
    {
        var (tenant, bob) = Bob.Create();
        var client = tenant.Client(bob.Hris.IntegrationId);

        var byId = await client.Get(Api, $"/people/{bob.Report.RemoteId}");
        var byEmail = await client.Get(Api, "/people/amelia.clarke@acmelabs.example.com");

        byId["data"]!["id"]!.GetValue<string>().Should().Be(bob.Report.RemoteId);
        byEmail["data"]!["id"]!.GetValue<string>().Should().Be(bob.Report.RemoteId);
    }

    [Test]
    public async Task GetUnknownPerson_AnswersBobs404()
    {
        var (tenant, bob) = Bob.Create();

        var data = await tenant.Client(bob.Hris.IntegrationId).Get(Api, "/people/424242");

        data["status"]!.GetValue<int>().Should().Be(404);
        data["data"]!["error"]!.GetValue<string>().Should().Contain("424242");
    }

    [Test]
    public async Task SearchPeople_WithoutFilters_ListsCurrentEmployees()
    {
        var (tenant, bob) = Bob.Create();

        var data = await Search(tenant.Client(bob.Hris.IntegrationId), new { fields = new[] { "root.id" } });

        Ids(data["data"]!["employees"]!.AsArray()).Should().Equal(bob.Manager.RemoteId, bob.Report.RemoteId);
    }

    [Test]
    public async Task SearchPeople_ByRootEmail_ReturnsTheMatchingEmployees()
    {
        var (tenant, bob) = Bob.Create();

        var data = await Search(tenant.Client(bob.Hris.IntegrationId), new
        {
            showInactive = true,
            filters = Filter("root.email", "equals", "AMELIA.CLARKE@acmelabs.example.com", bob.Leaver.WorkEmail),
        });

        data["status"]!.GetValue<int>().Should().Be(200);
        Ids(data["data"]!["employees"]!.AsArray()).Should().Equal(bob.Report.RemoteId, bob.Leaver.RemoteId);
    }

    [Test]
    public async Task SearchPeople_ByRootId_ReturnsTheMatchingEmployee()
    {
        var (tenant, bob) = Bob.Create();

        var data = await Search(tenant.Client(bob.Hris.IntegrationId), new { filters = Filter("root.id", "equals", bob.Manager.RemoteId) });

        Ids(data["data"]!["employees"]!.AsArray()).Should().Equal(bob.Manager.RemoteId);
    }

    [Test]
    public async Task SearchPeople_WithAnUnsupportedFilter_AnswersBobs400()
    {
        var (tenant, bob) = Bob.Create();

        var data = await Search(tenant.Client(bob.Hris.IntegrationId), new { filters = Filter("work.department", "contains", "Data") });

        data["status"]!.GetValue<int>().Should().Be(400);
        data["data"]!["error"]!.GetValue<string>().Should().Contain("root.id");
    }

    [Test]
    public async Task PostToAnotherPath_IsEchoed()
    {
        var (tenant, bob) = Bob.Create();

        var data = await tenant.Client(bob.Hris.IntegrationId).Upstream(Api, new { method = "POST", path = "/people", data = new { firstName = "New" } });

        data["status"]!.GetValue<int>().Should().Be(200);
        data["data"]!["body"]!["firstName"]!.GetValue<string>().Should().Be("New");
    }

    private static Task<JsonNode> Search(HttpClient client, object body) => client.Upstream(Api, new { method = "POST", path = "/people/search", data = body });

    private static object[] Filter(string fieldPath, string @operator, params string?[] values) => [new { fieldPath, @operator, values }];

    private static IEnumerable<string?> Ids(JsonArray employees) => employees.Select(e => e!["id"]!.GetValue<string>());

    private sealed record Bob(HrisBuilder Hris, Employee Manager, Employee Report, Employee Leaver)
    {
        public static (Tenant Tenant, Bob Bob) Create()
        {
            Bob bob = null!;
            var tenant = Simulator.CreateTenant(t =>
            {
                var hris = t.Hris("hibob");
                var data = hris.Group("Data");
                var london = hris.Location("London");
                var manager = hris.Employee();
                var report = hris.Employee(e => e with
                {
                    FirstName = "Amelia",
                    LastName = "Clarke",
                    DisplayFullName = "Amelia Clarke",
                    WorkEmail = "amelia.clarke@acmelabs.example.com",
                    Gender = "FEMALE",
                    Nationality = "GB",
                    DateOfBirth = new DateTimeOffset(1990, 4, 2, 0, 0, 0, TimeSpan.Zero),
                    JobTitle = "Data Scientist",
                    StartDate = new DateTimeOffset(2022, 5, 2, 0, 0, 0, TimeSpan.Zero),
                    GroupIds = [data.Id],
                    WorkLocationId = london.Id,
                    ManagerId = manager.Id,
                });
                var leaver = hris.Employee(e => e with { EmploymentStatus = "INACTIVE", TerminationDate = new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero) });
                hris.Employee(e => e with { RemoteDeletedAt = HrisBuilder.Earlier });
                bob = new Bob(hris, manager, report, leaver);
            });
            return (tenant, bob);
        }
    }
}
