using System.Globalization;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.IntegrationTests.Infrastructure;

/// <summary>
/// Builds an ATS integration for one test: each method adds a record with sensible defaults (changed an hour
/// before <see cref="SimulatorHost.Now"/>), lets the test adjust it with <c>with</c>, and returns it. Jobs are open
/// and come with three stages (Applied, Interview, Offer).
/// </summary>
public sealed class AtsBuilder(string tool, string slug)
{
    public static readonly DateTimeOffset Earlier = SimulatorHost.Now.AddHours(-1);

    private readonly List<Job> _jobs = [];
    private readonly List<Candidate> _candidates = [];
    private readonly List<Application> _applications = [];
    private readonly List<Tag> _tags = [];
    private readonly List<User> _users = [];
    private int _nextRemoteId = 1000;

    public string IntegrationId { get; } = KomboIds.ForIntegration("test", tool, slug);

    public User User(Func<User, User>? change = null)
    {
        var (remoteId, id) = NextId("ats_users");
        var number = _users.Count + 1;
        var user = new User
        {
            Id = id,
            RemoteId = remoteId,
            FirstName = $"Recruiter{number}",
            LastName = "Example",
            Email = $"recruiter{number}@{slug}.example.com",
            Status = "ACTIVE",
            SystemRoles = [new RoleAssignment { RemoteId = "r1", RemoteLabel = "Recruiter", Scope = "SYSTEM", UnifiedType = "RECRUITER" }],
            ChangedAt = Earlier,
        };
        return Add(_users, change?.Invoke(user) ?? user);
    }

    public Tag Tag(string name, Func<Tag, Tag>? change = null)
    {
        var (remoteId, id) = NextId("ats_tags");
        var tag = new Tag { Id = id, RemoteId = remoteId, Name = name, ChangedAt = Earlier };
        return Add(_tags, change?.Invoke(tag) ?? tag);
    }

    public Job Job(string name = "Software Engineer", Func<Job, Job>? change = null)
    {
        var (remoteId, id) = NextId("ats_jobs");
        var job = new Job
        {
            Id = id,
            RemoteId = remoteId,
            Name = name,
            JobCode = $"JOB-{remoteId}",
            Description = "<p>Build things.</p>",
            Confidential = false,
            WeeklyHours = 40,
            EmploymentType = "FULL_TIME",
            Status = "OPEN",
            Visibility = "PUBLIC",
            Department = "Engineering",
            PostUrl = $"https://jobs.example.com/{remoteId}",
            RemoteWorkStatus = "HYBRID",
            SalaryCurrency = "EUR",
            SalaryPeriod = "YEAR",
            Location = new Address { City = "Berlin", Country = "DE" },
            CustomFields = JsonValues.EmptyObject,
            OpenedAt = Earlier.AddDays(-30),
            RemoteCreatedAt = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero),
            RemoteUpdatedAt = Earlier,
            ChangedAt = Earlier,
            Stages = [Stage("Applied", 0), Stage("Interview", 1), Stage("Offer", 2)],
        };
        return Add(_jobs, change?.Invoke(job) ?? job);
    }

    public JobStage Stage(string name, int index)
    {
        var (remoteId, id) = NextId("ats_stages");
        return new JobStage { Id = id, RemoteId = remoteId, Name = name, Index = index };
    }

    public ScreeningQuestion Question(string title, QuestionFormat format, bool required = false)
    {
        var (remoteId, id) = NextId("ats_screening_questions");
        return new ScreeningQuestion { Id = id, RemoteId = remoteId, Title = title, Format = format, Required = required, Index = 0 };
    }

    public QuestionOption Option(string name)
    {
        var (remoteId, id) = NextId("ats_question_options");
        return new QuestionOption { Id = id, RemoteId = remoteId, Name = name };
    }

    public static HiringTeamMember HiringTeamMember(User user, params string[] roles) => new()
    {
        Id = user.Id,
        RemoteId = user.RemoteId,
        FirstName = user.FirstName,
        LastName = user.LastName,
        Email = user.Email,
        HiringTeamRoles = roles,
        JobRoles = [.. roles.Select(r => new RoleAssignment { Scope = "JOB", UnifiedType = r })],
    };

    public Candidate Candidate(Func<Candidate, Candidate>? change = null)
    {
        var (remoteId, id) = NextId("ats_candidates");
        var number = _candidates.Count + 1;
        var candidate = new Candidate
        {
            Id = id,
            RemoteId = remoteId,
            FirstName = $"First{number}",
            LastName = $"Last{number}",
            Company = "Acme",
            Title = "Developer",
            Confidential = false,
            Source = "Career page",
            EmailAddresses = [new EmailAddress($"candidate{number}@{slug}.example.com", "PERSONAL")],
            PhoneNumbers = [new PhoneNumber($"+49 30 {number:D4}", "MOBILE")],
            CustomFields = JsonValues.EmptyObject,
            RemoteCreatedAt = Earlier,
            RemoteUpdatedAt = Earlier,
            ChangedAt = Earlier,
            TouchedAt = Earlier,
        };
        return Add(_candidates, change?.Invoke(candidate) ?? candidate);
    }

    public Application Application(Candidate candidate, Job job, Func<Application, Application>? change = null)
    {
        var (remoteId, id) = NextId("ats_applications");
        var application = new Application
        {
            Id = id,
            RemoteId = remoteId,
            Outcome = "PENDING",
            CurrentStageId = job.Stages.Count > 0 ? job.Stages[0].Id : null,
            JobId = job.Id,
            CandidateId = candidate.Id,
            CustomFields = JsonValues.EmptyObject,
            ChangedAt = Earlier,
            RemoteCreatedAt = Earlier,
            RemoteUpdatedAt = Earlier,
            TouchedAt = Earlier,
        };
        return Add(_applications, change?.Invoke(application) ?? application);
    }

    internal IntegrationState Build()
    {
        var integration = new Integration
        {
            Id = IntegrationId,
            Tool = tool,
            Category = Categories.Ats,
            EndUser = new EndUser("Test Org", "owner@test.example.com", "origin-1"),
            CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        var ats = new AtsData
        {
            Jobs = Table<Job>.Create(_jobs),
            Candidates = Table<Candidate>.Create(_candidates),
            Applications = Table<Application>.Create(_applications, AtsData.ApplicationGroupKey),
            Tags = Table<Tag>.Create(_tags),
            Users = Table<User>.Create(_users),
        };
        return new IntegrationState { Integration = integration, Ats = ats };
    }

    private (string RemoteId, string Id) NextId(string model)
    {
        var remoteId = (_nextRemoteId++).ToString(CultureInfo.InvariantCulture);
        return (remoteId, KomboIds.ForRecord(IntegrationId, model, remoteId));
    }

    private static T Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return item;
    }
}
