using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class AddCandidateResultLinkTests
{
    [Test]
    public async Task ResultLink_IsKeptOnTheCandidateAndBumpsRemoteUpdatedAt()
    {
        var (tenant, ats, application) = ApplicationFixture.Create("jazzhr");
        var client = tenant.Client(ats.IntegrationId);

        await client.PostJson($"/v1/ats/candidates/{application.CandidateId}/result-links", new { label = "Test", url = "https://example.com/r/2" });

        var link = tenant.State(ats.IntegrationId).Ats.Candidates.Find(application.CandidateId)!.ResultLinks.Single();
        (link.Label, link.Url, link.CustomFieldNamePrefix).Should().Be(("Test", "https://example.com/r/2", null));
        var read = (await client.GetJson("/v1/ats/candidates?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        read["remote_updated_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
    }

    [Test]
    public async Task ForUnknownCandidate_AnswersNotFound()
    {
        var (tenant, ats, _) = ApplicationFixture.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson("/v1/ats/candidates/nobody/result-links",
            new { label = "Test", url = "https://example.com/r/2" }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task WithoutLabel_AnswersInputInvalidAndChangesNothing()
    {
        var (tenant, ats, application) = ApplicationFixture.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/candidates/{application.CandidateId}/result-links",
            new { url = "https://example.com/r/2" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("label");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }
}
