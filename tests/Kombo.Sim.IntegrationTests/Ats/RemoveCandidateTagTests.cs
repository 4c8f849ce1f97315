using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class RemoveCandidateTagTests
{
    [Test]
    public async Task Remove_TakesTheTagOffTheCandidateButKeepsTheTag()
    {
        var (tenant, ats, candidate) = TaggedCandidate.Create();
        var client = tenant.Client(ats.IntegrationId);

        var removed = await client.SendJson(HttpMethod.Delete, $"/v1/ats/candidates/{candidate.Id}/tags", new { tag = new { name = "kNoWn" } });

        removed["warnings"]!.AsArray().Should().BeEmpty();
        var read = (await client.GetJson("/v1/ats/candidates?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        read["id"]!.GetValue<string>().Should().Be(candidate.Id);
        read["tags"]!.AsArray().Should().BeEmpty();
        var application = (await client.GetJson("/v1/ats/applications?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        application["candidate"]!["tags"]!.AsArray().Should().BeEmpty();
        (await client.GetJson("/v1/ats/tags")).Results().Single()!["name"]!.GetValue<string>().Should().Be("Known");
    }

    [Test]
    public async Task TagTheCandidateDoesNotHave_SucceedsAndChangesNothing()
    {
        var (tenant, ats, candidate) = TaggedCandidate.Create();
        var before = tenant.State(ats.IntegrationId).Ats;

        var removed = await tenant.Client(ats.IntegrationId).SendJson(HttpMethod.Delete, $"/v1/ats/candidates/{candidate.Id}/tags", new { tag = new { name = "Never added" } });

        removed["status"]!.GetValue<string>().Should().Be("success");
        tenant.State(ats.IntegrationId).Ats.Should().BeSameAs(before);
    }

    [Test]
    public async Task WithoutTag_AnswersInputInvalidAndChangesNothing()
    {
        var (tenant, ats, candidate) = TaggedCandidate.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).SendJson(HttpMethod.Delete, $"/v1/ats/candidates/{candidate.Id}/tags", null, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("tag");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task ForUnknownCandidate_AnswersNotFound()
    {
        var (tenant, ats, _) = TaggedCandidate.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).SendJson(HttpMethod.Delete, "/v1/ats/candidates/nobody/tags", new { tag = new { name = "Known" } }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }
}
