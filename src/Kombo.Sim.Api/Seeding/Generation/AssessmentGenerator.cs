using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.State;
using AtsHiringTeamMember = Kombo.Sim.Api.Domain.Ats.HiringTeamMember;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>
/// Generates an assessment vendor's packages and the OPEN orders recruiters placed for them. Orders come from a
/// recruiting pipeline generated behind the scenes (same seed), so each names a plausible candidate in process,
/// their application and the job with its hiring team.
/// </summary>
internal static class AssessmentGenerator
{
    private static readonly (string Name, string Type, string Description)[] Catalogue =
    [
        ("Backend Coding Challenge", "SKILLS_TEST", "90-minute take-home challenge on API design, concurrency and testing."),
        ("Work Style & Motivation Profile", "BEHAVIORAL", "25-minute questionnaire on collaboration, drive and work preferences, benchmarked per role family."),
        ("One-Way Video Interview", "VIDEO_INTERVIEW", "Three recorded answers (max. 2 minutes each) reviewed asynchronously by the hiring team."),
        ("Employment Reference Check", "REFERENCE_CHECK", "Structured references from two former managers, collected within five working days."),
        ("Criminal Record Check", "BACKGROUND_CHECK", "Official certificate of conduct, requested with the candidate's consent."),
        ("Frontend Coding Challenge", "SKILLS_TEST", "Build a small accessible React component in 60 minutes."),
        ("Cognitive Ability Test", "SKILLS_TEST", "20-minute adaptive test of numerical, verbal and abstract reasoning."),
        ("Sales Role-Play Simulation", "SKILLS_TEST", "Recorded discovery call with a simulated prospect, scored on a sales rubric."),
        ("Personality Inventory", "BEHAVIORAL", "Big-Five based inventory with a team-fit report."),
        ("English Language Test", "SKILLS_TEST", "CEFR-aligned reading, listening and writing test."),
    ];

    public static AssessmentData Generate(GenerationContext context, AssessmentData existing, CountryProfile home)
    {
        var sizes = context.Request.Assessment;
        if (sizes.OpenOrders > 0 && sizes.Packages == 0 && !existing.Packages.Rows.Any(p => p.RemoteDeletedAt is null))
        {
            throw new GeneratorSizeException("open orders need packages: packages is 0 and the integration has none.");
        }

        var random = context.Stream("assessment");
        var packageIds = context.Reserve("assessment_packages", sizes.Packages);
        var packages = Enumerable.Range(0, sizes.Packages).Select(i =>
        {
            var (name, type, description) = Catalogue[i % Catalogue.Length];
            return new AssessmentPackage
            {
                Id = packageIds.RemoteId(i),
                Type = type,
                Name = i < Catalogue.Length ? name : $"{name} ({i / Catalogue.Length + 1})",
                Description = description,
                UpdatedAt = context.SyncedAt(random),
            };
        }).ToList();
        var live = existing.Packages.Rows.Where(p => p.RemoteDeletedAt is null).Concat(packages).ToList();

        var pipeline = Pipeline(context, home, sizes.OpenOrders);
        var orderIds = context.Reserve(AssessmentData.OrdersModel, sizes.OpenOrders);
        var orders = new List<AssessmentOrder>(sizes.OpenOrders);
        for (var i = 0; i < sizes.OpenOrders; i++)
        {
            var (application, candidate, job) = pipeline[i % pipeline.Count];
            orders.Add(new AssessmentOrder
            {
                Id = orderIds.Id(i),
                PackageId = random.One(live).Id,
                Status = AssessmentRules.Open,
                Candidate = new OrderCandidate
                {
                    Email = candidate.PrimaryEmail!,
                    FirstName = candidate.FirstName,
                    LastName = candidate.LastName,
                    Phone = candidate.PhoneNumbers.Count > 0 ? candidate.PhoneNumbers[0].Number : null,
                    RemoteId = candidate.RemoteId,
                },
                Application = new OrderApplication { RemoteId = application.RemoteId },
                Job = new OrderJob
                {
                    RemoteId = job.RemoteId,
                    Name = job.Name,
                    Location = job.Location,
                    HiringTeam = [.. job.HiringTeam.Select(Member)],
                },
                ChangedAt = context.ChangedAt(random, application.RemoteUpdatedAt ?? context.Now),
            });
        }

        return new AssessmentData
        {
            Packages = Table<AssessmentPackage>.Create(existing.Packages.Rows.Concat(packages)),
            Orders = Table<AssessmentOrder>.Create(existing.Orders.Rows.Concat(orders)),
        };
    }

    /// <summary>Applications in process (PENDING) at the ATS that orders assessments, with their candidates and jobs.</summary>
    private static List<(Domain.Ats.Application Application, Domain.Ats.Candidate Candidate, Domain.Ats.Job Job)> Pipeline(GenerationContext context, CountryProfile home, int orders)
    {
        if (orders == 0)
        {
            return [];
        }

        var request = context.Request;
        var ats = new GeneratorRequest
        {
            Integration = request.Integration with { Id = $"{request.Integration.Id}:ats", Tool = "sandbox", Category = Categories.Ats },
            Now = request.Now,
            Seed = request.Seed,
            Ats = new AtsSizes(Math.Max(3, Math.Min(50, orders / 10)), orders, orders),
        };
        var data = AtsGenerator.Generate(new GenerationContext(ats, 1001), AtsData.Empty, new AtsCoverage(Tags: false, Users: true), home, extend: false);
        var inProcess = data.Applications.Rows.Where(a => a.Outcome == "PENDING").ToList();
        return [.. (inProcess.Count > 0 ? inProcess : data.Applications.Rows)
            .Select(a => (a, data.Candidates.Find(a.CandidateId)!, data.Jobs.Find(a.JobId!)!))];
    }

    private static HiringTeamMember Member(AtsHiringTeamMember member) => new()
    {
        RemoteId = member.RemoteId ?? member.Id,
        Email = member.Email,
        FirstName = member.FirstName,
        LastName = member.LastName,
        HiringTeamRoles = [.. member.HiringTeamRoles.Where(AssessmentRules.HiringTeamRoles.Contains)],
    };
}
