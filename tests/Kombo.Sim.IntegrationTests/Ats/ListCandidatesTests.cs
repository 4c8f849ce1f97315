using System.Net;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class ListCandidatesTests
{
    [Test]
    public async Task ListCandidates_ReturnsCandidatesWithApplicationsAndTags()
    {
        AtsBuilder ats = null!;
        Candidate candidate = null!;
        Application application = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            var tag = ats.Tag("Top talent");
            var deletedTag = ats.Tag("Old", t => t with { RemoteDeletedAt = AtsBuilder.Earlier });
            var job = ats.Job("Backend Engineer");
            candidate = ats.Candidate(c => c with { TagIds = [tag.Id, deletedTag.Id] });
            application = ats.Application(candidate, job);
            ats.Application(candidate, ats.Job("Gone"), a => a with { RemoteDeletedAt = AtsBuilder.Earlier });
        });

        var body = await tenant.Client(ats.IntegrationId).GetJson("/v1/ats/candidates");

        var item = body.Results().Single()!;
        item["id"]!.GetValue<string>().Should().Be(candidate.Id);
        item["email_addresses"]!.AsArray().Single()!["email_address"]!.GetValue<string>().Should().Be(candidate.PrimaryEmail);
        item["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Should().Equal(["Top talent"], "deleted tags are left out");
        var nested = item["applications"]!.AsArray().Single()!;
        nested["id"]!.GetValue<string>().Should().Be(application.Id, "deleted applications are left out");
        nested["current_stage"]!["name"]!.GetValue<string>().Should().Be("Applied");
        nested["job"]!["name"]!.GetValue<string>().Should().Be("Backend Engineer");
    }

    [TestCase("email=ADA@example.com", "Ada")]
    [TestCase("first_name=grace", "Grace")]
    [TestCase("last_name=LOVELACE", "Ada")]
    [TestCase("job_ids={jobB}", "Grace")]
    [TestCase("first_name=", "Ada", "Grace")]
    public async Task WithFilter_ReturnsOnlyMatchingCandidates(string filter, params string[] expected)
    {
        AtsBuilder ats = null!;
        Job jobB = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            var jobA = ats.Job("A");
            jobB = ats.Job("B");
            var ada = ats.Candidate(c => c with { FirstName = "Ada", LastName = "Lovelace", EmailAddresses = [new EmailAddress("other@example.com", "WORK"), new EmailAddress("ada@example.com", "PERSONAL")] });
            var grace = ats.Candidate(c => c with { FirstName = "Grace", LastName = "Hopper" });
            ats.Application(ada, jobA);
            ats.Application(grace, jobB);
        });

        var body = await tenant.Client(ats.IntegrationId).GetJson($"/v1/ats/candidates?{filter.Replace("{jobB}", jobB.Id, StringComparison.Ordinal)}");

        body.Results().Select(r => r!["first_name"]!.GetValue<string>()).Should().Equal(expected);
    }

    [Test]
    public async Task WithMalformedEmailFilter_AnswersInputInvalid()
    {
        AtsBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t => ats = t.Ats());

        var body = await tenant.Client(ats.IntegrationId).GetJson("/v1/ats/candidates?email=not-an-email", HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("email");
    }
}
