using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class ListApplicationStagesTests
{
    [Test]
    public async Task ListApplicationStages_ReturnsEveryJobsStagesOnce()
    {
        AtsBuilder ats = null!;
        Job first = null!, second = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            first = ats.Job("A");
            second = ats.Job("B", j => j with { Stages = [first.Stages[0], ats.Stage("Assessment", 1)] });
        });

        var body = await tenant.Client(ats.IntegrationId).GetJson("/v1/ats/application-stages");

        body.Ids().Should().Equal(first.Stages[0].Id, first.Stages[1].Id, first.Stages[2].Id, second.Stages[1].Id);
        body.Results()[3]!["name"]!.GetValue<string>().Should().Be("Assessment");
        body.Results()[0]!["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z");
    }

    [Test]
    public async Task WithSmallPagesAndIds_WalksTheSelectedStages()
    {
        AtsBuilder ats = null!;
        Job job = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            job = ats.Job("A");
            ats.Job("B");
        });
        var ids = string.Join(',', job.Stages.Select(s => s.Id));

        var all = await tenant.Client(ats.IntegrationId).WalkAll($"/v1/ats/application-stages?ids={ids}", pageSize: 2);

        all.Select(s => s["id"]!.GetValue<string>()).Should().Equal(job.Stages.Select(s => s.Id));
    }
}
