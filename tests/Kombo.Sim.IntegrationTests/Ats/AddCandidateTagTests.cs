using System.Net;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class AddCandidateTagTests
{
    [Test]
    public async Task NewTagName_CreatesTheTagAndPutsItOnTheCandidate()
    {
        var (tenant, ats, candidate) = TaggedCandidate.Create();
        var client = tenant.Client(ats.IntegrationId);

        var added = await client.PostJson($"/v1/ats/candidates/{candidate.Id}/tags", new { tag = new { name = "Excellent Fit" } });

        added["data"]!.AsObject().Should().BeEmpty();
        var tags = await client.GetJson("/v1/ats/tags");
        var created = tags.Results().Single(t => t!["name"]!.GetValue<string>() == "Excellent Fit")!;
        created["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        var read = (await client.GetJson("/v1/ats/candidates?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        read["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Should().Equal("Known", "Excellent Fit");
        read["tags"]!.AsArray()[1]!["id"]!.GetValue<string>().Should().Be(created["id"]!.GetValue<string>());
        read["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z", "a tag is a join, not a field of the candidate");
        var application = (await client.GetJson("/v1/ats/applications?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        application["candidate"]!["tags"]!.AsArray().Should().HaveCount(2);
    }

    [Test]
    public async Task ExistingTagName_IsMatchedCaseInsensitivelyWithoutANewTag()
    {
        var (tenant, ats, _) = TaggedCandidate.Create();
        var other = tenant.State(ats.IntegrationId).Ats.Candidates.Rows.Single(c => c.TagIds.Count == 0);
        var known = tenant.State(ats.IntegrationId).Ats.Tags.Rows.Single(t => t.Name == "Known");
        var client = tenant.Client(ats.IntegrationId);

        await client.PostJson($"/v1/ats/candidates/{other.Id}/tags", new { tag = new { name = "KNOWN" } });

        (await client.GetJson("/v1/ats/tags")).Ids().Should().Equal(known.Id);
        (await client.GetJson($"/v1/ats/candidates?ids={other.Id}")).Results().Single()!["tags"]!.AsArray().Single()!["id"]!.GetValue<string>().Should().Be(known.Id);
    }

    [Test]
    public async Task TagTheCandidateAlreadyHas_ChangesNothing()
    {
        var (tenant, ats, candidate) = TaggedCandidate.Create();
        var before = tenant.State(ats.IntegrationId).Ats;

        await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/candidates/{candidate.Id}/tags", new { tag = new { name = "known" } });

        tenant.State(ats.IntegrationId).Ats.Should().BeSameAs(before);
    }

    [Test]
    public async Task WithEmptyName_AnswersInputInvalidAndChangesNothing()
    {
        var (tenant, ats, candidate) = TaggedCandidate.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/candidates/{candidate.Id}/tags", new { tag = new { name = "" } }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("tag.name");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task ForUnknownCandidate_AnswersNotFoundAndCreatesNoTag()
    {
        var (tenant, ats, _) = TaggedCandidate.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson("/v1/ats/candidates/nobody/tags", new { tag = new { name = "Brand new" } }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task OnToolWithoutTags_AnswersActionNotAvailable()
    {
        var (tenant, ats, candidate) = TaggedCandidate.Create("jazzhr");
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/candidates/{candidate.Id}/tags", new { tag = new { name = "New" } }, HttpStatusCode.NotImplemented);

        body.ErrorCode().Should().Be("INTEGRATION.ACTION_NOT_AVAILABLE");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }
}
