using System.Net;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Hris;

public class CreateEmployeeTests
{
    [Test]
    public async Task CreateEmployee_AppearsInLaterListsWithTheFieldsSent()
    {
        HrisBuilder hris = null!;
        LegalEntity gmbh = null!;
        WorkLocation berlin = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            gmbh = hris.LegalEntity("Acme GmbH");
            berlin = hris.Location("Berlin");
        });
        var client = tenant.Client(hris.IntegrationId);

        var created = await client.PostJson("/v1/hris/employees", new
        {
            first_name = "Jana",
            last_name = "Novak",
            work_email = "jana.novak@acme.example.com",
            gender = "FEMALE",
            job_title = "Data Engineer",
            date_of_birth = "1991-04-12",
            nationality = "CZ",
            start_date = "2026-11-01",
            legal_entity_id = gmbh.Id,
            location_id = berlin.Id,
            home_address = new { street_1 = "Hauptstr. 1", city = "Berlin", zip_code = "10115", country = "DE" },
        });
        var listed = await client.GetJson("/v1/hris/employees?work_emails=jana.novak@acme.example.com");

        var data = created["data"]!;
        created["warnings"]!.AsArray().Should().BeEmpty();
        data["display_full_name"]!.GetValue<string>().Should().Be("Jana Novak");
        data["employment_status"]!.GetValue<string>().Should().Be("ACTIVE");
        data["date_of_birth"]!.GetValue<string>().Should().Be("1991-04-12T00:00:00.000Z");
        data["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        var item = listed.Results().Single()!;
        item["id"]!.GetValue<string>().Should().Be(data["id"]!.GetValue<string>());
        item["job_title"]!.GetValue<string>().Should().Be("Data Engineer");
        item["work_location"]!["id"]!.GetValue<string>().Should().Be(berlin.Id);
        item["legal_entity"]!["id"]!.GetValue<string>().Should().Be(gmbh.Id);
        item["home_address"]!["street_1"]!.GetValue<string>().Should().Be("Hauptstr. 1");
    }

    [Test]
    public async Task WithFutureStartDate_CreatesAPendingEmployee()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var created = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/employees", new { first_name = "Lea", last_name = "Roth", start_date = "2027-02-01" });

        created["data"]!["employment_status"]!.GetValue<string>().Should().Be("PENDING");
    }

    [Test]
    public async Task WithTakenWorkEmail_AnswersEmployeeAlreadyExistsAndCreatesNothing()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            hris.Employee(e => e with { WorkEmail = "taken@acme.example.com" });
        });

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/employees",
            new { first_name = "A", last_name = "B", work_email = "TAKEN@acme.example.com" }, HttpStatusCode.Conflict);

        body.ErrorCode().Should().Be("HRIS.EMPLOYEE_ALREADY_EXISTS");
        tenant.State(hris.IntegrationId).Hris.Employees.Count.Should().Be(1);
    }

    [TestCase("""{"last_name":"B"}""", "first_name")]
    [TestCase("""{"first_name":"A","last_name":"B","work_email":"not-an-email"}""", "work_email")]
    [TestCase("""{"first_name":"A","last_name":"B","nationality":"germany"}""", "nationality")]
    [TestCase("""{"first_name":"A","last_name":"B","gender":"ROBOT"}""", "gender")]
    [TestCase("""{"first_name":"A","last_name":"B","start_date":"01.02.2026"}""", "start_date")]
    [TestCase("""{"first_name":"A","last_name":"B","home_address":{"country":"de"}}""", "country")]
    [TestCase("""{"first_name":"A","last_name":"B","legal_entity_id":"unknown"}""", "legal_entity_id")]
    [TestCase("""{"first_name":1,"last_name":"B"}""", "first_name")]
    public async Task WithInvalidBody_AnswersInputInvalidNamingTheFieldAndCreatesNothing(string json, string field)
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/employees", json, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain(field);
        tenant.State(hris.IntegrationId).Hris.Employees.Count.Should().Be(0);
    }

    [Test]
    public async Task ForToolWithoutCreateEmployee_AnswersActionNotAvailable()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris("workday"));

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/employees", new { first_name = "A", last_name = "B" }, HttpStatusCode.NotImplemented);

        body.ErrorCode().Should().Be("INTEGRATION.ACTION_NOT_AVAILABLE");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("Workday");
    }
}

public class UpdateEmployeeTests
{
    [Test]
    public async Task UpdateEmployee_ChangesOnlyTheFieldsSentAndBumpsChangedAt()
    {
        HrisBuilder hris = null!;
        Employee employee = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris("silae");
            employee = hris.Employee(e => e with { JobTitle = "Analyst", MobilePhoneNumber = "+33 6 00 00 00 00" });
        });
        var client = tenant.Client(hris.IntegrationId);

        var updated = await client.SendJson(HttpMethod.Patch, $"/v1/hris/employees/{employee.Id}",
            new { work_email = employee.WorkEmail, job_title = "Senior Analyst", marital_status = "MARRIED", ssn = "1 85 05 78 006 084 36" });
        var listed = await client.GetJson($"/v1/hris/employees?ids={employee.Id}");

        updated["data"]!["job_title"]!.GetValue<string>().Should().Be("Senior Analyst");
        updated["data"]!.AsObject().Should().NotContainKey("custom_fields", "PATCH answers with EmployeeUpdated");
        var item = listed.Results().Single()!;
        item["job_title"]!.GetValue<string>().Should().Be("Senior Analyst");
        item["marital_status"]!.GetValue<string>().Should().Be("MARRIED");
        item["ssn"]!.GetValue<string>().Should().Be("1 85 05 78 006 084 36");
        item["mobile_phone_number"]!.GetValue<string>().Should().Be("+33 6 00 00 00 00", "fields not sent stay");
        item["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
    }

    [Test]
    public async Task WithPastTerminationDate_MakesTheEmployeeInactive()
    {
        HrisBuilder hris = null!;
        Employee employee = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris("silae");
            employee = hris.Employee();
        });

        var updated = await tenant.Client(hris.IntegrationId).SendJson(HttpMethod.Patch, $"/v1/hris/employees/remote:{employee.RemoteId}",
            new { work_email = employee.WorkEmail, termination_date = "2026-11-30" });

        updated["data"]!["id"]!.GetValue<string>().Should().Be(employee.Id);
        updated["data"]!["employment_status"]!.GetValue<string>().Should().Be("INACTIVE");
        updated["data"]!["termination_date"]!.GetValue<string>().Should().Be("2026-11-30T00:00:00.000Z");
    }

    [Test]
    public async Task WithoutWorkEmail_AnswersInputInvalidAndChangesNothing()
    {
        HrisBuilder hris = null!;
        Employee employee = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris("silae");
            employee = hris.Employee(e => e with { JobTitle = "Analyst" });
        });

        var body = await tenant.Client(hris.IntegrationId).SendJson(HttpMethod.Patch, $"/v1/hris/employees/{employee.Id}",
            new { job_title = "Boss" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("work_email");
        tenant.State(hris.IntegrationId).Hris.Employees.Find(employee.Id)!.JobTitle.Should().Be("Analyst");
    }

    [Test]
    public async Task WithUnknownEmployee_AnswersNotFound()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris("silae"));

        var body = await tenant.Client(hris.IntegrationId).SendJson(HttpMethod.Patch, "/v1/hris/employees/nope",
            new { work_email = "a@b.example.com" }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("nope");
    }

    [Test]
    public async Task ForPersonio_AnswersActionNotAvailable()
    {
        HrisBuilder hris = null!;
        Employee employee = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris("personio");
            employee = hris.Employee();
        });

        var body = await tenant.Client(hris.IntegrationId).SendJson(HttpMethod.Patch, $"/v1/hris/employees/{employee.Id}",
            new { work_email = employee.WorkEmail }, HttpStatusCode.NotImplemented);

        body.ErrorCode().Should().Be("INTEGRATION.ACTION_NOT_AVAILABLE");
    }
}

public class AddEmployeeAttachmentTests
{
    [Test]
    public async Task AddAttachment_KeepsTheFileOnTheEmployee()
    {
        HrisBuilder hris = null!;
        Employee employee = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            employee = hris.Employee();
        });

        var body = await tenant.Client(hris.IntegrationId).PostJson($"/v1/hris/employees/{employee.Id}/attachments",
            new { attachment = new { name = "contract.pdf", content_type = "application/pdf", data = Convert.ToBase64String("%PDF-1.7"u8.ToArray()) } });

        body["data"]!.AsObject().Should().BeEmpty();
        body["warnings"]!.AsArray().Should().BeEmpty();
        var stored = tenant.State(hris.IntegrationId).Hris.Employees.Find(employee.Id)!;
        stored.Attachments.Should().ContainSingle().Which.Name.Should().Be("contract.pdf");
        stored.ChangedAt.Should().Be(employee.ChangedAt, "an attachment is not a field of the employee");
    }

    [TestCase("""{"attachment":{"name":"a.pdf","content_type":"application/pdf","data":"QQ==","data_url":"https://files.example.com/a.pdf"}}""", "data")]
    [TestCase("""{"attachment":{"name":"a.pdf","data":"QQ=="}}""", "content_type")]
    [TestCase("""{"attachment":{"name":"a.pdf","content_type":"application/pdf","data":"not base64!"}}""", "data")]
    [TestCase("""{}""", "attachment")]
    public async Task WithInvalidFile_AnswersInputInvalidAndStoresNothing(string json, string field)
    {
        HrisBuilder hris = null!;
        Employee employee = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            employee = hris.Employee();
        });

        var body = await tenant.Client(hris.IntegrationId).PostJson($"/v1/hris/employees/{employee.Id}/attachments", json, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain(field);
        tenant.State(hris.IntegrationId).Hris.Employees.Find(employee.Id)!.Attachments.Should().BeEmpty();
    }

    [Test]
    public async Task ForUnknownEmployee_AnswersNotFound()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/employees/missing/attachments",
            new { attachment = new { name = "a.pdf", data_url = "https://files.example.com/a.pdf" } }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
    }
}
