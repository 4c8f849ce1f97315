using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.Ats;

/// <summary>The steps the ATS writes on one application or candidate share: find it by its path id, change it, store it.</summary>
internal static class AtsWrites
{
    public static Application RequireApplication(AtsData ats, string applicationId) =>
        ats.Applications.Find(applicationId) is { RemoteDeletedAt: null } application
            ? application
            : throw KomboException.NotFound("Application", applicationId);

    public static Candidate RequireCandidate(AtsData ats, string candidateId) =>
        ats.Candidates.Find(candidateId) is { RemoteDeletedAt: null } candidate
            ? candidate
            : throw KomboException.NotFound("Candidate", candidateId);

    /// <summary>
    /// Adds something the tool keeps on the application (a note, file or result link): the tool's record was
    /// updated, so <c>remote_updated_at</c> moves; <c>changed_at</c> does not, as no unified field changed.
    /// </summary>
    public static IntegrationState AddToApplication(IntegrationState state, string applicationId, DateTimeOffset now, Func<Application, Application> add)
    {
        var application = RequireApplication(state.Ats, applicationId);
        var updated = add(application) with { RemoteUpdatedAt = now, TouchedAt = now };
        return state with { Ats = state.Ats.WithApplication(updated, now) };
    }

    /// <summary>Adds something the tool keeps on the candidate (a file or result link); see <see cref="AddToApplication"/>.</summary>
    public static IntegrationState AddToCandidate(IntegrationState state, string candidateId, DateTimeOffset now, Func<Candidate, Candidate> add)
    {
        var candidate = RequireCandidate(state.Ats, candidateId);
        var updated = add(candidate) with { RemoteUpdatedAt = now, TouchedAt = now };
        return state with { Ats = state.Ats.WithCandidate(updated, now, nestedInApplications: false) };
    }
}
