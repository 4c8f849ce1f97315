using System.Net;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class ListApplicationsTests
{
    [Test]
    public async Task ListApplications_ReturnsApplicationsWithCandidateStageAndJob()
    {
        AtsBuilder ats = null!;
        Application application = null!;
        Job job = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            var tag = ats.Tag("Top talent");
            job = ats.Job("Backend Engineer");
            var candidate = ats.Candidate(c => c with { FirstName = "Ada", TagIds = [tag.Id] });
            application = ats.Application(candidate, job, a => a with
            {
                CurrentStageId = job.Stages[1].Id,
                Interviews = [new Interview { Id = "int-1", Title = "Tech talk", StartingAt = AtsBuilder.Earlier, Canceled = false }],
                Offers = [new Offer { Id = "offer-1", Status = "SENT" }],
            });
        });

        var body = await tenant.Client(ats.IntegrationId).GetJson("/v1/ats/applications");

        var item = body.Results().Single()!;
        item["id"]!.GetValue<string>().Should().Be(application.Id);
        item["candidate"]!["first_name"]!.GetValue<string>().Should().Be("Ada");
        item["candidate"]!["tags"]!.AsArray().Single()!["name"]!.GetValue<string>().Should().Be("Top talent");
        item["current_stage"]!["name"]!.GetValue<string>().Should().Be("Interview");
        item["current_stage"]!["index"]!.GetValue<int>().Should().Be(1);
        item["job"]!["name"]!.GetValue<string>().Should().Be("Backend Engineer");
        item["job"]!["remote_id"]!.GetValue<string>().Should().Be(job.RemoteId);
        item["interviews"]!.AsArray().Single()!["title"]!.GetValue<string>().Should().Be("Tech talk");
        item["offers"]!.AsArray().Single()!["status"]!.GetValue<string>().Should().Be("SENT");
        item["screening_question_answers"]!.AsArray().Should().BeEmpty();
        item.AsObject().Should().ContainKey("rejected_at").WhoseValue.Should().BeNull("Kombo writes nulls");
    }

    [TestCase("outcomes=HIRED,DECLINED", "hired", "declined")]
    [TestCase("outcome=PENDING", "pending-a", "pending-b")]
    [TestCase("job_ids={jobB}", "pending-b", "declined")]
    [TestCase("job_remote_ids={jobBRemote}", "pending-b", "declined")]
    [TestCase("current_stage_ids={stageA2}", "hired")]
    [TestCase("remote_created_after=2026-06-01", "declined")]
    [TestCase("include_deleted=true&outcomes=PENDING", "pending-a", "pending-b", "deleted")]
    public async Task WithFilter_ReturnsOnlyMatchingApplications(string filter, params string[] expected)
    {
        AtsBuilder ats = null!;
        Job jobA = null!, jobB = null!;
        var names = new Dictionary<string, string>();
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            jobA = ats.Job("A");
            jobB = ats.Job("B");
            var candidate = ats.Candidate();
            var may = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
            names[ats.Application(candidate, jobA, a => a with { RemoteCreatedAt = may }).Id] = "pending-a";
            names[ats.Application(candidate, jobA, a => a with { Outcome = "HIRED", CurrentStageId = jobA.Stages[2].Id, RemoteCreatedAt = may }).Id] = "hired";
            names[ats.Application(candidate, jobB, a => a with { RemoteCreatedAt = may }).Id] = "pending-b";
            names[ats.Application(candidate, jobB, a => a with { Outcome = "DECLINED", RemoteCreatedAt = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero) }).Id] = "declined";
            names[ats.Application(candidate, jobA, a => a with { RemoteDeletedAt = AtsBuilder.Earlier, RemoteCreatedAt = may }).Id] = "deleted";
        });
        var query = filter.Replace("{jobB}", jobB.Id, StringComparison.Ordinal)
            .Replace("{jobBRemote}", jobB.RemoteId, StringComparison.Ordinal)
            .Replace("{stageA2}", jobA.Stages[2].Id, StringComparison.Ordinal);

        var body = await tenant.Client(ats.IntegrationId).GetJson($"/v1/ats/applications?{query}");

        body.Ids().Select(id => names[id]).Should().Equal(expected);
    }

    [Test]
    public async Task WithUnknownOutcome_AnswersInputInvalidNamingTheFilter()
    {
        AtsBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t => ats = t.Ats());

        var body = await tenant.Client(ats.IntegrationId).GetJson("/v1/ats/applications?outcomes=WITHDRAWN", HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("outcomes");
    }
}
