using System.Net;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class UpdateCandidateTests
{
    [Test]
    public async Task ChangedFields_ReadBackChangedInCandidatesAndApplications()
    {
        var (tenant, ats, candidate) = CandidateWithApplication();
        var client = tenant.Client(ats.IntegrationId);

        var updated = await client.SendJson(HttpMethod.Patch, $"/v1/ats/candidates/{candidate.Id}",
            new { first_name = "Augusta", email_address = "augusta@example.com", title = (string?)null });

        updated["data"]!["first_name"]!.GetValue<string>().Should().Be("Augusta");
        updated["data"]!["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        var read = (await client.GetJson("/v1/ats/candidates")).Results().Single()!;
        read["first_name"]!.GetValue<string>().Should().Be("Augusta");
        read["last_name"]!.GetValue<string>().Should().Be(candidate.LastName, "fields not sent stay");
        read["title"].Should().BeNull();
        read["company"]!.GetValue<string>().Should().Be("Acme");
        read["email_addresses"]!.AsArray().Single()!["email_address"]!.GetValue<string>().Should().Be("augusta@example.com");
        read["remote_updated_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        var application = (await client.GetJson("/v1/ats/applications?updated_after=2026-12-01T08:30:00Z")).Results().Single()!;
        application["candidate"]!["first_name"]!.GetValue<string>().Should().Be("Augusta");
        application["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z", "the application's own fields did not change");
    }

    [Test]
    public async Task AdditionalEmails_ReplaceAllButThePrimaryOne()
    {
        var (tenant, ats, candidate) = CandidateWithApplication(c => c with
        {
            EmailAddresses = [new EmailAddress("ada@example.com", null), new EmailAddress("old@example.com", "WORK")],
        });

        var updated = await tenant.Client(ats.IntegrationId).SendJson(HttpMethod.Patch, $"/v1/ats/candidates/{candidate.Id}",
            new { additional_email_addresses = new[] { new { type = "OTHER", email_address = "new@example.com" } } });

        updated["data"]!["email_addresses"]!.AsArray().Select(e => e!["email_address"]!.GetValue<string>()).Should().Equal("ada@example.com", "new@example.com");
    }

    [Test]
    public async Task SameValues_ChangeNothing()
    {
        var (tenant, ats, candidate) = CandidateWithApplication();

        var updated = await tenant.Client(ats.IntegrationId).SendJson(HttpMethod.Patch, $"/v1/ats/candidates/{candidate.Id}",
            new { first_name = candidate.FirstName, company = candidate.Company });

        updated["data"]!["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T08:00:00.000Z");
        tenant.State(ats.IntegrationId).Ats.Candidates.Rows.Single().Should().BeSameAs(candidate);
    }

    [Test]
    public async Task WithInvalidFields_AnswersInputInvalidAndChangesNothing()
    {
        var (tenant, ats, candidate) = CandidateWithApplication();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).SendJson(HttpMethod.Patch, $"/v1/ats/candidates/{candidate.Id}",
            new { first_name = "", email_address = "nope", gender = "UNKNOWN" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("first_name").And.Contain("email_address").And.Contain("gender");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task ForUnknownCandidate_AnswersNotFound()
    {
        var (tenant, ats, _) = CandidateWithApplication();
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).SendJson(HttpMethod.Patch, "/v1/ats/candidates/nobody", new { first_name = "X" }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Be("Candidate with ID nobody not found.");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    private static (Tenant Tenant, AtsBuilder Ats, Candidate Candidate) CandidateWithApplication(Func<Candidate, Candidate>? change = null)
    {
        AtsBuilder ats = null!;
        Candidate candidate = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            candidate = ats.Candidate(change);
            ats.Application(candidate, ats.Job());
        });
        return (tenant, ats, candidate);
    }
}
