using Bogus;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>
/// Generates an HRIS integration's people: employees placed in the organisation, their employments, absences and
/// balances. A new integration gets its organisation generated too; an existing one keeps its own, and the new
/// records follow the existing ones in every table. One pass per table, no lookups by scanning.
/// </summary>
internal static class HrisGenerator
{
    public static HrisData Generate(GenerationContext context, HrisData existing, HrisCoverage coverage, CountryProfile home, bool extend)
    {
        var sizes = context.Request.Hris;
        var organization = extend
            ? HrisOrganization.Reuse(context, existing, coverage, home)
            : HrisOrganization.Create(context, coverage, home, sizes.Employees);
        var plan = StaffPlan.Place(context, organization, sizes.Employees);

        var employeeIds = context.Reserve("hris_employees", plan.Length);
        var employmentIds = context.Reserve("hris_employments", coverage.Employments ? plan.Sum(p => p.Employments) : 0);
        var absences = coverage.Absences && organization.Types.Count > 0 ? plan.Length * sizes.AbsencesPerEmployee : 0;
        var balanced = coverage.Balances ? organization.Types.Count(t => t.Entitlement is not null) : 0;
        var timeOff = new TimeOff(context, organization.Types, absences, balanced * plan.Count(p => p.Status != "INACTIVE"));

        var random = context.Stream("hris:employees");
        var people = new People(context, organization, existing);
        var employees = new Employee[plan.Length];
        var employments = new List<Employment>(employmentIds.Count);
        for (var i = 0; i < plan.Length; i++)
        {
            var placement = plan[i];
            var id = employeeIds.Id(i);
            var managerId = placement.Manager >= 0 ? employeeIds.Id(placement.Manager) : placement.ManagerId;
            var title = people.Title(random, placement);
            var latest = coverage.Employments ? AddEmployments(context, random, employments, employmentIds, id, placement, title, organization) : null;
            var timeOffAt = timeOff.Add(id, managerId, placement, absences > 0 ? sizes.AbsencesPerEmployee : 0, balanced > 0 && placement.Status != "INACTIVE");
            var employee = people.Employee(random, placement, id, employeeIds.RemoteId(i), managerId, title);
            employees[i] = employee with { TouchedAt = Latest(employee.ChangedAt, latest, timeOffAt) };
        }

        return new HrisData
        {
            Employees = Table<Employee>.Create(existing.Employees.Rows.Concat(employees)),
            Employments = Table<Employment>.Create(existing.Employments.Rows.Concat(employments), HrisData.EmploymentGroupKey),
            Groups = Table<Group>.Create(existing.Groups.Rows.Concat(organization.NewGroups)),
            Locations = Table<WorkLocation>.Create(existing.Locations.Rows.Concat(organization.NewLocations)),
            LegalEntities = Table<LegalEntity>.Create(existing.LegalEntities.Rows.Concat(organization.NewLegalEntities)),
            AbsenceTypes = Table<AbsenceType>.Create(existing.AbsenceTypes.Rows.Concat(organization.NewAbsenceTypes)),
            TimeOffBalances = Table<TimeOffBalance>.Create(existing.TimeOffBalances.Rows.Concat(timeOff.Balances), HrisData.BalanceGroupKey),
            Absences = Table<Absence>.Create(existing.Absences.Rows.Concat(timeOff.Absences), HrisData.AbsenceGroupKey),
        };
    }

    /// <summary>One employment, or two for some long-serving full-timers (an earlier title and pay, then a promotion).</summary>
    private static DateTimeOffset? AddEmployments(
        GenerationContext context, Randomizer random, List<Employment> employments, RemoteIds ids, string employeeId, in Placement placement, string title, HrisOrganization organization)
    {
        var country = organization.Sites[placement.Site].Country;
        var (rate, period, frequency) = Pay.For(random, placement, country);
        DateTimeOffset? latest = null;
        for (var k = 0; k < placement.Employments; k++)
        {
            var current = k == placement.Employments - 1;
            var effective = k == 0
                ? placement.Start
                : placement.Start.AddDays(random.Number(365, Math.Max(365, Math.Min(3 * 365, context.Today.DayNumber - placement.Start.DayNumber))));
            var changedAt = context.ChangedAt(random, GenerationContext.DuringWorkday(random, effective.AddDays(-random.Number(1, 30))));
            var index = employments.Count;
            employments.Add(new Employment
            {
                Id = ids.Id(index),
                RemoteId = ids.RemoteId(index),
                EmployeeId = employeeId,
                JobTitle = current ? title : Pay.Earlier(title),
                PayRate = current ? rate : Pay.Round(rate * random.Double(0.82, 0.92), period),
                PayPeriod = period,
                PayFrequency = frequency,
                EmploymentType = placement.EmploymentType,
                PayCurrency = country.Currency,
                EffectiveDate = GenerationContext.Midnight(effective),
                ChangedAt = changedAt,
                CustomFields = JsonValues.EmptyObject,
            });
            latest = latest is { } at && at > changedAt ? at : changedAt;
        }

        return latest;
    }

    private static DateTimeOffset Latest(DateTimeOffset changedAt, DateTimeOffset? a, DateTimeOffset? b)
    {
        var latest = changedAt;
        if (a is { } x && x > latest)
        {
            latest = x;
        }

        return b is { } y && y > latest ? y : latest;
    }

    /// <summary>Names, contact data, titles and dates of generated employees, in the style of each site's country.</summary>
    private sealed class People(GenerationContext context, HrisOrganization organization, HrisData existing)
    {
        private readonly Dictionary<string, NamePool> _pools = new(StringComparer.Ordinal);
        private readonly EmailRegistry _emails = new(existing.Employees.Rows.SelectMany(e => new[] { e.WorkEmail, e.PersonalEmail }));
        private readonly string _numberPrefix = NumberPrefix(context.Request.Integration.EndUser.OrganizationName);
        private int _executives;

        public string Title(Randomizer random, in Placement placement)
        {
            var department = organization.Departments[placement.Department];
            var team = placement.Team >= 0 ? department.Teams[placement.Team] : null;
            switch (placement.Level)
            {
                case Level.Ceo:
                    return "Chief Executive Officer";
                case Level.Head:
                    return department.Template?.HeadTitle ?? $"Head of {department.Name}";
                case Level.Lead:
                    return team is null ? $"{department.Name} Lead" : department.Name == "Engineering" ? $"Engineering Manager, {team.Name}" : $"Team Lead {team.Name}";
            }

            if (department.Template?.Name == HrisVocabulary.Management)
            {
                var titles = department.Template.Titles;
                return _executives < titles.Length ? titles[_executives++] : "Executive Assistant";
            }

            var role = department.Template is { } template ? random.ArrayElement(template.Titles) : $"{department.Name} {random.ArrayElement(HrisVocabulary.GenericTitles)}";
            return placement.EmploymentType switch
            {
                "INTERNSHIP" => $"Intern, {department.Name}",
                "WORKING_STUDENT" => $"Working Student, {department.Name}",
                "APPRENTICESHIP" => $"Apprentice, {department.Name}",
                _ when placement.HasReports => $"Lead {role}",
                _ => placement.Level switch
                {
                    Level.Senior => $"Senior {role}",
                    Level.Junior => $"Junior {role}",
                    _ => role,
                },
            };
        }

        public Employee Employee(Randomizer random, in Placement placement, string id, string remoteId, string? managerId, string title)
        {
            var site = organization.Sites[placement.Site];
            var country = site.Country;
            var pool = Pool(country);
            var name = pool.Person(random);
            var department = organization.Departments[placement.Department];
            var groups = new List<string>(3);
            AddIf(groups, department.Group?.Id);
            AddIf(groups, placement.Team >= 0 ? department.Teams[placement.Team].Id : null);
            AddIf(groups, department.CostCentre?.Id);

            var young = placement.EmploymentType is "INTERNSHIP" or "WORKING_STUDENT" or "APPRENTICESHIP";
            var age = young ? random.Number(17, 27) : placement.Level is Level.Ceo or Level.Head ? random.Number(35, 60) : random.Number(23, 62);
            var birthday = context.Today.AddYears(-age).AddDays(-random.Number(0, 364));
            // Remote staff live anywhere in the country; office staff mostly near their office.
            var city = site.Location?.Type == "REMOTE" || random.Bool(0.2f) ? random.One(country.Cities) : site.City;
            var created = context.Past(random, GenerationContext.DuringWorkday(random, placement.Start.AddDays(-random.Number(7, 60))), 30);
            var hours = placement.EmploymentType switch
            {
                "PART_TIME" => random.ArrayElement(new[] { 20.0, 24, 30, 32 }),
                "WORKING_STUDENT" => 20,
                _ => country.FullTimeHours,
            };
            return new Employee
            {
                Id = id,
                RemoteId = remoteId,
                EmployeeNumber = $"{_numberPrefix}-{remoteId}",
                FirstName = name.First,
                LastName = name.Last,
                Nationality = random.Bool(0.88f) ? country.Code : random.ArrayElement(CountryProfile.OtherNationalities),
                DisplayFullName = name.Full,
                JobTitle = title,
                WorkEmail = _emails.Work(name, organization.Domain),
                PersonalEmail = random.Bool(0.8f) ? _emails.Personal(random, name) : null,
                MobilePhoneNumber = random.Bool(0.85f) ? country.Mobile(random) : null,
                Ssn = random.Replace(country.SsnPattern),
                TaxId = country.TaxIdPattern is { } pattern ? random.Replace(pattern) : null,
                Gender = name.Gender,
                Ethnicity = country.Code == "US" ? random.ArrayElement(HrisVocabulary.Ethnicities) : null,
                MaritalStatus = random.Bool(0.7f) ? random.ArrayElement(HrisVocabulary.MaritalStatuses) : null,
                EmploymentStatus = placement.Status,
                EmploymentType = placement.EmploymentType,
                WeeklyHours = hours,
                WorkLocationId = site.Location?.Id,
                LegalEntityId = site.Entity?.Id,
                ManagerId = managerId,
                HomeAddress = country.Address(random, city, pool.Street(random)),
                DateOfBirth = GenerationContext.Midnight(birthday),
                StartDate = GenerationContext.Midnight(placement.Start),
                TerminationDate = placement.Termination is { } end ? GenerationContext.Midnight(end) : null,
                RemoteCreatedAt = created,
                ChangedAt = context.ChangedAt(random, GenerationContext.Between(random, created, GenerationContext.Min(created.AddDays(30), context.Now))),
                CustomFields = JsonValues.EmptyObject,
                GroupIds = groups,
                TouchedAt = context.Now,
            };
        }

        private NamePool Pool(CountryProfile country)
        {
            if (!_pools.TryGetValue(country.Code, out var pool))
            {
                pool = new NamePool(country, GenerationContext.SeedOf(context.Request.Seed, context.IntegrationId, "hris:names", country.Code));
                _pools[country.Code] = pool;
            }

            return pool;
        }

        private static void AddIf(List<string> ids, string? id)
        {
            if (id is not null)
            {
                ids.Add(id);
            }
        }

        private static string NumberPrefix(string organization)
        {
            var letters = Ascii.Slug(CountryProfile.BaseName(organization)).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
            return letters.Length >= 3 ? letters[..3] : "EMP";
        }
    }
}
