using System.Net;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class MoveApplicationToStageTests
{
    [Test]
    public async Task Move_ChangesTheCurrentStageEverywhereAndBumpsChangedAt()
    {
        var (tenant, ats, job, application) = Pipeline();
        var client = tenant.Client(ats.IntegrationId);

        var moved = await client.SendJson(HttpMethod.Put, $"/v1/ats/applications/{application.Id}/stage", new { stage_id = job.Stages[1].Id });

        moved["data"]!.AsObject().Should().BeEmpty();
        moved["warnings"]!.AsArray().Should().BeEmpty();
        var read = (await client.GetJson("/v1/ats/applications?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        read["current_stage_id"]!.GetValue<string>().Should().Be(job.Stages[1].Id);
        read["current_stage"]!["name"]!.GetValue<string>().Should().Be("Interview");
        read["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        read["remote_updated_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        var candidate = (await client.GetJson("/v1/ats/candidates?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        candidate["applications"]!.AsArray().Single()!["current_stage"]!["name"]!.GetValue<string>().Should().Be("Interview");
        candidate["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z", "the candidate's own fields did not change");
        (await client.GetJson($"/v1/ats/applications?current_stage_ids={job.Stages[1].Id}")).Ids().Should().Equal(application.Id);
    }

    [Test]
    public async Task ToTheCurrentStage_ChangesNothing()
    {
        var (tenant, ats, job, application) = Pipeline();

        await tenant.Client(ats.IntegrationId).SendJson(HttpMethod.Put, $"/v1/ats/applications/{application.Id}/stage", new { stage_id = job.Stages[0].Id });

        tenant.State(ats.IntegrationId).Ats.Applications.Find(application.Id).Should().BeSameAs(application);
    }

    [Test]
    public async Task ToAStageOfAnotherJob_AnswersInputInvalidAndChangesNothing()
    {
        var (tenant, ats, _, application) = Pipeline();
        var otherStage = tenant.State(ats.IntegrationId).Ats.Jobs.Rows.Single(j => j.Name == "Other").Stages[1];
        var client = tenant.Client(ats.IntegrationId);
        var before = await client.GetJson("/v1/ats/applications");

        var body = await client.SendJson(HttpMethod.Put, $"/v1/ats/applications/{application.Id}/stage", new { stage_id = otherStage.Id }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("stage_id").And.Contain(otherStage.Id);
        (await client.GetJson("/v1/ats/applications")).ToJsonString().Should().Be(before.ToJsonString());
    }

    [Test]
    public async Task WithoutStageId_AnswersInputInvalidNamingIt()
    {
        var (tenant, ats, _, application) = Pipeline();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).SendJson(HttpMethod.Put, $"/v1/ats/applications/{application.Id}/stage", new { }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("stage_id");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task ForUnknownApplication_AnswersNotFound()
    {
        var (tenant, ats, job, _) = Pipeline();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).SendJson(HttpMethod.Put, "/v1/ats/applications/nope/stage", new { stage_id = job.Stages[1].Id }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Be("Application with ID nope not found.");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task OnToolWithoutStageMoves_AnswersActionNotAvailable()
    {
        var (tenant, ats, job, application) = Pipeline("jazzhr");
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).SendJson(HttpMethod.Put, $"/v1/ats/applications/{application.Id}/stage", new { stage_id = job.Stages[1].Id }, HttpStatusCode.NotImplemented);

        body.ErrorCode().Should().Be("INTEGRATION.ACTION_NOT_AVAILABLE");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("JazzHR");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    private static (Tenant Tenant, AtsBuilder Ats, Job Job, Application Application) Pipeline(string tool = "greenhouse")
    {
        AtsBuilder ats = null!;
        Job job = null!;
        Application application = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats(tool);
            job = ats.Job("Backend Engineer");
            ats.Job("Other");
            application = ats.Application(ats.Candidate(), job);
        });
        return (tenant, ats, job, application);
    }
}
