using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class ListTagsTests
{
    [Test]
    public async Task ListTags_ReturnsTheTags()
    {
        AtsBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            ats.Tag("Top talent");
            ats.Tag("Relocation");
        });

        var body = await tenant.Client(ats.IntegrationId).GetJson("/v1/ats/tags");

        body.Results().Select(r => r!["name"]!.GetValue<string>()).Should().Equal("Top talent", "Relocation");
        body.Results()[0]!["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z");
    }

    [Test]
    public async Task OnToolWithoutTags_AnswersModelNotAvailable()
    {
        AtsBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t => ats = t.Ats("jazzhr"));

        var body = await tenant.Client(ats.IntegrationId).GetJson("/v1/ats/tags", HttpStatusCode.NotImplemented);

        body.ErrorCode().Should().Be("INTEGRATION.MODEL_NOT_AVAILABLE");
    }
}
