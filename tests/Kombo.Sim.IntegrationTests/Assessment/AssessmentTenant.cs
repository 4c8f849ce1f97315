using Kombo.Sim.Api.State;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Assessment;

/// <summary>A fresh environment holding one assessment integration, as most assessment tests need it.</summary>
internal sealed record AssessmentTenant(Tenant Tenant, string IntegrationId)
{
    public static AssessmentTenant Create(Action<AssessmentBuilder>? build = null, string tool = "smartrecruiters")
    {
        AssessmentBuilder assessment = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            assessment = t.Assessment(tool);
            build?.Invoke(assessment);
        });
        return new AssessmentTenant(tenant, assessment.IntegrationId);
    }

    /// <summary>A client that acts on the assessment integration.</summary>
    public HttpClient Client() => Tenant.Client(IntegrationId);

    /// <summary>The integration's current state, read directly.</summary>
    public IntegrationState State() => Tenant.State(IntegrationId);
}
