using System.Net;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class ListJobsTests
{
    [Test]
    public async Task ListJobs_ReturnsJobsWithStagesQuestionsPostingsAndHiringTeam()
    {
        AtsBuilder ats = null!;
        Job job = null!;
        User recruiter = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            recruiter = ats.User();
            var yes = ats.Option("Yes");
            job = ats.Job("Backend Engineer", j => j with
            {
                ScreeningQuestions =
                [
                    ats.Question("Why us?", new QuestionFormat { Type = "TEXT", DisplayType = "MULTI_LINE", MaxLength = 500 }, required: true),
                    ats.Question("Work permit?", new QuestionFormat { Type = "SINGLE_SELECT", Options = [yes, ats.Option("No")] }),
                    ats.Question("CV", new QuestionFormat { Type = "FILE", AcceptedMimeTypes = ["application/pdf"] }),
                ],
                JobPostings = [new JobPosting { Id = "posting-1", Title = "Backend Engineer (m/f/d)", Status = "ACTIVE", Visibility = "PUBLIC", Url = "https://jobs.example.com/1" }],
                HiringTeam = [AtsBuilder.HiringTeamMember(recruiter, "RECRUITER")],
            });
        });

        var body = await tenant.Client(ats.IntegrationId).GetJson("/v1/ats/jobs");

        var item = body.Results().Single()!;
        item["id"]!.GetValue<string>().Should().Be(job.Id);
        item["stages"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).Should().Equal("Applied", "Interview", "Offer");
        var questions = item["screening_questions"]!.AsArray();
        questions[0]!["format"]!["type"]!.GetValue<string>().Should().Be("TEXT");
        questions[0]!["format"]!["max_length"]!.GetValue<long>().Should().Be(500);
        questions[0]!["format"]!.AsObject().Should().NotContainKey("options", "a format carries only its own type's fields");
        questions[1]!["format"]!["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).Should().Equal("Yes", "No");
        questions[2]!["format"]!["accepted_mime_types"]!.AsArray().Single()!.GetValue<string>().Should().Be("application/pdf");
        item["job_postings"]!.AsArray().Single()!["title"]!.GetValue<string>().Should().Be("Backend Engineer (m/f/d)");
        var member = item["hiring_team"]!.AsArray().Single()!;
        member["id"]!.GetValue<string>().Should().Be(recruiter.Id);
        member["hiring_team_roles"]!.AsArray().Single()!.GetValue<string>().Should().Be("RECRUITER");
        item["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z");
    }

    [TestCase("statuses=CLOSED,DRAFT", "Closed", "Draft")]
    [TestCase("status=OPEN", "Open")]
    [TestCase("employment_types=PART_TIME", "Draft")]
    [TestCase("visibilities=INTERNAL", "Closed")]
    [TestCase("job_codes=J-2,J-3", "Closed", "Draft")]
    [TestCase("name_contains=pEn", "Open")]
    [TestCase("post_url=https://jobs.example.com/draft", "Draft")]
    [TestCase("remote_created_after=2026-03-01", "Closed", "Draft")]
    [TestCase("statuses=OPEN&visibilities=INTERNAL")]
    public async Task WithFilter_ReturnsOnlyMatchingJobs(string filter, params string[] expected)
    {
        AtsBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            ats.Job("Open", j => j with { JobCode = "J-1", RemoteCreatedAt = new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero) });
            ats.Job("Closed", j => j with { JobCode = "J-2", Status = "CLOSED", Visibility = "INTERNAL", RemoteCreatedAt = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero) });
            ats.Job("Draft", j => j with { JobCode = "J-3", Status = "DRAFT", EmploymentType = "PART_TIME", PostUrl = "https://jobs.example.com/draft" });
        });

        var body = await tenant.Client(ats.IntegrationId).GetJson($"/v1/ats/jobs?{filter}");

        body.Results().Select(r => r!["name"]!.GetValue<string>()).Should().Equal(expected);
    }

    [Test]
    public async Task WithUnknownStatus_AnswersInputInvalidNamingTheFilter()
    {
        AtsBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t => ats = t.Ats());

        var body = await tenant.Client(ats.IntegrationId).GetJson("/v1/ats/jobs?statuses=OPEN,PAUSED", HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("statuses");
    }

    [Test]
    public async Task OnHrisIntegration_AnswersModelNotAvailable()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await tenant.Client(hris.IntegrationId).GetJson("/v1/ats/jobs", HttpStatusCode.NotImplemented);

        body.ErrorCode().Should().Be("INTEGRATION.MODEL_NOT_AVAILABLE");
    }

    [Test]
    public async Task WithSmallPages_WalksEveryJobOnce()
    {
        AtsBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            for (var i = 0; i < 5; i++)
            {
                ats.Job($"Job {i}");
            }
        });

        var all = await tenant.Client(ats.IntegrationId).WalkAll("/v1/ats/jobs", pageSize: 2);

        all.Select(j => j["name"]!.GetValue<string>()).Should().Equal("Job 0", "Job 1", "Job 2", "Job 3", "Job 4");
    }
}
