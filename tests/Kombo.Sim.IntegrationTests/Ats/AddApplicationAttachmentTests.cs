using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class AddApplicationAttachmentTests
{
    private static readonly object Cv = new { attachment = new { name = "cv.pdf", content_type = "application/pdf", data = "SGk=", type = "CV" } };

    [Test]
    public async Task Attachment_IsKeptOnTheApplicationAndBumpsRemoteUpdatedAt()
    {
        var (tenant, ats, application) = ApplicationFixture.Create();
        var client = tenant.Client(ats.IntegrationId);

        var added = await client.PostJson($"/v1/ats/applications/{application.Id}/attachments", Cv);

        added["warnings"]!.AsArray().Should().BeEmpty();
        var file = tenant.State(ats.IntegrationId).Ats.Applications.Find(application.Id)!.Attachments.Single();
        (file.Name, file.Type, file.ContentType, file.Data).Should().Be(("cv.pdf", "CV", "application/pdf", "SGk="));
        var read = (await client.GetJson("/v1/ats/applications")).Results().Single()!;
        read["remote_updated_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
    }

    [Test]
    public async Task OnToolThatKeepsFilesOnCandidates_AddsItToTheCandidateAndWarns()
    {
        var (tenant, ats, application) = ApplicationFixture.Create("workable");
        var client = tenant.Client(ats.IntegrationId);

        var added = await client.PostJson($"/v1/ats/applications/{application.Id}/attachments", Cv);

        added["warnings"]!.AsArray().Single()!["message"]!.GetValue<string>().Should().Contain(application.CandidateId);
        var state = tenant.State(ats.IntegrationId).Ats;
        state.Applications.Find(application.Id)!.Attachments.Should().BeEmpty();
        state.Candidates.Find(application.CandidateId)!.Attachments.Single().Name.Should().Be("cv.pdf");
        var candidate = (await client.GetJson("/v1/ats/candidates?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        candidate["remote_updated_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
    }

    [Test]
    public async Task WithBothDataAndDataUrl_AnswersInputInvalidAndChangesNothing()
    {
        var (tenant, ats, application) = ApplicationFixture.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/applications/{application.Id}/attachments",
            new { attachment = new { name = "cv.pdf", content_type = "application/pdf", data = "SGk=", data_url = "https://example.com/cv.pdf", type = "RESUME" } },
            HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("data_url").And.Contain("type");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task ForUnknownApplication_AnswersNotFound()
    {
        var (tenant, ats, _) = ApplicationFixture.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson("/v1/ats/applications/nope/attachments", Cv, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }
}
