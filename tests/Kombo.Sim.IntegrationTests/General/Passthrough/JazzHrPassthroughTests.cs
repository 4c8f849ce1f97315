using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.General.Passthrough;

/// <summary>jazzhr/v1: JazzHR's API answered from the integration's candidates (applicants) and jobs.</summary>
public class JazzHrPassthroughTests
{
    private const string Api = "jazzhr/v1";

    [Test]
    public async Task ListApplicants_ReturnsJazzHrsSummariesWithTheLatestJob()
    {
        var (tenant, hiring) = Hiring.Create();

        var data = await tenant.Client(hiring.Ats.IntegrationId).Get(Api, "/applicants");

        data["url"]!.GetValue<string>().Should().Be("https://api.resumatorapi.com/v1/applicants");
        var applicants = data["data"]!.AsArray();
        applicants.Select(a => a!["id"]!.GetValue<string>()).Should().Equal(hiring.Applicant.RemoteId, hiring.WalkIn.RemoteId);
        applicants[0]!.Json().Should().Be(
            $$"""{"id":"{{hiring.Applicant.RemoteId}}","first_name":"Emily","last_name":"Carter","prospect_phone":"+1 720 380 3699","apply_date":"2026-12-01","job_id":"{{hiring.Cashier.RemoteId}}","job_title":"Cashier"}""");
        applicants[1]!["job_id"].Should().BeNull();
    }

    [Test]
    public async Task ApplicantsPageTwo_HoldsTheApplicantsAfterTheFirstHundred()
    {
        AtsBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats("jazzhr");
            for (var i = 0; i < 101; i++)
            {
                ats.Candidate();
            }
        });
        var client = tenant.Client(ats.IntegrationId);

        var first = await client.Get(Api, "/applicants");
        var second = await client.Get(Api, "/applicants/page/2");
        var third = await client.Get(Api, "/applicants/page/3");

        first["data"]!.AsArray().Should().HaveCount(100);
        second["data"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).Should().Equal("1100");
        third["data"]!.AsArray().Should().BeEmpty();
    }

    [TestCase("0")]
    [TestCase("two")]
    public async Task InvalidPage_AnswersJazzHrs404(string page)
    {
        var (tenant, hiring) = Hiring.Create();

        var data = await tenant.Client(hiring.Ats.IntegrationId).Get(Api, $"/applicants/page/{page}");

        data["status"]!.GetValue<int>().Should().Be(404);
        data["data"]!.Json().Should().Be("""{"error":"Not Found"}""");
    }

    [Test]
    public async Task GetApplicant_ReturnsContactDetailsAndEveryJobWithItsWorkflowStep()
    {
        var (tenant, hiring) = Hiring.Create();

        var data = await tenant.Client(hiring.Ats.IntegrationId).Get(Api, $"/applicants/{hiring.Applicant.RemoteId}");

        var applicant = data["data"]!;
        applicant["email"]!.GetValue<string>().Should().Be("emily.carter@example.com");
        applicant["location"]!.GetValue<string>().Should().Be("Austin, TX");
        var jobs = applicant["jobs"]!.AsArray();
        jobs.Select(j => j!["job_title"]!.GetValue<string>()).Should().Equal("Store Manager", "Cashier");
        jobs[0]!["applicant_progress"]!.GetValue<string>().Should().Be("Not Hired");
        jobs[1]!["workflow_step_name"]!.GetValue<string>().Should().Be("Interview");
    }

    [Test]
    public async Task GetUnknownApplicantOrPath_AnswersJazzHrs404()
    {
        var (tenant, hiring) = Hiring.Create();
        var client = tenant.Client(hiring.Ats.IntegrationId);

        var applicant = await client.Get(Api, "/applicants/prospect_unknown");
        var path = await client.Get(Api, "/users");

        applicant["status"]!.GetValue<int>().Should().Be(404);
        path["status"]!.GetValue<int>().Should().Be(404);
    }

    [Test]
    public async Task ListAndGetJobs_ReturnJazzHrsJobShape()
    {
        var (tenant, hiring) = Hiring.Create();
        var client = tenant.Client(hiring.Ats.IntegrationId);

        var list = await client.Get(Api, "/jobs");
        var pageOne = await client.Get(Api, "/jobs/page/1");
        var one = await client.Get(Api, $"/jobs/{hiring.Cashier.RemoteId}");

        list["data"]!.AsArray().Select(j => j!["title"]!.GetValue<string>()).Should().Equal("Store Manager", "Cashier");
        pageOne["data"]!.AsArray().Should().HaveCount(2);
        var job = one["data"]!;
        job["status"]!.GetValue<string>().Should().Be("Open");
        job["type"]!.GetValue<string>().Should().Be("Part Time");
        job["city"]!.GetValue<string>().Should().Be("Berlin");
    }

    [Test]
    public async Task CandidateCreatedThroughKombo_IsAJazzHrApplicant()
    {
        var (tenant, hiring) = Hiring.Create();
        var client = tenant.Client(hiring.Ats.IntegrationId);

        var created = await client.PostJson($"/v1/ats/jobs/{hiring.Cashier.Id}/applications", new { candidate = new { first_name = "Noah", last_name = "Kim", email_address = "noah@example.com" } });
        var remoteId = created["data"]!["candidate"]!["remote_id"]!.GetValue<string>();
        var data = await client.Get(Api, $"/applicants/{remoteId}");

        data["data"]!["first_name"]!.GetValue<string>().Should().Be("Noah");
        data["data"]!["jobs"]!.AsArray().Single()!["job_id"]!.GetValue<string>().Should().Be(hiring.Cashier.RemoteId);
    }

    private sealed record Hiring(AtsBuilder Ats, Job Cashier, Candidate Applicant, Candidate WalkIn)
    {
        public static (Tenant Tenant, Hiring Hiring) Create()
        {
            Hiring hiring = null!;
            var tenant = Simulator.CreateTenant(t =>
            {
                var ats = t.Ats("jazzhr");
                var manager = ats.Job("Store Manager");
                var cashier = ats.Job("Cashier", j => j with { EmploymentType = "PART_TIME" });
                var applicant = ats.Candidate(c => c with
                {
                    FirstName = "Emily",
                    LastName = "Carter",
                    EmailAddresses = [new EmailAddress("emily.carter@example.com", "PERSONAL")],
                    PhoneNumbers = [new PhoneNumber("+1 720 380 3699", "MOBILE")],
                    Location = new Kombo.Sim.Api.Domain.Common.Address { City = "Austin", State = "TX", Country = "US" },
                    RemoteCreatedAt = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero),
                });
                var walkIn = ats.Candidate();
                ats.Candidate(c => c with { RemoteDeletedAt = AtsBuilder.Earlier });
                ats.Application(applicant, manager, a => a with { Outcome = "DECLINED" });
                ats.Application(applicant, cashier, a => a with { CurrentStageId = cashier.Stages[1].Id });
                hiring = new Hiring(ats, cashier, applicant, walkIn);
            });
            return (tenant, hiring);
        }
    }
}
