using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class AddCandidateAttachmentTests
{
    [Test]
    public async Task Attachment_IsKeptOnTheCandidateAndBumpsRemoteUpdatedAt()
    {
        var (tenant, ats, application) = ApplicationFixture.Create();
        var client = tenant.Client(ats.IntegrationId);

        await client.PostJson($"/v1/ats/candidates/{application.CandidateId}/attachments",
            new { attachment = new { name = "letter.pdf", data_url = "https://files.example.com/letter.pdf", type = "COVER_LETTER" } });

        var file = tenant.State(ats.IntegrationId).Ats.Candidates.Find(application.CandidateId)!.Attachments.Single();
        (file.Name, file.Type, file.DataUrl).Should().Be(("letter.pdf", "COVER_LETTER", "https://files.example.com/letter.pdf"));
        var read = (await client.GetJson("/v1/ats/candidates?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        read["remote_updated_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        read["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z");
    }

    [Test]
    public async Task ForUnknownCandidate_AnswersNotFound()
    {
        var (tenant, ats, _) = ApplicationFixture.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson("/v1/ats/candidates/nobody/attachments",
            new { attachment = new { name = "cv.pdf", content_type = "application/pdf", data = "SGk=", type = "CV" } }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Be("Candidate with ID nobody not found.");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task WithoutAttachment_AnswersInputInvalidAndChangesNothing()
    {
        var (tenant, ats, application) = ApplicationFixture.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/candidates/{application.CandidateId}/attachments", new { }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("attachment");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task OnToolWithoutCandidateAttachments_AnswersActionNotAvailable()
    {
        var (tenant, ats, application) = ApplicationFixture.Create("jazzhr");
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/candidates/{application.CandidateId}/attachments",
            new { attachment = new { name = "cv.pdf", content_type = "application/pdf", data = "SGk=", type = "CV" } }, HttpStatusCode.NotImplemented);

        body.ErrorCode().Should().Be("INTEGRATION.ACTION_NOT_AVAILABLE");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }
}
