using System.Net;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class AddApplicationNoteTests
{
    [Test]
    public async Task Note_IsKeptOnTheApplicationAndBumpsRemoteUpdatedAt()
    {
        var (tenant, ats, application) = ApplicationFixture.Create();
        var client = tenant.Client(ats.IntegrationId);

        var added = await client.PostJson($"/v1/ats/applications/{application.Id}/notes", new { content = "Great call.", content_type = "PLAIN_TEXT" });

        added["data"]!.AsObject().Should().BeEmpty();
        tenant.State(ats.IntegrationId).Ats.Applications.Find(application.Id)!.Notes
            .Should().Equal(new Note("Great call.", "PLAIN_TEXT", SimulatorHost.Now));
        var read = (await client.GetJson("/v1/ats/applications?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        read["remote_updated_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        read["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z", "no unified field changed");
    }

    [Test]
    public async Task WithUnsupportedContentType_AnswersInputInvalidAndChangesNothing()
    {
        var (tenant, ats, application) = ApplicationFixture.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/applications/{application.Id}/notes",
            new { content = "<b>Hi</b>", content_type = "HTML" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("content_type");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task ForUnknownApplication_AnswersNotFound()
    {
        var (tenant, ats, _) = ApplicationFixture.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson("/v1/ats/applications/nope/notes",
            new { content = "Hi", content_type = "PLAIN_TEXT" }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task OnToolWithoutNotes_AnswersActionNotAvailable()
    {
        var (tenant, ats, application) = ApplicationFixture.Create("jazzhr");

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/applications/{application.Id}/notes",
            new { content = "Hi", content_type = "PLAIN_TEXT" }, HttpStatusCode.NotImplemented);

        body.ErrorCode().Should().Be("INTEGRATION.ACTION_NOT_AVAILABLE");
        tenant.State(ats.IntegrationId).Ats.Applications.Find(application.Id)!.Notes.Should().BeEmpty();
    }
}
