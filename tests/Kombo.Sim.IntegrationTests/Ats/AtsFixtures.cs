using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Ats;

/// <summary>Arrangements several ATS test classes share.</summary>
internal static class AtsFixtures
{
    /// <summary>One open job with the builder's three stages and no screening questions.</summary>
    public static (Tenant Tenant, AtsBuilder Ats, Job Job) OpenJob()
    {
        AtsBuilder ats = null!;
        Job job = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats();
            job = ats.Job("Backend Engineer");
        });
        return (tenant, ats, job);
    }
}

/// <summary>One candidate with one application to a three-stage job: the arrangement of the application writes.</summary>
internal static class ApplicationFixture
{
    public static (Tenant Tenant, AtsBuilder Ats, Application Application) Create(string tool = "greenhouse")
    {
        AtsBuilder ats = null!;
        Application application = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats(tool);
            application = ats.Application(ats.Candidate(), ats.Job());
        });
        return (tenant, ats, application);
    }
}

/// <summary>A candidate tagged "Known" with one application, and an untagged candidate: the arrangement of the tag writes.</summary>
internal static class TaggedCandidate
{
    public static (Tenant Tenant, AtsBuilder Ats, Candidate Candidate) Create(string tool = "greenhouse")
    {
        AtsBuilder ats = null!;
        Candidate candidate = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            ats = t.Ats(tool);
            var known = ats.Tag("Known");
            candidate = ats.Candidate(c => c with { TagIds = [known.Id] });
            ats.Application(candidate, ats.Job());
            ats.Candidate();
        });
        return (tenant, ats, candidate);
    }
}
