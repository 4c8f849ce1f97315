using System.Net;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.State;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class CreateApplicationTests
{
    private const string Now = "2026-12-01T09:00:00.000Z";

    [Test]
    public async Task NewCandidate_AppearsWithTheApplicationAtTheJobsFirstStage()
    {
        var (tenant, ats, job) = AtsFixtures.OpenJob();
        var client = tenant.Client(ats.IntegrationId);

        var created = await client.PostJson($"/v1/ats/jobs/{job.Id}/applications", new { candidate = Ada() });

        var data = created["data"]!;
        created["warnings"]!.AsArray().Should().BeEmpty();
        data["outcome"]!.GetValue<string>().Should().Be("PENDING");
        data["current_stage"]!["name"]!.GetValue<string>().Should().Be("Applied");
        data["job"]!["id"]!.GetValue<string>().Should().Be(job.Id);
        data["changed_at"]!.GetValue<string>().Should().Be(Now);
        data["candidate"]!["email_addresses"]!.AsArray().Single()!["email_address"]!.GetValue<string>().Should().Be("ada@example.com");
        var applicationId = data["id"]!.GetValue<string>();
        applicationId.Should().Be(KomboIds.ForRecord(ats.IntegrationId, "ats_applications", data["remote_id"]!.GetValue<string>()), "ids are derived, so they repeat");
        var applications = await client.GetJson($"/v1/ats/applications?ids={applicationId}");
        applications.Results().Single()!["candidate"]!["first_name"]!.GetValue<string>().Should().Be("Ada");
        applications.Results().Single()!["current_stage_id"]!.GetValue<string>().Should().Be(job.Stages[0].Id);
        var candidates = await client.GetJson("/v1/ats/candidates?email=ada@example.com");
        var candidate = candidates.Results().Single()!;
        candidate["id"]!.GetValue<string>().Should().Be(data["candidate_id"]!.GetValue<string>());
        candidate["applications"]!.AsArray().Single()!["id"]!.GetValue<string>().Should().Be(applicationId);
        candidate["source"]!.GetValue<string>().Should().Be("Test environment", "Kombo sources new candidates with the environment's name");
    }

    [Test]
    public async Task WithStageIdAndRemoteJobId_StartsInThatStageOfThatJob()
    {
        var (tenant, ats, job) = AtsFixtures.OpenJob();

        var created = await tenant.Client(ats.IntegrationId).PostJson(
            $"/v1/ats/jobs/remote:{job.RemoteId}/applications",
            new { candidate = Ada(), stage_id = job.Stages[1].Id, source = new { name = "Job board" } });

        created["data"]!["current_stage"]!["name"]!.GetValue<string>().Should().Be("Interview");
        created["data"]!["job_id"]!.GetValue<string>().Should().Be(job.Id);
        created["data"]!["candidate"]!["source"]!.GetValue<string>().Should().Be("Job board");
    }

    [Test]
    public async Task WithScreeningAnswers_ReadsThemBackInKombosShape()
    {
        AtsBuilder ats = null!;
        Job job = null!;
        QuestionOption remote = null!, berlin = null!, munich = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            remote = ats.Option("Remote");
            berlin = ats.Option("Berlin");
            munich = ats.Option("Munich");
            job = ats.Job("Backend Engineer", j => j with
            {
                ScreeningQuestions =
                [
                    ats.Question("Why us?", new QuestionFormat { Type = "TEXT" }),
                    ats.Question("Where?", new QuestionFormat { Type = "SINGLE_SELECT", Options = [remote, ats.Option("Office")] }),
                    ats.Question("Which offices?", new QuestionFormat { Type = "MULTI_SELECT", Options = [berlin, munich] }),
                    ats.Question("Work permit?", new QuestionFormat { Type = "BOOLEAN" }),
                    ats.Question("Years of Go?", new QuestionFormat { Type = "NUMBER", Min = 0 }),
                    ats.Question("Start date?", new QuestionFormat { Type = "DATE" }),
                    ats.Question("Portfolio", new QuestionFormat { Type = "FILE" }),
                ],
            });
        });
        var q = job.ScreeningQuestions;
        var answers = new object[]
        {
            new { question_id = q[0].Id, answer = "Because." },
            new { question_id = q[1].Id, answer = remote.Id },
            new { question_id = q[2].Id, answer = new[] { munich.Id, berlin.Id } },
            new { question_id = q[3].Id, answer = true },
            new { question_id = q[4].Id, answer = 4.5 },
            new { question_id = q[5].Id, answer = "2027-01-15" },
            new { question_id = q[6].Id, answer = new { name = "portfolio.pdf", content_type = "application/pdf", data = "SGk=" } },
        };
        var client = tenant.Client(ats.IntegrationId);

        var created = await client.PostJson($"/v1/ats/jobs/{job.Id}/applications", new { candidate = Ada(), screening_question_answers = answers });
        var read = await client.GetJson($"/v1/ats/applications?ids={created["data"]!["id"]!.GetValue<string>()}");

        var stored = read.Results().Single()!["screening_question_answers"]!.AsArray();
        stored.Select(a => a!["question"]!["type"]!.GetValue<string>()).Should().Equal(["TEXT", "SINGLE_SELECT", "MULTI_SELECT", "BOOLEAN", "NUMBER", "DATE"], "FILE answers are not returned");
        stored[0]!["answer"]!["content"]!.GetValue<string>().Should().Be("Because.");
        stored[0]!["question"]!["title"]!.GetValue<string>().Should().Be("Why us?");
        stored[1]!["answer"]!["choice"]!.GetValue<string>().Should().Be("Remote");
        stored[2]!["answer"]!["choices"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("Munich", "Berlin");
        stored[3]!["answer"]!["checked"]!.GetValue<bool>().Should().BeTrue();
        stored[4]!["answer"]!["number"]!.GetValue<double>().Should().Be(4.5);
        stored[5]!["answer"]!["date"]!.GetValue<string>().Should().Be("2027-01-15T00:00:00.000Z");
        created["data"]!["screening_question_answers"]!.AsArray().Should().HaveCount(6);
        tenant.State(ats.IntegrationId).Ats.Applications.Rows.Single().ScreeningQuestionAnswers.Single(a => a.File is not null).File!.Name.Should().Be("portfolio.pdf");
    }

    [Test]
    public async Task WithUnknownQuestionAndUnansweredRequiredOne_CreatesAndWarns()
    {
        AtsBuilder ats = null!;
        Job job = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            job = ats.Job("Backend Engineer", j => j with { ScreeningQuestions = [ats.Question("Why us?", new QuestionFormat { Type = "TEXT" }, required: true)] });
        });

        var created = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/jobs/{job.Id}/applications",
            new { candidate = Ada(), screening_question_answers = new[] { new { question_id = "no-such-question", answer = "x" } } });

        var warnings = created["warnings"]!.AsArray().Select(w => w!["message"]!.GetValue<string>()).ToList();
        warnings.Should().HaveCount(2);
        warnings[0].Should().Contain("no-such-question");
        warnings[1].Should().Contain(job.ScreeningQuestions[0].Id).And.Contain("not answered");
        tenant.State(ats.IntegrationId).Ats.Applications.Count.Should().Be(1);
    }

    [Test]
    public async Task WithWrongAnswerFormat_AnswersInputInvalidAndChangesNothing()
    {
        AtsBuilder ats = null!;
        Job job = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            job = ats.Job("Backend Engineer", j => j with { ScreeningQuestions = [ats.Question("Years?", new QuestionFormat { Type = "NUMBER" })] });
        });
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/jobs/{job.Id}/applications",
            new { candidate = Ada(), screening_question_answers = new[] { new { question_id = job.ScreeningQuestions[0].Id, answer = "five" } } },
            HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("screening_question_answers[0].answer").And.Contain("NUMBER");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task WithMalformedFileAnswer_AnswersInputInvalidNamingTheField()
    {
        var (tenant, ats, job) = AtsFixtures.OpenJob();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/jobs/{job.Id}/applications",
            new { candidate = Ada(), screening_question_answers = new[] { new { question_id = "q", answer = new { name = "cv.pdf" } } } },
            HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("screening_question_answers[0].answer");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [TestCase("CLOSED")]
    [TestCase("DRAFT")]
    public async Task ForJobThatIsNotOpen_AnswersJobClosedAndChangesNothing(string status)
    {
        AtsBuilder ats = null!;
        Job job = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            job = ats.Job("Closed", j => j with { Status = status });
        });
        var client = tenant.Client(ats.IntegrationId);

        var body = await client.PostJson($"/v1/ats/jobs/{job.Id}/applications", new { candidate = Ada() }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("ATS.JOB_CLOSED");
        (await client.GetJson("/v1/ats/candidates")).Results().Should().BeEmpty();
        (await client.GetJson("/v1/ats/applications")).Results().Should().BeEmpty();
    }

    [Test]
    public async Task SameEmailTwiceForOneJob_AnswersApplicationAlreadyExistsAndChangesNothing()
    {
        var (tenant, ats, job) = AtsFixtures.OpenJob();
        var client = tenant.Client(ats.IntegrationId);
        await client.PostJson($"/v1/ats/jobs/{job.Id}/applications", new { candidate = Ada() });
        var before = tenant.State(ats.IntegrationId);

        var body = await client.PostJson($"/v1/ats/jobs/{job.Id}/applications",
            new { candidate = Ada() with { email_address = "ADA@Example.com" } }, HttpStatusCode.Conflict);

        body.ErrorCode().Should().Be("ATS.APPLICATION_ALREADY_EXISTS");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task KnownEmailForAnotherJob_AddsTheApplicationToThatCandidate()
    {
        AtsBuilder ats = null!;
        Candidate ada = null!;
        Job other = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            ada = ats.Candidate(c => c with { FirstName = "Ada", EmailAddresses = [new EmailAddress("ada@example.com", "PERSONAL")] });
            ats.Application(ada, ats.Job("First"));
            other = ats.Job("Second");
        });
        var client = tenant.Client(ats.IntegrationId);

        var created = await client.PostJson($"/v1/ats/jobs/{other.Id}/applications", new { candidate = Ada() with { first_name = "Augusta" } });

        created["data"]!["candidate_id"]!.GetValue<string>().Should().Be(ada.Id);
        created["warnings"]!.AsArray().Single()!["message"]!.GetValue<string>().Should().Contain(ada.Id);
        var candidate = (await client.GetJson("/v1/ats/candidates?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        candidate["first_name"]!.GetValue<string>().Should().Be("Ada", "an existing candidate's details are left unchanged");
        candidate["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z");
        candidate["applications"]!.AsArray().Should().HaveCount(2);
    }

    [Test]
    public async Task ForUnknownJob_AnswersNotFound()
    {
        var (tenant, ats, _) = AtsFixtures.OpenJob();

        var body = await tenant.Client(ats.IntegrationId).PostJson("/v1/ats/jobs/remote:nope/applications", new { candidate = Ada() }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("remote:nope");
        tenant.State(ats.IntegrationId).Ats.Candidates.Count.Should().Be(0);
    }

    [Test]
    public async Task WithStageOfAnotherJob_AnswersInputInvalidAndChangesNothing()
    {
        AtsBuilder ats = null!;
        Job job = null!, other = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            job = ats.Job("A");
            other = ats.Job("B");
        });
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/jobs/{job.Id}/applications",
            new { candidate = Ada(), stage_id = other.Stages[0].Id }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("stage_id");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task WithSourcedByAndAttachments_KeepsThemOnTheApplication()
    {
        AtsBuilder ats = null!;
        Job job = null!;
        User recruiter = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            recruiter = ats.User();
            job = ats.Job();
        });
        var attachments = new[]
        {
            new { name = "cv.pdf", content_type = "application/pdf", data = "SGk=", type = "CV" },
            new { name = "letter.txt", content_type = "text/plain", data = "SGk=", type = "COVER_LETTER" },
        };

        await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/jobs/{job.Id}/applications",
            new { candidate = Ada(), attachments, sourced_by = new { user_id = $"remote:{recruiter.RemoteId}" } });

        var application = tenant.State(ats.IntegrationId).Ats.Applications.Rows.Single();
        application.SourcedByUserId.Should().Be(recruiter.Id);
        application.Attachments.Select(a => (a.Name, a.Type)).Should().Equal(("cv.pdf", "CV"), ("letter.txt", "COVER_LETTER"));
    }

    [Test]
    public async Task WithUnknownSourcedByUser_AnswersInputInvalidAndChangesNothing()
    {
        var (tenant, ats, job) = AtsFixtures.OpenJob();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/jobs/{job.Id}/applications",
            new { candidate = Ada(), sourced_by = new { user_id = "nobody" } }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("sourced_by.user_id");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task WithoutRequiredCandidateFields_AnswersInputInvalidNamingEachField()
    {
        var (tenant, ats, job) = AtsFixtures.OpenJob();

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/jobs/{job.Id}/applications",
            new { candidate = new { first_name = "Ada", email_address = "not-an-email", location = new { country = "Germany" } } }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("candidate.last_name").And.Contain("candidate.email_address").And.Contain("candidate.location.country");
        tenant.State(ats.IntegrationId).Ats.Candidates.Count.Should().Be(0);
    }

    [Test]
    public async Task WithNullListItems_AnswersInputInvalidNamingThem()
    {
        var (tenant, ats, job) = AtsFixtures.OpenJob();
        const string request = """
            {"candidate": {"first_name": "Ada", "last_name": "Lovelace", "email_address": "ada@example.com", "social_links": [null]},
             "attachments": [null], "screening_question_answers": [null]}
            """;

        var body = await tenant.Client(ats.IntegrationId).PostJson($"/v1/ats/jobs/{job.Id}/applications", request, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("attachments[0]").And.Contain("screening_question_answers[0]").And.Contain("candidate.social_links[0]");
        tenant.State(ats.IntegrationId).Ats.Candidates.Count.Should().Be(0);
    }

    [Test]
    public async Task NewApplication_IsFoundByUpdatedAfter()
    {
        var (tenant, ats, job) = AtsFixtures.OpenJob();
        var client = tenant.Client(ats.IntegrationId);

        await client.PostJson($"/v1/ats/jobs/{job.Id}/applications", new { candidate = Ada() });

        (await client.GetJson("/v1/ats/applications?updated_after=2026-12-01T08:30:00Z")).Results().Should().ContainSingle();
        (await client.GetJson("/v1/ats/candidates?updated_after=2026-12-01T08:30:00Z")).Results().Should().ContainSingle();
        (await client.GetJson("/v1/ats/jobs?updated_after=2026-12-01T08:30:00Z")).Results().Should().BeEmpty("the job itself did not change");
    }

    [Test]
    public async Task OnHrisIntegration_AnswersActionNotAvailable()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/ats/jobs/any/applications", new { candidate = Ada() }, HttpStatusCode.NotImplemented);

        body.ErrorCode().Should().Be("INTEGRATION.ACTION_NOT_AVAILABLE");
    }

    internal static CandidateBody Ada() => new("Ada", "Lovelace", "ada@example.com");

    /// <summary>The <c>candidate</c> object of the create bodies, in Kombo's snake_case.</summary>
    internal sealed record CandidateBody(string first_name, string last_name, string email_address);
}
