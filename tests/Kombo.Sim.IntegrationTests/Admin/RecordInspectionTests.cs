using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Admin;

public class RecordInspectionTests
{
    [Test]
    public async Task ApplicationNotesAndAttachments_AreVisibleToTheControlPlane()
    {
        AtsBuilder ats = null!;
        Kombo.Sim.Api.Domain.Ats.Application application = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            application = ats.Application(ats.Candidate(), ats.Job());
        });
        var client = tenant.Client(ats.IntegrationId);
        await client.PostJson($"/v1/ats/applications/{application.Id}/notes", new { content = "Great culture add.", content_type = "PLAIN_TEXT" });
        await client.PostJson($"/v1/ats/applications/{application.Id}/attachments", new { attachment = new { name = "portfolio.pdf", data_url = "https://files.example.com/p.pdf", type = "OTHER" } });
        var admin = new AdminClient(Simulator.Host.CreateClient());

        var record = await admin.Get($"/_sim/environments/{tenant.Environment.Id}/integrations/{ats.IntegrationId}/records/ats_applications/{application.Id}");

        record.ToJsonString().Should().Contain("Great culture add.").And.Contain("portfolio.pdf");
    }

    [Test]
    public async Task EmployeeAttachment_IsVisibleToTheControlPlane()
    {
        HrisBuilder hris = null!;
        Kombo.Sim.Api.Domain.Hris.Employee employee = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            employee = hris.Employee();
        });
        await tenant.Client(hris.IntegrationId).PostJson($"/v1/hris/employees/{employee.Id}/attachments", new { attachment = new { name = "id-card.png", data_url = "https://files.example.com/id.png" } });
        var admin = new AdminClient(Simulator.Host.CreateClient());

        var record = await admin.Get($"/_sim/environments/{tenant.Environment.Id}/integrations/{hris.IntegrationId}/records/hris_employees/{employee.Id}");

        record["attachments"]!.AsArray().Single()!["name"]!.GetValue<string>().Should().Be("id-card.png");
    }

    [TestCase("hris_payslips", "x", HttpStatusCode.BadRequest)]
    [TestCase("hris_employees", "nobody", HttpStatusCode.NotFound)]
    public async Task UnknownModelOrRecord_AnswersInKombosEnvelope(string model, string id, HttpStatusCode expected)
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await new AdminClient(Simulator.Host.CreateClient()).Get($"/_sim/environments/{tenant.Environment.Id}/integrations/{hris.IntegrationId}/records/{model}/{id}", expected);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
    }
}
