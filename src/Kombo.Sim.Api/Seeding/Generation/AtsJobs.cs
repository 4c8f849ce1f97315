using System.Globalization;
using System.Text;
using System.Text.Json;
using Bogus;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>Which ATS models the tool serves beyond jobs, candidates and applications.</summary>
internal sealed record AtsCoverage(bool Tags, bool Users);

/// <summary>
/// The recruiting set-up applications go into: users (recruiters, hiring managers, an admin), tags and jobs with
/// their pipelines, screening questions, postings and hiring teams.
/// </summary>
internal sealed class AtsJobs(GenerationContext context, CountryProfile home, string domain)
{
    private static readonly RoleAssignment Admin = new() { RemoteId = "site_admin", RemoteLabel = "Site Admin", Scope = "SYSTEM", UnifiedType = "ADMIN" };
    private static readonly RoleAssignment Recruiter = new() { RemoteId = "recruiter", RemoteLabel = "Recruiter", Scope = "SYSTEM", UnifiedType = "RECRUITER" };
    private static readonly RoleAssignment HiringManager = new() { RemoteId = "job_admin_hiring_manager", RemoteLabel = "Job Admin: Hiring Manager", Scope = "SYSTEM", UnifiedType = "HIRING_MANAGER" };

    private readonly Randomizer _random = context.Stream("ats:jobs");
    private readonly NamePool _streets = new(home, GenerationContext.SeedOf(context.Request.Seed, context.IntegrationId, "ats:jobs:streets"));
    private readonly string _organization = context.Request.Integration.EndUser.OrganizationName;

    /// <summary>An admin, then recruiters and hiring managers; a few have left (INACTIVE).</summary>
    public List<User> Users(int count)
    {
        var ids = context.Reserve("ats_users", count);
        var pool = new NamePool(home, GenerationContext.SeedOf(context.Request.Seed, context.IntegrationId, "ats:users:names"));
        var emails = new EmailRegistry([]);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var name = pool.Person(_random);
            var role = i == 0 ? Admin : i % 5 is 1 or 3 ? Recruiter : HiringManager;
            return new User
            {
                Id = ids.Id(i),
                RemoteId = ids.RemoteId(i),
                FirstName = name.First,
                LastName = name.Last,
                Email = emails.Work(name, domain),
                Status = i > 2 && _random.Bool(0.1f) ? "INACTIVE" : "ACTIVE",
                SystemRoles = [role],
                ChangedAt = context.SyncedAt(_random),
            };
        })];
    }

    public List<Tag> Tags()
    {
        var names = _random.Shuffle(AtsVocabulary.Tags).Take(_random.Number(8, AtsVocabulary.Tags.Length)).ToList();
        var ids = context.Reserve("ats_tags", names.Count);
        return [.. names.Select((name, i) => new Tag { Id = ids.Id(i), RemoteId = ids.RemoteId(i), Name = name, ChangedAt = context.SyncedAt(_random) })];
    }

    /// <summary>
    /// <paramref name="count"/> jobs of varied kinds; mostly OPEN, some CLOSED, ARCHIVED or DRAFT. The first
    /// <paramref name="openFirst"/> are OPEN so that candidates have enough jobs to apply to.
    /// </summary>
    public List<Job> Jobs(int count, int openFirst, IReadOnlyList<User> users, int numberOffset)
    {
        var ids = context.Reserve("ats_jobs", count);
        var templates = _random.Shuffle(AtsVocabulary.Jobs).ToArray();
        var recruiters = users.Where(u => u.Status == "ACTIVE" && u.SystemRoles.Any(r => r.UnifiedType == "RECRUITER")).ToList();
        var managers = users.Where(u => u.Status == "ACTIVE" && u.SystemRoles.Any(r => r.UnifiedType is "HIRING_MANAGER" or "ADMIN")).ToList();
        var jobs = new List<Job>(count);
        for (var i = 0; i < count; i++)
        {
            var template = i < templates.Length ? templates[i] : _random.ArrayElement(templates);
            var status = i < Math.Max(1, openFirst) ? "OPEN" : Roll(("OPEN", 0.7), ("CLOSED", 0.13), ("ARCHIVED", 0.08), ("DRAFT", 0.09));
            jobs.Add(Job(template, status, ids.Id(i), ids.RemoteId(i), numberOffset + i + 1, i >= templates.Length, HiringTeam(recruiters, managers)));
        }

        return jobs;
    }

    private Job Job(JobTemplate template, string status, string id, string remoteId, int number, bool repeated, IReadOnlyList<HiringTeamMember> hiringTeam)
    {
        var city = _random.Bool(0.5f) ? home.Cities[0] : _random.One(home.Cities);
        var name = repeated ? $"{template.Name} – {city.Name}" : template.Name;
        var now = context.Now;
        DateTimeOffset? opened = status switch
        {
            "OPEN" => now.AddDays(-_random.Number(5, 150)),
            "DRAFT" => null,
            _ => now.AddDays(-_random.Number(90, 400)),
        };
        DateTimeOffset? closed = status is "CLOSED" or "ARCHIVED" ? GenerationContext.Min(opened!.Value.AddDays(_random.Number(20, 80)), now.AddDays(-1)) : null;
        opened = opened is { } o ? GenerationContext.DuringWorkday(_random, DateOnly.FromDateTime(o.UtcDateTime)) : null;
        var created = GenerationContext.DuringWorkday(_random, DateOnly.FromDateTime((opened ?? now.AddDays(-_random.Number(1, 30))).UtcDateTime).AddDays(-_random.Number(1, 14)));
        var updated = GenerationContext.Between(_random, GenerationContext.Max(created, closed ?? opened ?? created), now);
        var description = Description(template);
        var postUrl = Urls.Posting(context.Tool, domain, remoteId);
        var salary = _random.Bool(0.7f) ? Salary(template) : null;
        var stages = Stages(template);
        return new Job
        {
            Id = id,
            RemoteId = remoteId,
            Name = name,
            JobCode = $"{Ascii.Slug(template.Department).ToUpperInvariant()[..3]}-{number:D3}",
            Description = description,
            Confidential = status == "DRAFT" && _random.Bool(0.5f),
            WeeklyHours = template.EmploymentType == "PART_TIME" ? 20 : home.FullTimeHours,
            EmploymentType = template.EmploymentType,
            Status = status,
            Visibility = status switch
            {
                "OPEN" => Roll(("PUBLIC", 0.8), ("INTERNAL", 0.1), ("UNLISTED", 0.1)),
                "DRAFT" => Roll(("CONFIDENTIAL", 0.5), ("INTERNAL", 0.5)),
                _ => Roll(("PUBLIC", 0.8), ("INTERNAL", 0.2)),
            },
            Category = template.Category,
            Department = template.Department,
            PostUrl = status == "DRAFT" ? null : postUrl,
            ExperienceLevel = template.ExperienceLevel,
            RemoteWorkStatus = Roll(("HYBRID", 0.5), ("ON_SITE", 0.3), ("REMOTE", 0.2)),
            SalaryAmountFrom = salary?.From,
            SalaryAmountTo = salary?.To,
            SalaryCurrency = salary is null ? null : home.Currency,
            SalaryPeriod = salary?.Period,
            Location = home.Address(_random, city, _streets.Street(_random)),
            CustomFields = JsonValues.EmptyObject,
            RemoteUrl = Urls.Record(context.Tool, "jobs", remoteId),
            OpenedAt = opened,
            ClosedAt = closed,
            RemoteCreatedAt = created,
            RemoteUpdatedAt = updated,
            ChangedAt = context.ChangedAt(_random, updated),
            Stages = stages,
            ScreeningQuestions = status == "OPEN" || _random.Bool(0.3f) ? Questions() : [],
            JobPostings = Postings(status, name, description, postUrl),
            HiringTeam = hiringTeam,
        };
    }

    private string Roll(params (string Value, double Weight)[] choices) => choices[_random.Weighted([.. choices.Select(c => c.Weight)])].Value;

    private string Description(JobTemplate template)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p>{_organization} is hiring a {template.Name} for its {template.Department} team.</p>");
        html.Append("<h3>What you will do</h3><ul>");
        foreach (var task in template.Tasks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{task}</li>");
        }

        html.Append("</ul><h3>What you bring</h3><ul>");
        foreach (var requirement in template.Requirements)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{requirement}</li>");
        }

        html.Append("</ul>");
        return html.ToString();
    }

    private (double From, double To, string Period)? Salary(JobTemplate template)
    {
        var period = template.EmploymentType switch
        {
            "INTERNSHIP" => "MONTH",
            "CONTRACT" => "DAY",
            "PART_TIME" => "HOUR",
            _ => "YEAR",
        };
        var from = period switch
        {
            "MONTH" => Pay.Round(_random.Double(1200, 1800), "MONTH"),
            "DAY" => Pay.Round(_random.Double(500, 800), "DAY"),
            "HOUR" => Pay.Round(_random.Double(14, 18), "HOUR"),
            _ => Pay.Round(home.MedianSalary * template.SalaryFactor * _random.Double(0.85, 0.95), "YEAR"),
        };
        return (from, Pay.Round(from * 1.2, period), period);
    }

    private List<JobStage> Stages(JobTemplate template)
    {
        double[] weights = template.Department == "Engineering" ? [0.05, 0.15, 0.3, 0.2, 0.3] : [0.15, 0.3, 0.3, 0.2, 0.05];
        var names = AtsVocabulary.Pipelines[_random.Weighted(weights)];
        var ids = context.Reserve("ats_job_stages", names.Length);
        return [.. names.Select((name, i) => new JobStage { Id = ids.Id(i), RemoteId = ids.RemoteId(i), Name = name, Index = i })];
    }

    private List<JobPosting> Postings(string status, string title, string description, string url)
    {
        var postings = status switch
        {
            "OPEN" => _random.Bool(0.3f) ? new[] { ("ACTIVE", "PUBLIC"), ("ACTIVE", "INTERNAL") } : [("ACTIVE", "PUBLIC")],
            "DRAFT" => _random.Bool(0.5f) ? [("DRAFT", "INTERNAL")] : [],
            _ => [("INACTIVE", "PUBLIC")],
        };
        var ids = context.Reserve("ats_job_postings", postings.Length);
        return [.. postings.Select((p, i) => new JobPosting
        {
            Id = ids.Id(i),
            RemoteId = ids.RemoteId(i),
            Title = title,
            DescriptionHtml = description,
            Status = p.Item1,
            Visibility = p.Item2,
            Url = p.Item2 == "INTERNAL" ? $"https://{domain}/internal/jobs/{ids.RemoteId(i)}" : url,
        })];
    }

    private List<HiringTeamMember> HiringTeam(List<User> recruiters, List<User> managers)
    {
        var team = new List<HiringTeamMember>();
        if (recruiters.Count > 0)
        {
            team.Add(Member(_random.One(recruiters), "RECRUITER"));
        }

        foreach (var manager in _random.Shuffle(managers).Take(_random.Number(1, 2)))
        {
            team.Add(Member(manager, "HIRING_MANAGER"));
        }

        return team;
    }

    private static HiringTeamMember Member(User user, string role) => new()
    {
        Id = user.Id,
        RemoteId = user.RemoteId,
        FirstName = user.FirstName,
        LastName = user.LastName,
        Email = user.Email,
        HiringTeamRoles = [role],
        JobRoles = [new RoleAssignment { RemoteId = $"{user.RemoteId}-{role.ToLowerInvariant()}", RemoteLabel = role == "RECRUITER" ? "Recruiter" : "Hiring Manager", Scope = "JOB", UnifiedType = role }],
    };

    /// <summary>A random selection from the question library, with the follow-ups that depend on an earlier answer.</summary>
    private List<ScreeningQuestion> Questions()
    {
        var library = QuestionLibrary.For(_organization, home);
        var chosen = new List<QuestionSpec>();
        foreach (var spec in library)
        {
            var dependsOn = spec.DependsOn is { } d ? library[d] : null;
            if ((dependsOn is null || chosen.Contains(dependsOn)) && _random.Bool(spec.Required ? 0.7f : 0.4f))
            {
                chosen.Add(spec);
            }
        }

        var questionIds = context.Reserve("ats_screening_questions", chosen.Count);
        var optionIds = context.Reserve("ats_screening_question_options", chosen.Sum(q => q.Options.Length));
        var built = new List<ScreeningQuestion>(chosen.Count);
        var option = 0;
        foreach (var spec in chosen)
        {
            var i = built.Count;
            var options = spec.Options.Select(name => new QuestionOption { Id = optionIds.Id(option), RemoteId = optionIds.RemoteId(option++), Name = name }).ToList();
            var precondition = spec.DependsOn is { } d ? built[chosen.IndexOf(library[d])] : null;
            built.Add(new ScreeningQuestion
            {
                Id = questionIds.Id(i),
                RemoteId = questionIds.RemoteId(i),
                Title = spec.Title,
                Description = spec.Description,
                Format = spec.Format with { Options = spec.Options.Length > 0 ? options : null },
                Index = i,
                Required = spec.Required,
                PreconditionQuestionId = precondition?.Id,
                PreconditionOptions = precondition is null ? null : PreconditionValue(precondition, spec.WhenAnswer!),
            });
        }

        return built;
    }

    /// <summary>Kombo's precondition options: booleans for a BOOLEAN question, option ids for a select.</summary>
    private static JsonElement PreconditionValue(ScreeningQuestion precondition, string whenAnswer) =>
        precondition.Format?.Type == "BOOLEAN"
            ? JsonSerializer.SerializeToElement(new[] { whenAnswer == "true" })
            : JsonSerializer.SerializeToElement(new[] { precondition.Format!.Options!.First(o => o.Name == whenAnswer).Id });
}
