using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

public class ListUsersTests
{
    [Test]
    public async Task ListUsers_ReturnsUsersWithSystemRoles()
    {
        AtsBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            ats.User(u => u with { FirstName = "Rita" });
        });

        var body = await tenant.Client(ats.IntegrationId).GetJson("/v1/ats/users");

        var user = body.Results().Single()!;
        user["first_name"]!.GetValue<string>().Should().Be("Rita");
        user["status"]!.GetValue<string>().Should().Be("ACTIVE");
        user["system_roles"]!.AsArray().Single()!["unified_type"]!.GetValue<string>().Should().Be("RECRUITER");
    }

    [Test]
    public async Task WithEmails_ReturnsUsersHavingAnyOfThemCaseInsensitively()
    {
        AtsBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            ats.User(u => u with { Email = "rita@example.com" });
            ats.User(u => u with { Email = "sam@example.com" });
            ats.User(u => u with { Email = "max@example.com" });
        });

        var body = await tenant.Client(ats.IntegrationId).GetJson("/v1/ats/users?emails=RITA@example.com,max@example.com");

        body.Results().Select(r => r!["email"]!.GetValue<string>()).Should().Equal("rita@example.com", "max@example.com");
    }
}
