using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class AddApplicationResultLinkTests
{
    [Test]
    public async Task ResultLink_IsKeptOnTheApplicationAndBumpsRemoteUpdatedAt()
    {
        var (tenant, ats, application) = ApplicationFixture.Create("jazzhr");
        var client = tenant.Client(ats.IntegrationId);

        await client.PostJson($"/v1/ats/applications/{application.Id}/result-links", new
        {
            label = "Assessment Result",
            url = "https://example.com/results/1",
            details = new { custom_field_name_prefix = "Acme:", attributes = new[] { new { key = "Score", value = "100%" } } },
        });

        var link = tenant.State(ats.IntegrationId).Ats.Applications.Find(application.Id)!.ResultLinks.Single();
        link.Label.Should().Be("Assessment Result");
        link.Url.Should().Be("https://example.com/results/1");
        link.CustomFieldNamePrefix.Should().Be("Acme:");
        link.Attributes.Should().Equal([new KeyValuePair<string, string>("Score", "100%")]);
        var read = (await client.GetJson("/v1/ats/applications?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        read["remote_updated_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        read["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z");
        (await client.GetJson("/v1/ats/candidates?updated_after=2026-12-01T08:30:00Z")).Results()
            .Should().ContainSingle("the candidate's nested application changed");
    }

    [Test]
    public async Task WithoutUrl_AnswersInputInvalidAndChangesNothing()
    {
        var (tenant, ats, application) = ApplicationFixture.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/applications/{application.Id}/result-links",
            new { label = "Result", url = "not a url", details = new { attributes = Array.Empty<object>() } }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("url").And.Contain("details.custom_field_name_prefix");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task ForUnknownApplication_AnswersNotFound()
    {
        var (tenant, ats, _) = ApplicationFixture.Create();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson("/v1/ats/applications/nope/result-links",
            new { label = "Result", url = "https://example.com" }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }
}
