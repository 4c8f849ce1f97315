using Bogus;

namespace Kombo.Sim.Api.Seeding.Generation;

internal enum Level
{
    Ceo,
    Head,
    Lead,
    Senior,
    Mid,
    Junior,
}

/// <summary>One generated employee's place in the company, decided before any record is written.</summary>
internal struct Placement
{
    public int Department;

    /// <summary>Index into the department's teams, or -1.</summary>
    public int Team;

    public int Site;

    /// <summary>The generated manager's index, or -1 when the manager is <see cref="ManagerId"/> (an existing employee) or nobody.</summary>
    public int Manager;

    public string? ManagerId;

    public Level Level;

    public bool HasReports;

    public string Status;

    public string EmploymentType;

    public DateOnly Start;

    public DateOnly? Termination;

    public int Employments;
}

/// <summary>
/// Places N people in the organisation: a CEO (unless extending a company that has one), a head per department and a
/// lead per team (unless one exists), then members spread over departments by size. Members of a team form an 8-ary
/// tree under its lead, so chains stay a few levels deep at any size; everything is O(N).
/// </summary>
internal static class StaffPlan
{
    private const int SpanOfControl = 8;

    public static Placement[] Place(GenerationContext context, HrisOrganization organization, int count)
    {
        var random = context.Stream("hris:staff");
        var plan = new Placement[count];
        var next = 0;
        var root = (Index: -1, Id: organization.RootId);
        if (organization.RootId is null && count > 0)
        {
            var management = Math.Max(0, organization.Departments.ToList().FindIndex(d => d.Template?.Name == HrisVocabulary.Management));
            plan[next] = Position(management, -1, 0, (-1, null), Level.Ceo);
            root = (next++, null);
        }

        var leaders = new Dictionary<(int Department, int Team), (int Index, string? Id)>();
        for (var d = 0; d < organization.Departments.Count; d++)
        {
            leaders[(d, -1)] = Leader(organization.Departments[d].Group?.Id, root, d, -1, Level.Head);
        }

        for (var d = 0; d < organization.Departments.Count; d++)
        {
            var teams = organization.Departments[d].Teams;
            for (var t = 0; t < teams.Count; t++)
            {
                leaders[(d, t)] = Leader(teams[t].Id, leaders[(d, -1)], d, t, Level.Lead);
            }
        }

        var departmentWeights = organization.Departments.Select(d => d.Weight).ToArray();
        var siteWeights = organization.Sites.Select(s => s.Weight).ToArray();
        var members = new Dictionary<(int, int), List<int>>();
        var managementIndex = organization.Departments.ToList().FindIndex(d => d.Template?.Name == HrisVocabulary.Management);
        var largest = Array.IndexOf(departmentWeights, departmentWeights.DefaultIfEmpty(0).Max());
        var executives = 0;
        for (; next < count; next++)
        {
            var d = random.Weighted(departmentWeights);
            if (d == managementIndex && ++executives > 6)
            {
                // A company of any size has only a handful of people in its management team.
                d = largest;
            }

            var teams = organization.Departments[d].Teams.Count;
            var t = teams > 0 && random.Bool(0.85f) ? random.Number(0, teams - 1) : -1;
            if (!members.TryGetValue((d, t), out var squad))
            {
                squad = [];
                members[(d, t)] = squad;
            }

            // The first eight report to the lead; member k after that to member k/8 - 1 of the same team.
            var manager = squad.Count < SpanOfControl ? leaders[(d, t)] : (squad[squad.Count / SpanOfControl - 1], null);
            squad.Add(next);
            plan[next] = Position(d, t, random.Weighted(siteWeights), manager, Level.Mid);
        }

        for (var i = 0; i < count; i++)
        {
            if (plan[i].Manager >= 0)
            {
                plan[plan[i].Manager].HasReports = true;
            }
        }

        for (var i = 0; i < count; i++)
        {
            Settle(random, context, organization, ref plan[i]);
        }

        return plan;

        (int, string?) Leader(string? groupId, (int Index, string? Id) above, int department, int team, Level level)
        {
            if (groupId is not null && organization.ExistingLeads.TryGetValue(groupId, out var existing))
            {
                return (-1, existing);
            }

            if (next >= count || organization.Departments[department].Template?.Name == HrisVocabulary.Management && level == Level.Head && root.Index >= 0)
            {
                return above;
            }

            plan[next] = Position(department, team, 0, above, level);
            return (next++, null);
        }
    }

    private static Placement Position(int department, int team, int site, (int Index, string? Id) manager, Level level) => new()
    {
        Department = department,
        Team = team,
        Site = site,
        Manager = manager.Index,
        ManagerId = manager.Index >= 0 ? null : manager.Id,
        Level = level,
        Status = "ACTIVE",
        EmploymentType = "FULL_TIME",
    };

    /// <summary>Seniority, status, contract and dates: managers stay active; others are sometimes pending, on leave or gone.</summary>
    private static void Settle(Randomizer random, GenerationContext context, HrisOrganization organization, ref Placement placement)
    {
        var today = context.Today;
        var isManager = placement.Level is Level.Ceo or Level.Head or Level.Lead || placement.HasReports;
        if (placement.Level == Level.Mid)
        {
            var roll = random.Double();
            placement.Level = placement.HasReports || roll < 0.3 ? Level.Senior : roll < 0.8 ? Level.Mid : Level.Junior;
        }

        if (!isManager)
        {
            var roll = random.Double();
            placement.EmploymentType = roll switch
            {
                < 0.09 => "PART_TIME",
                < 0.12 => "CONTRACT",
                < 0.14 => "INTERNSHIP",
                < 0.17 when organization.Sites[placement.Site].Country.HasWorkingStudents => "WORKING_STUDENT",
                < 0.18 => "APPRENTICESHIP",
                _ => "FULL_TIME",
            };
            if (placement.EmploymentType is "INTERNSHIP" or "WORKING_STUDENT" or "APPRENTICESHIP")
            {
                placement.Level = Level.Junior;
            }

            roll = random.Double();
            placement.Status = roll switch
            {
                < 0.04 => "PENDING",
                < 0.07 => "LEAVE",
                < 0.15 => "INACTIVE",
                _ => "ACTIVE",
            };
        }

        var tenure = isManager ? random.Number(365, 10 * 365) : random.Number(14, 8 * 365);
        switch (placement.Status)
        {
            case "PENDING":
                // New joiners start on the first of a month or on a Monday.
                placement.Start = random.Bool(0.6f)
                    ? new DateOnly(today.Year, today.Month, 1).AddMonths(random.Number(1, 3))
                    : NextMonday(today.AddDays(random.Number(7, 56)));
                break;
            case "INACTIVE":
                placement.Start = today.AddDays(-random.Number(400, 8 * 365));
                var lastDay = today.AddDays(-random.Number(1, Math.Max(1, today.DayNumber - placement.Start.DayNumber - 90)));
                var monthEnd = new DateOnly(lastDay.Year, lastDay.Month, 1).AddDays(-1);
                placement.Termination = monthEnd.DayNumber - placement.Start.DayNumber >= 60 ? monthEnd : lastDay;
                break;
            default:
                placement.Start = today.AddDays(-tenure);
                if (placement.Status == "ACTIVE" && !isManager && random.Bool(0.015f))
                {
                    // Has resigned and is serving notice: still active, leaving at the end of a coming month.
                    var leaving = today.AddMonths(random.Number(1, 3));
                    placement.Termination = new DateOnly(leaving.Year, leaving.Month, 1).AddDays(-1);
                }

                break;
        }

        placement.Employments = placement.Start.DayNumber <= today.DayNumber - 540 && placement.EmploymentType == "FULL_TIME" && random.Bool(0.25f) ? 2 : 1;
    }

    private static DateOnly NextMonday(DateOnly day) => day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
}
