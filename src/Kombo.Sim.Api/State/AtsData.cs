using Kombo.Sim.Api.Domain.Ats;

namespace Kombo.Sim.Api.State;

/// <summary>
/// An ATS integration's records: one immutable value, replaced as a whole by each write. Applications are grouped
/// by candidate, so a candidate's applications are at hand without a scan.
/// </summary>
public sealed record AtsData
{
    public static readonly AtsData Empty = new();

    public Table<Job> Jobs { get; init; } = Table<Job>.Empty();

    public Table<Candidate> Candidates { get; init; } = Table<Candidate>.Empty();

    public Table<Application> Applications { get; init; } = Table<Application>.Empty(ApplicationGroupKey);

    public Table<Tag> Tags { get; init; } = Table<Tag>.Empty();

    public Table<User> Users { get; init; } = Table<User>.Empty();

    public static string? ApplicationGroupKey(Application application) => application.CandidateId;

    /// <summary>A job by Kombo id or <c>remote:&lt;remote id&gt;</c> (digest §A8).</summary>
    public Job? FindJob(string reference) => Jobs.FindByReference(reference);

    /// <summary>A user by Kombo id or <c>remote:&lt;remote id&gt;</c> (digest §A8).</summary>
    public User? FindUser(string reference) => Users.FindByReference(reference);

    /// <summary>The candidate's applications that are not deleted, in creation order.</summary>
    public IEnumerable<Application> ApplicationsOf(string candidateId) =>
        Applications.InGroup(candidateId).Where(a => a.RemoteDeletedAt is null);

    /// <summary>The non-deleted candidate whose primary email is <paramref name="email"/> (case-insensitive).</summary>
    public Candidate? FindCandidateByEmail(string email) =>
        Candidates.Rows.FirstOrDefault(c => c.RemoteDeletedAt is null && string.Equals(c.PrimaryEmail, email, StringComparison.OrdinalIgnoreCase));

    /// <summary>The non-deleted tag with this name (case-insensitive).</summary>
    public Tag? FindTagByName(string name) =>
        Tags.Rows.FirstOrDefault(t => t.RemoteDeletedAt is null && string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Marks a candidate as touched (its applications or tags changed) without moving its <c>changed_at</c>.</summary>
    public AtsData TouchCandidate(string candidateId, DateTimeOffset at) =>
        Candidates.Find(candidateId) is { } candidate && candidate.TouchedAt < at
            ? this with { Candidates = Candidates.Replace(candidate with { TouchedAt = at }) }
            : this;

    /// <summary>Marks every application of a candidate as touched (their nested candidate changed).</summary>
    public AtsData TouchApplicationsOf(string candidateId, DateTimeOffset at)
    {
        var applications = Applications;
        foreach (var application in Applications.InGroup(candidateId).Where(a => a.TouchedAt < at))
        {
            applications = applications.Replace(application with { TouchedAt = at });
        }

        return this with { Applications = applications };
    }

    /// <summary>Stores a changed application; its candidate counts as touched (its nested applications changed).</summary>
    public AtsData WithApplication(Application application, DateTimeOffset at) =>
        (this with { Applications = Applications.Replace(application) }).TouchCandidate(application.CandidateId, at);

    /// <summary>
    /// Stores a changed candidate; with <paramref name="nestedInApplications"/> its applications count as touched
    /// too (what changed is shown in their nested candidate).
    /// </summary>
    public AtsData WithCandidate(Candidate candidate, DateTimeOffset at, bool nestedInApplications)
    {
        var ats = this with { Candidates = Candidates.Replace(candidate) };
        return nestedInApplications ? ats.TouchApplicationsOf(candidate.Id, at) : ats;
    }
}
