using System.Text.Json;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.General.Passthrough;

/// <summary>personio/personnel: Personio's Personnel Data API answered from the integration's employees.</summary>
public class PersonioPassthroughTests
{
    private const string Api = "personio/personnel";

    [Test]
    public async Task ListEmployees_ReturnsTheIntegrationsEmployeesInPersoniosShape()
    {
        var (tenant, company) = Company.Create();

        var data = await tenant.Client(company.Hris.IntegrationId).Get(Api, "/company/employees");

        data["url"]!.GetValue<string>().Should().Be("https://api.personio.de/v1/company/employees");
        data["status"]!.GetValue<int>().Should().Be(200);
        var body = data["data"]!;
        body["success"]!.GetValue<bool>().Should().BeTrue();
        body["metadata"]!.Json().Should().Be("""{"total_elements":2,"current_page":0,"total_pages":1}""");
        var employees = body["data"]!.AsArray();
        employees.Select(e => e!["attributes"]!["id"]!["value"]!.GetValue<long>()).Should().Equal(1007, 1008);
        var report = employees[1]!;
        report["type"]!.GetValue<string>().Should().Be("Employee");
        var attributes = report["attributes"]!;
        attributes["first_name"]!.Json().Should().Be("""{"label":"First name","value":"Lena","type":"standard","universal_id":"first_name"}""");
        Value(attributes, "last_name").Should().Be("Vogel");
        Value(attributes, "email").Should().Be("lena.vogel@acme.example.com");
        Value(attributes, "gender").Should().Be("female");
        Value(attributes, "status").Should().Be("onboarding");
        Value(attributes, "position").Should().Be("Backend Engineer");
        Value(attributes, "employment_type").Should().Be("external");
        Value(attributes, "weekly_working_hours").Should().Be("32.5");
        Value(attributes, "hire_date").Should().Be("2027-01-04T00:00:00+00:00");
        attributes["supervisor"]!["value"]!["attributes"]!["id"]!["value"]!.GetValue<long>().Should().Be(1007);
        attributes["department"]!["value"]!.Json().Should().Be("""{"type":"Department","attributes":{"id":1000,"name":"Engineering"}}""");
        attributes["team"]!["value"]!["attributes"]!["name"]!.GetValue<string>().Should().Be("Platform");
        attributes["cost_centers"]!["value"]!.AsArray().Single()!["attributes"]!["name"]!.GetValue<string>().Should().Be("CC-100");
        attributes["office"]!["value"]!["attributes"]!["name"]!.GetValue<string>().Should().Be("Berlin");
        attributes["subcompany"]!["value"]!["attributes"]!["name"]!.GetValue<string>().Should().Be("Acme GmbH");
        attributes["dynamic_4711"]!.Json().Should().Be("""{"label":"Shirt size","value":"M","type":"standard","universal_id":null}""");
    }

    [Test]
    public async Task ListEmployees_LeavesOutDeletedEmployees()
    {
        var (tenant, company) = Company.Create();

        var data = await tenant.Client(company.Hris.IntegrationId).Get(Api, "/company/employees");

        data["data"]!["data"]!.AsArray().Select(e => e!["attributes"]!["id"]!["value"]!.GetValue<long>()).Should().NotContain(long.Parse(company.Deleted.RemoteId!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public async Task LimitAndOffset_PageThroughTheEmployees()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris("personio");
            for (var i = 0; i < 5; i++)
            {
                hris.Employee();
            }
        });

        var data = await tenant.Client(hris.IntegrationId).Get(Api, "/company/employees", new { limit = "2", offset = "2" });

        var body = data["data"]!;
        body["metadata"]!.Json().Should().Be("""{"total_elements":5,"current_page":1,"total_pages":3}""");
        body["limit"]!.GetValue<int>().Should().Be(2);
        body["offset"]!.GetValue<int>().Should().Be(2);
        body["data"]!.AsArray().Select(e => e!["attributes"]!["id"]!["value"]!.GetValue<long>()).Should().Equal(1002, 1003);
    }

    [TestCase("0", 1)]
    [TestCase("500", 200)]
    [TestCase("many", 200)]
    public async Task LimitOutsideOneTo200_IsClamped(string limit, int applied)
    {
        var (tenant, company) = Company.Create();

        var data = await tenant.Client(company.Hris.IntegrationId).Get(Api, "/company/employees", new { limit });

        data["data"]!["limit"]!.GetValue<int>().Should().Be(applied);
    }

    [Test]
    public async Task EmailFilter_ReturnsOnlyThatEmployeeStillAsAList()
    {
        var (tenant, company) = Company.Create();

        var data = await tenant.Client(company.Hris.IntegrationId).Get(Api, "/company/employees", new { email = "LENA.VOGEL@acme.example.com" });

        data["data"]!["data"]!.AsArray().Should().ContainSingle().Which!["attributes"]!["id"]!["value"]!.GetValue<long>().Should().Be(1008);
    }

    [Test]
    public async Task ShowEmployee_ReturnsOneEmployee()
    {
        var (tenant, company) = Company.Create();

        var data = await tenant.Client(company.Hris.IntegrationId).Get(Api, "/company/employees/1007");

        data["status"]!.GetValue<int>().Should().Be(200);
        data["data"]!["success"]!.GetValue<bool>().Should().BeTrue();
        Value(data["data"]!["data"]!["attributes"]!, "last_name").Should().Be("Brandt");
        data["data"]!["data"]!["attributes"]!["supervisor"]!["value"].Should().BeNull();
    }

    [Test]
    public async Task ShowDeletedOrUnknownEmployee_AnswersPersonios404()
    {
        var (tenant, company) = Company.Create();
        var client = tenant.Client(company.Hris.IntegrationId);

        var deleted = await client.Get(Api, $"/company/employees/{company.Deleted.RemoteId}");
        var unknown = await client.Get(Api, "/company/employees/999999");

        foreach (var data in new[] { deleted, unknown })
        {
            data["status"]!.GetValue<int>().Should().Be(404);
            data["data"]!["success"]!.GetValue<bool>().Should().BeFalse();
            data["data"]!["error"]!["code"]!.GetValue<int>().Should().Be(404);
        }
    }

    [Test]
    public async Task UnknownGetPath_AnswersPersonios404()
    {
        var (tenant, company) = Company.Create();

        var data = await tenant.Client(company.Hris.IntegrationId).Get(Api, "/company/offices");

        data["status"]!.GetValue<int>().Should().Be(404);
        data["data"]!["success"]!.GetValue<bool>().Should().BeFalse();
        data["headers"]!["x-kombo-sim-echo"].Should().BeNull();
    }

    [Test]
    public async Task EmployeeCreatedThroughKombo_ShowsUpInPassthrough()
    {
        var (tenant, company) = Company.Create();
        var client = tenant.Client(company.Hris.IntegrationId);

        var created = await client.PostJson("/v1/hris/employees", new { first_name = "Ada", last_name = "Lovelace", work_email = "ada@acme.example.com" });
        var remoteId = created["data"]!["remote_id"]!.GetValue<string>();
        var data = await client.Get(Api, $"/company/employees/{remoteId}");

        Value(data["data"]!["data"]!["attributes"]!, "email").Should().Be("ada@acme.example.com");
        data["data"]!["data"]!["attributes"]!["id"]!["value"]!.ToString().Should().Be(remoteId);
    }

    [Test]
    public async Task SeededRemoteData_FillsAttributesTheSimulatorDoesNotDerive()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris("personio");
            hris.Employee(e => e with
            {
                FirstName = "Current",
                RemoteData = JsonDocument.Parse("""
                    {"/company/employees":{"type":"Employee","attributes":{
                      "first_name":{"label":"First name","value":"Stale","type":"standard","universal_id":"first_name"},
                      "dynamic_99":{"label":"Bike lease","value":"yes","type":"standard","universal_id":null}}}}
                    """).RootElement.Clone(),
            });
        });

        var data = await tenant.Client(hris.IntegrationId).Get(Api, "/company/employees/1000");

        var attributes = data["data"]!["data"]!["attributes"]!;
        Value(attributes, "first_name").Should().Be("Current", "the record wins over its remote data");
        Value(attributes, "dynamic_99").Should().Be("yes");
    }

    private static string? Value(JsonNode attributes, string name) => attributes[name]!["value"]?.GetValue<string>();

    private sealed record Company(HrisBuilder Hris, Employee Manager, Employee Report, Employee Deleted)
    {
        public static (Tenant Tenant, Company Company) Create()
        {
            Company company = null!;
            var tenant = Simulator.CreateTenant(t =>
            {
                var hris = t.Hris("personio");
                var engineering = hris.Group("Engineering");
                var platform = hris.Group("Platform", "TEAM");
                var costCenter = hris.Group("CC-100", "COST_CENTER");
                var berlin = hris.Location("Berlin");
                var entity = hris.LegalEntity("Acme GmbH");
                var deleted = hris.Employee(e => e with { RemoteDeletedAt = HrisBuilder.Earlier });
                _ = hris.Employee(e => e with { RemoteDeletedAt = HrisBuilder.Earlier });
                var manager = hris.Employee(e => e with { FirstName = "Jonas", LastName = "Brandt" });
                var report = hris.Employee(e => e with
                {
                    FirstName = "Lena",
                    LastName = "Vogel",
                    WorkEmail = "lena.vogel@acme.example.com",
                    Gender = "FEMALE",
                    EmploymentStatus = "PENDING",
                    EmploymentType = "CONTRACT",
                    JobTitle = "Backend Engineer",
                    WeeklyHours = 32.5,
                    StartDate = new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero),
                    ManagerId = manager.Id,
                    WorkLocationId = berlin.Id,
                    LegalEntityId = entity.Id,
                    GroupIds = [engineering.Id, platform.Id, costCenter.Id],
                    IntegrationFields = [new IntegrationField { Id = "f1", Key = "dynamic_4711", Type = "CUSTOM", Label = "Shirt size", Value = JsonDocument.Parse("\"M\"").RootElement.Clone() }],
                });
                company = new Company(hris, manager, report, deleted);
            });
            return (tenant, company);
        }
    }
}
