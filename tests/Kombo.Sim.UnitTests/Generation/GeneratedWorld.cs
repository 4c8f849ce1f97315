using System.Text.Json;
using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Infrastructure.Json;
using Kombo.Sim.Api.Seeding.Generation;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.UnitTests.Generation;

/// <summary>Requests for the generator tests, and the invariants every generated world must keep.</summary>
internal static class GeneratedWorld
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly WorldGenerator Generator = new(OperationCatalog.Load());

    public static GeneratorRequest Request(string tool, string category, int seed = 7, string organization = "Acme GmbH") => new()
    {
        Integration = new Integration
        {
            Id = KomboIds.ForIntegration("unit", tool, category),
            Tool = tool,
            Category = category,
            EndUser = new EndUser(organization, "owner@acme.example.com", "origin-1"),
            CreatedAt = new DateTimeOffset(2025, 9, 15, 13, 22, 0, TimeSpan.Zero),
        },
        Now = Now,
        Seed = seed,
    };

    /// <summary>Every table of the state as JSON: what "the same data" means, byte for byte.</summary>
    public static string Dump(IntegrationState state) => JsonSerializer.Serialize(new object[]
    {
        state.Hris.Employees.Rows, state.Hris.Employments.Rows, state.Hris.Groups.Rows, state.Hris.Locations.Rows,
        state.Hris.LegalEntities.Rows, state.Hris.AbsenceTypes.Rows, state.Hris.TimeOffBalances.Rows, state.Hris.Absences.Rows,
        state.Ats.Jobs.Rows, state.Ats.Candidates.Rows, state.Ats.Applications.Rows, state.Ats.Tags.Rows, state.Ats.Users.Rows,
        state.Assessment.Packages.Rows, state.Assessment.Orders.Rows, state.NextRemoteNumber,
    }, KomboJson.Options);

    /// <summary>Fails naming the first broken rule of an HRIS world.</summary>
    public static void CheckHris(IntegrationState state)
    {
        var hris = state.Hris;
        var firstSync = new[] { state.Integration.CreatedAt.AddMinutes(9), Now }.Min();
        var today = DateOnly.FromDateTime(Now.UtcDateTime);

        UniqueRemoteIds(hris.Employees.Rows, hris.Employments.Rows, hris.Groups.Rows, hris.Locations.Rows, hris.LegalEntities.Rows,
            hris.AbsenceTypes.Rows, hris.TimeOffBalances.Rows, hris.Absences.Rows);
        All(hris.Groups.Rows, g => g.ParentId == null || hris.Groups.Find(g.ParentId) != null, "group parents resolve");
        var emails = hris.Employees.Rows.SelectMany(e => new[] { e.WorkEmail, e.PersonalEmail }).OfType<string>().ToList();
        emails.Should().OnlyHaveUniqueItems();
        All(emails, e => !e.Any(char.IsUpper) && EmailPattern.IsMatch(e), "e-mail addresses are lower case and valid");
        foreach (var employee in hris.Employees.Rows)
        {
            (employee.ManagerId == null || hris.Employees.Find(employee.ManagerId) != null).Should().BeTrue("manager of {0} resolves", employee.Id);
            (employee.WorkLocationId == null || hris.Locations.Find(employee.WorkLocationId) != null).Should().BeTrue("location of {0} resolves", employee.Id);
            (employee.LegalEntityId == null || hris.LegalEntities.Find(employee.LegalEntityId) != null).Should().BeTrue("entity of {0} resolves", employee.Id);
            All(employee.GroupIds, g => hris.Groups.Find(g) != null, "groups resolve");
            employee.EmploymentStatus.Should().Be(EmploymentStatusRules.After(employee, Now), "the status of {0} follows its dates", employee.Id);
            employee.ChangedAt.Should().BeOnOrBefore(Now).And.BeOnOrAfter(firstSync);
            employee.TouchedAt.Should().BeOnOrAfter(employee.ChangedAt).And.BeOnOrBefore(Now);
            employee.RemoteCreatedAt.Should().BeOnOrBefore(Now);
        }

        NoManagerCycles(hris.Employees);
        All(hris.Employments.Rows, e => hris.Employees.Find(e.EmployeeId) is { } employee && e.ChangedAt <= Now
            && (e.EffectiveDate <= Midnight(today) || employee.EmploymentStatus == "PENDING"), "employments belong to employees and are in effect unless the employee starts later");
        foreach (var absence in hris.Absences.Rows)
        {
            var type = hris.AbsenceTypes.Find(absence.TypeId!);
            type.Should().NotBeNull();
            hris.Employees.Find(absence.EmployeeId).Should().NotBeNull();
            absence.StartDate.Should().BeOnOrBefore(absence.EndDate!.Value);
            absence.Unit.Should().Be(type!.Unit);
            absence.Amount.Should().Be(AbsenceRules.ComputeAmount(type.Unit!, absence.StartDate!.Value, absence.EndDate.Value,
                absence.StartHalfDay ?? false, absence.EndHalfDay ?? false, absence.StartTime, absence.EndTime));
            (absence.StartHalfDay is null).Should().Be(type.HalfDaysSupported != true, "half-day flags are null exactly when the type has no half days");
            (absence.StartTime is null).Should().Be(type.ExactTimesSupported != true);
            (absence.RemoteDeletedAt is null).Should().Be(absence.Status != "DELETED");
            absence.ChangedAt.Should().BeOnOrBefore(Now).And.BeOnOrAfter(firstSync);
            absence.RemoteCreatedAt.Should().BeOnOrBefore(absence.RemoteUpdatedAt!.Value);
            absence.RemoteUpdatedAt.Should().BeOnOrBefore(Now);
        }

        foreach (var balance in hris.TimeOffBalances.Rows)
        {
            var used = hris.Absences.InGroup(balance.EmployeeId)
                .Where(a => a.TypeId == balance.TypeId && AbsenceRules.ConsumesBalance(a))
                .Sum(a => a.Amount ?? 0);
            balance.Used.Should().BeApproximately(used, 0.0001, "balance {0} counts its absences", balance.Id);
            balance.Balance.Should().BeGreaterThanOrEqualTo(0);
            balance.BalanceUnit.Should().Be(hris.AbsenceTypes.Find(balance.TypeId)!.Unit);
            hris.Employees.Find(balance.EmployeeId)!.EmploymentStatus.Should().NotBe("INACTIVE");
        }
    }

    /// <summary>Fails naming the first broken rule of an ATS world.</summary>
    public static void CheckAts(IntegrationState state)
    {
        var ats = state.Ats;
        UniqueRemoteIds(ats.Jobs.Rows, ats.Candidates.Rows, ats.Applications.Rows, ats.Tags.Rows, ats.Users.Rows);
        var nested = ats.Jobs.Rows.SelectMany(j => j.Stages.Select(s => s.Id).Concat(j.ScreeningQuestions.Select(q => q.Id)).Concat(j.JobPostings.Select(p => p.Id)))
            .Concat(ats.Applications.Rows.SelectMany(a => a.Interviews.Select(i => i.Id).Concat(a.Offers.Select(o => o.Id))));
        nested.Should().OnlyHaveUniqueItems();
        ats.Candidates.Rows.Select(c => c.PrimaryEmail).Should().OnlyHaveUniqueItems();
        All(ats.Candidates.Rows, c => c.PrimaryEmail != null && EmailPattern.IsMatch(c.PrimaryEmail), "candidates have valid e-mail addresses");
        All(ats.Candidates.Rows, c => c.TagIds.All(t => ats.Tags.Find(t) != null), "tags resolve");
        foreach (var job in ats.Jobs.Rows)
        {
            All(job.HiringTeam, m => ats.Users.Count == 0 || ats.Users.Find(m.Id) != null, "hiring teams are users");
            foreach (var question in job.ScreeningQuestions.Where(q => q.PreconditionQuestionId != null))
            {
                job.ScreeningQuestions.Should().Contain(q => q.Id == question.PreconditionQuestionId, "preconditions are questions of the same job");
            }
        }

        foreach (var application in ats.Applications.Rows)
        {
            var job = ats.Jobs.Find(application.JobId!);
            job.Should().NotBeNull();
            ats.Candidates.Find(application.CandidateId).Should().NotBeNull();
            var stage = PipelineRules.FindStage(job!, application.CurrentStageId!);
            stage.Should().NotBeNull("the stage of {0} belongs to its job", application.Id);
            job!.Status.Should().NotBe("DRAFT");
            if (application.Outcome == "HIRED")
            {
                stage!.Index.Should().Be(job.Stages.Max(s => s.Index), "hired applications sit in the last stage");
            }

            (application.RejectedAt != null && application.RejectionReasonName != null).Should().Be(application.Outcome == "DECLINED");
            application.ChangedAt.Should().BeOnOrBefore(Now);
            application.RemoteCreatedAt.Should().BeOnOrBefore(application.RemoteUpdatedAt!.Value);
            application.TouchedAt.Should().BeOnOrAfter(ats.Candidates.Find(application.CandidateId)!.ChangedAt);
        }

        ats.Applications.Rows.GroupBy(a => (a.CandidateId, a.JobId)).Should().OnlyContain(g => g.Count() == 1, "a candidate applies to a job once");
    }

    private static readonly System.Text.RegularExpressions.Regex EmailPattern = new(@"^(?!\.)(?!.*\.\.)([\w'+-.]*)[\w+-]@([\da-z][\da-z-]*\.)+[a-z]{2,}$");

    /// <summary>Like OnlyContain, but an empty collection passes (a tool without the model has none).</summary>
    public static void All<T>(IEnumerable<T> items, Func<T, bool> rule, string because) => items.Where(i => !rule(i)).Should().BeEmpty(because);

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static void UniqueRemoteIds(params IEnumerable<IRecord>[] tables)
    {
        foreach (var table in tables)
        {
            var rows = table.ToList();
            rows.Select(r => r.RemoteId).Should().OnlyHaveUniqueItems();
            All(rows, r => r.Id.Length == KomboIds.Length, "ids are Kombo-shaped");
        }
    }

    private static void NoManagerCycles(Table<Employee> employees)
    {
        foreach (var employee in employees.Rows)
        {
            var seen = new HashSet<string>();
            for (var current = employee; current?.ManagerId is { } manager; current = employees.Find(manager))
            {
                seen.Add(current.Id).Should().BeTrue("the manager chain of {0} has no cycle", employee.Id);
            }
        }
    }
}
