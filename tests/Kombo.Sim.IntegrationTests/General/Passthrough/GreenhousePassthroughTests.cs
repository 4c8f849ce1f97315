using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.General.Passthrough;

/// <summary>greenhouse/harvest: Greenhouse's Harvest API answered from the integration's candidates, applications, jobs and users.</summary>
public class GreenhousePassthroughTests
{
    private const string Api = "greenhouse/harvest";

    [Test]
    public async Task ListCandidates_ReturnsCandidatesWithTheirApplicationsInHarvestsShape()
    {
        var (tenant, pipeline) = Pipeline.Create();

        var data = await tenant.Client(pipeline.Ats.IntegrationId).Get(Api, "/candidates");

        data["url"]!.GetValue<string>().Should().Be("https://harvest.greenhouse.io/v1/candidates");
        var candidates = data["data"]!.AsArray();
        candidates.Select(c => c!["id"]!.GetValue<long>()).Should().Equal(Number(pipeline.Applicant), Number(pipeline.Hired));
        var candidate = candidates[0]!;
        candidate["first_name"]!.GetValue<string>().Should().Be("Grace");
        candidate["last_name"]!.GetValue<string>().Should().Be("Hopper");
        candidate["email_addresses"]!.Json().Should().Be("""[{"value":"grace@example.com","type":"personal"}]""");
        candidate["phone_numbers"]!.Json().Should().Be("""[{"value":"+49 30 1234","type":"mobile"}]""");
        candidate["tags"]!.Json().Should().Be("""["Referral"]""");
        candidate["application_ids"]!.AsArray().Select(a => a!.GetValue<long>()).Should().Equal(Number(pipeline.Application));
        candidate["recruiter"].Should().BeNull();
        var application = candidate["applications"]!.AsArray().Single()!;
        application["status"]!.GetValue<string>().Should().Be("active");
        application["current_stage"]!["name"]!.GetValue<string>().Should().Be("Interview");
        application["jobs"]!.AsArray().Single()!["name"]!.GetValue<string>().Should().Be("Backend Engineer");
        application["candidate_id"]!.GetValue<long>().Should().Be(Number(pipeline.Applicant));
    }

    [Test]
    public async Task PerPageAndPage_PageThroughWithALinkHeader()
    {
        var (tenant, ats) = Candidates(3);

        var data = await tenant.Client(ats.IntegrationId).Get(Api, "/candidates", new { per_page = "1", page = "2" });

        data["data"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()).Should().Equal(1001);
        data["headers"]!["link"]!.GetValue<string>().Should().Be(
            "<https://harvest.greenhouse.io/v1/candidates?page=3&per_page=1>; rel=\"next\"," +
            "<https://harvest.greenhouse.io/v1/candidates?page=1&per_page=1>; rel=\"prev\"," +
            "<https://harvest.greenhouse.io/v1/candidates?page=3&per_page=1>; rel=\"last\"");
    }

    [Test]
    public async Task FollowingNextLinks_WalksEveryCandidateOnce()
    {
        var (tenant, ats) = Candidates(5);
        var client = tenant.Client(ats.IntegrationId);

        var seen = new List<long>();
        string? path = "/candidates?per_page=2";
        while (path is not null)
        {
            var data = await client.Upstream(Api, new { method = "GET", path });
            seen.AddRange(data["data"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()));
            path = PassthroughClient.NextPath(data["headers"]!["link"]?.GetValue<string>());
        }

        seen.Should().Equal(1000, 1001, 1002, 1003, 1004);
    }

    [Test]
    public async Task SkipCount_LeavesOutTheLastLink()
    {
        var (tenant, ats) = Candidates(3);

        var data = await tenant.Client(ats.IntegrationId).Get(Api, "/candidates", new { per_page = "2", skip_count = "true" });

        data["headers"]!["link"]!.GetValue<string>().Should().Be("<https://harvest.greenhouse.io/v1/candidates?skip_count=true&page=2&per_page=2>; rel=\"next\"");
    }

    [Test]
    public async Task PageBeyondTheLast_IsEmpty()
    {
        var (tenant, ats) = Candidates(2);

        var data = await tenant.Client(ats.IntegrationId).Get(Api, "/candidates", new { page = "9" });

        data["data"]!.AsArray().Should().BeEmpty();
        data["headers"]!["link"]!.GetValue<string>().Should().Contain("page=1&per_page=100>; rel=\"prev\"");
    }

    [Test]
    public async Task CandidateFilters_MatchEmailIdsAndJob()
    {
        var (tenant, pipeline) = Pipeline.Create();
        var client = tenant.Client(pipeline.Ats.IntegrationId);

        var byEmail = await client.Get(Api, "/candidates", new { email = "GRACE@example.com" });
        var byIds = await client.Get(Api, "/candidates", new { candidate_ids = $"{pipeline.Hired.RemoteId},424242" });
        var byJob = await client.Get(Api, "/candidates", new { job_id = pipeline.Job.RemoteId });

        byEmail["data"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()).Should().Equal(Number(pipeline.Applicant));
        byIds["data"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()).Should().Equal(Number(pipeline.Hired));
        byJob["data"]!.AsArray().Should().HaveCount(2);
    }

    [Test]
    public async Task GetCandidate_ReturnsOneCandidate()
    {
        var (tenant, pipeline) = Pipeline.Create();

        var data = await tenant.Client(pipeline.Ats.IntegrationId).Get(Api, $"/candidates/{pipeline.Hired.RemoteId}/");

        data["status"]!.GetValue<int>().Should().Be(200);
        data["data"]!["id"]!.GetValue<long>().Should().Be(Number(pipeline.Hired));
        data["data"]!["applications"]![0]!["status"]!.GetValue<string>().Should().Be("hired");
    }

    [Test]
    public async Task GetDeletedOrUnknownRecord_AnswersHarvests404()
    {
        var (tenant, pipeline) = Pipeline.Create();
        var client = tenant.Client(pipeline.Ats.IntegrationId);

        var responses = new[]
        {
            await client.Get(Api, $"/candidates/{pipeline.Deleted.RemoteId}"),
            await client.Get(Api, "/applications/424242"),
            await client.Get(Api, "/jobs/424242"),
            await client.Get(Api, "/users/424242"),
            await client.Get(Api, "/scorecards"),
        };

        foreach (var data in responses)
        {
            data["status"]!.GetValue<int>().Should().Be(404);
            data["data"]!.Json().Should().Be("""{"message":"Resource not found"}""");
        }
    }

    [Test]
    public async Task ListApplications_FiltersByStatusAndJob()
    {
        var (tenant, pipeline) = Pipeline.Create();
        var client = tenant.Client(pipeline.Ats.IntegrationId);

        var all = await client.Get(Api, "/applications");
        var hired = await client.Get(Api, "/applications", new { status = "hired", job_id = pipeline.Job.RemoteId });
        var one = await client.Get(Api, $"/applications/{pipeline.Application.RemoteId}");

        all["data"]!.AsArray().Should().HaveCount(2);
        hired["data"]!.AsArray().Single()!["candidate_id"]!.GetValue<long>().Should().Be(Number(pipeline.Hired));
        one["data"]!["id"]!.GetValue<long>().Should().Be(Number(pipeline.Application));
    }

    [Test]
    public async Task ListJobs_ReturnsJobsWithHiringTeamAndStatus()
    {
        var (tenant, pipeline) = Pipeline.Create();
        var client = tenant.Client(pipeline.Ats.IntegrationId);

        var open = await client.Get(Api, "/jobs", new { status = "open" });
        var job = await client.Get(Api, $"/jobs/{pipeline.Job.RemoteId}");

        open["data"]!.AsArray().Select(j => j!["id"]!.GetValue<long>()).Should().Equal(Number(pipeline.Job));
        var data = job["data"]!;
        data["name"]!.GetValue<string>().Should().Be("Backend Engineer");
        data["status"]!.GetValue<string>().Should().Be("open");
        data["requisition_id"]!.GetValue<string>().Should().Be(pipeline.Job.JobCode);
        data["departments"]![0]!["name"]!.GetValue<string>().Should().Be("Engineering");
        data["offices"]![0]!["name"]!.GetValue<string>().Should().Be("Berlin");
        data["hiring_team"]!["recruiters"]!.AsArray().Single()!["id"]!.GetValue<long>().Should().Be(Number(pipeline.Recruiter));
        data["hiring_team"]!["hiring_managers"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task ListUsers_ReturnsTheUsers()
    {
        var (tenant, pipeline) = Pipeline.Create();

        var data = await tenant.Client(pipeline.Ats.IntegrationId).Get(Api, "/users");

        var user = data["data"]!.AsArray().Single()!;
        user["id"]!.GetValue<long>().Should().Be(Number(pipeline.Recruiter));
        user["primary_email_address"]!.GetValue<string>().Should().Be(pipeline.Recruiter.Email);
        user["disabled"]!.GetValue<bool>().Should().BeFalse();
    }

    [Test]
    public async Task TagAddedThroughKombo_ShowsOnTheHarvestCandidate()
    {
        var (tenant, pipeline) = Pipeline.Create();
        var client = tenant.Client(pipeline.Ats.IntegrationId);

        await client.PostJson($"/v1/ats/candidates/{pipeline.Hired.Id}/tags", new { tag = new { name = "Alumni" } });
        var data = await client.Get(Api, $"/candidates/{pipeline.Hired.RemoteId}");

        data["data"]!["tags"]!.Json().Should().Be("""["Alumni"]""");
    }

    [Test]
    public async Task PatchCandidate_IsEchoed()
    {
        var (tenant, pipeline) = Pipeline.Create();

        var data = await tenant.Client(pipeline.Ats.IntegrationId).Upstream(Api, new
        {
            method = "PATCH",
            path = $"/candidates/{pipeline.Applicant.RemoteId}",
            headers = new Dictionary<string, string> { ["On-Behalf-Of"] = "1000" },
            data = new { title = "Staff Engineer" },
        });

        data["data"]!["method"]!.GetValue<string>().Should().Be("PATCH");
        data["data"]!["headers"]!["On-Behalf-Of"]!.GetValue<string>().Should().Be("1000");
    }

    private static long Number(IRecord record) => long.Parse(record.RemoteId!, System.Globalization.CultureInfo.InvariantCulture);

    private static (Tenant Tenant, AtsBuilder Ats) Candidates(int count)
    {
        AtsBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats("greenhouse");
            for (var i = 0; i < count; i++)
            {
                ats.Candidate();
            }
        });
        return (tenant, ats);
    }

    private sealed record Pipeline(AtsBuilder Ats, Job Job, User Recruiter, Candidate Applicant, Candidate Hired, Candidate Deleted, Application Application)
    {
        public static (Tenant Tenant, Pipeline Pipeline) Create()
        {
            Pipeline pipeline = null!;
            var tenant = Simulator.CreateTenant(t =>
            {
                var ats = t.Ats("greenhouse");
                var recruiter = ats.User();
                var referral = ats.Tag("Referral");
                var job = ats.Job("Backend Engineer", j => j with { HiringTeam = [AtsBuilder.HiringTeamMember(recruiter, "RECRUITER")] });
                ats.Job("Old job", j => j with { Status = "CLOSED" });
                var applicant = ats.Candidate(c => c with
                {
                    FirstName = "Grace",
                    LastName = "Hopper",
                    EmailAddresses = [new EmailAddress("grace@example.com", "PERSONAL")],
                    PhoneNumbers = [new PhoneNumber("+49 30 1234", "MOBILE")],
                    TagIds = [referral.Id],
                });
                var hired = ats.Candidate();
                var deleted = ats.Candidate(c => c with { RemoteDeletedAt = AtsBuilder.Earlier });
                var application = ats.Application(applicant, job, a => a with { CurrentStageId = job.Stages[1].Id });
                ats.Application(hired, job, a => a with { Outcome = "HIRED" });
                pipeline = new Pipeline(ats, job, recruiter, applicant, hired, deleted, application);
            });
            return (tenant, pipeline);
        }
    }
}
