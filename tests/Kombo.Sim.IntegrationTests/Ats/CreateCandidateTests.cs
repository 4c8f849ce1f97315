using System.Net;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class CreateCandidateTests
{
    [Test]
    public async Task CreateCandidate_ReturnsTheCandidateWithItsApplicationAndKeepsBoth()
    {
        var (tenant, ats, job) = AtsFixtures.OpenJob();
        var client = tenant.Client(ats.IntegrationId);
        var candidate = new
        {
            first_name = "Ada",
            last_name = "Lovelace",
            email_address = "ada@example.com",
            additional_email_addresses = new[] { new { type = "WORK", email_address = "ada@work.example.com" } },
            phone_number = "+44 20 7946 0000",
            additional_phone_numbers = new[] { new { type = "OTHER", phone_number = "+44 20 7946 0001" } },
            company = "Analytical Engines Ltd",
            title = "Mathematician",
            location = new { city = "London", country = "GB" },
            social_links = new[] { new { url = "https://www.linkedin.com/in/ada" } },
            gender = "FEMALE",
            availability_date = "2027-01-01",
            salary_expectations = new { period = "YEAR", amount = 90000 },
        };

        var created = await client.PostJson("/v1/ats/candidates", new { candidate, application = new { job_id = $"remote:{job.RemoteId}", stage_id = job.Stages[2].Id } });

        var data = created["data"]!;
        data["email_addresses"]!.AsArray().Select(e => e!["email_address"]!.GetValue<string>()).Should().Equal("ada@example.com", "ada@work.example.com");
        data["phone_numbers"]!.AsArray().Select(p => p!["type"]?.GetValue<string>()).Should().Equal(null, "OTHER");
        data["location"]!["city"]!.GetValue<string>().Should().Be("London");
        data["social_media"]!.AsArray().Single()!["link"]!.GetValue<string>().Should().Be("https://www.linkedin.com/in/ada");
        var nested = data["applications"]!.AsArray().Single()!;
        nested["current_stage"]!["name"]!.GetValue<string>().Should().Be("Offer");
        nested["job"]!["id"]!.GetValue<string>().Should().Be(job.Id);
        var read = await client.GetJson($"/v1/ats/candidates?ids={data["id"]!.GetValue<string>()}");
        read.Results().Single()!["company"]!.GetValue<string>().Should().Be("Analytical Engines Ltd");
        (await client.GetJson($"/v1/ats/applications?job_ids={job.Id}")).Results().Single()!["id"]!.GetValue<string>().Should().Be(nested["id"]!.GetValue<string>());
        var stored = tenant.State(ats.IntegrationId).Ats.Candidates.Rows.Single();
        stored.SalaryExpectations.Should().Be(new SalaryExpectations("YEAR", 90000));
        stored.AvailabilityDate.Should().Be(new DateOnly(2027, 1, 1));
    }

    [Test]
    public async Task ForUnknownJobInBody_AnswersInputInvalidAndChangesNothing()
    {
        var (tenant, ats, _) = AtsFixtures.OpenJob();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson("/v1/ats/candidates",
            new { candidate = CreateApplicationTests.Ada(), application = new { job_id = "no-such-job" } }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("application.job_id");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task WithoutApplication_AnswersInputInvalidNamingIt()
    {
        var (tenant, ats, _) = AtsFixtures.OpenJob();

        var body = await tenant.Client(ats.IntegrationId).PostJson("/v1/ats/candidates", new { candidate = CreateApplicationTests.Ada() }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("application");
        tenant.State(ats.IntegrationId).Ats.Candidates.Count.Should().Be(0);
    }

    [Test]
    public async Task ForClosedJob_AnswersJobClosedAndChangesNothing()
    {
        AtsBuilder ats = null!;
        Job job = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats("jazzhr");
            job = ats.Job("Archived", j => j with { Status = "ARCHIVED" });
        });
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).PostJson("/v1/ats/candidates",
            new { candidate = CreateApplicationTests.Ada(), application = new { job_id = job.Id } }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("ATS.JOB_CLOSED");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }
}
