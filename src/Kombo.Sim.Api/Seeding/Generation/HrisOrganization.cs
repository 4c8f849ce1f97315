using Bogus;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>Which HRIS models the tool serves (Kombo's coverage): only those get generated records.</summary>
internal sealed record HrisCoverage(bool Groups, bool Locations, bool LegalEntities, bool AbsenceTypes, bool Balances, bool Absences, bool Employments);

/// <summary>A department people are placed in; <see cref="Group"/> is null when the tool has no groups.</summary>
internal sealed record Department(string Name, DepartmentTemplate? Template, Group? Group, IReadOnlyList<Group> Teams, Group? CostCentre, double Weight);

/// <summary>Where people work: an office (if the tool has locations), the employing legal entity (if it has those) and the country.</summary>
internal sealed record Site(WorkLocation? Location, LegalEntity? Entity, CountryProfile Country, City City, double Weight);

internal enum AbsenceKind
{
    Vacation,
    Sickness,
    Overtime,
    LongLeave,
}

/// <summary>An absence type with what people use it for and, if it has balances, the yearly entitlement range.</summary>
internal sealed record TypeUse(AbsenceType Type, AbsenceKind Kind, (int Min, int Max)? Entitlement);

/// <summary>
/// The company around the generated people: departments and teams, sites, absence types, the top of the manager
/// chain and the e-mail domain. A new integration gets all of it generated (as far as the tool covers it); an
/// integration being extended keeps its own and only gets people added.
/// </summary>
internal sealed record HrisOrganization
{
    public required CountryProfile Home { get; init; }

    public required string Domain { get; init; }

    public required IReadOnlyList<Department> Departments { get; init; }

    public required IReadOnlyList<Site> Sites { get; init; }

    public required IReadOnlyList<TypeUse> Types { get; init; }

    /// <summary>The existing employee at the top of the manager chain, when extending (null: generate a CEO).</summary>
    public string? RootId { get; init; }

    /// <summary>Existing people who lead a department or team (by group id), when extending.</summary>
    public IReadOnlyDictionary<string, string> ExistingLeads { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<Group> NewGroups { get; init; } = [];

    public IReadOnlyList<WorkLocation> NewLocations { get; init; } = [];

    public IReadOnlyList<LegalEntity> NewLegalEntities { get; init; } = [];

    public IReadOnlyList<AbsenceType> NewAbsenceTypes { get; init; } = [];

    /// <summary>A new company for <paramref name="employees"/> people: more departments and teams for more people.</summary>
    public static HrisOrganization Create(GenerationContext context, HrisCoverage coverage, CountryProfile home, int employees)
    {
        var random = context.Stream("hris:organization");
        var organization = context.Request.Integration.EndUser.OrganizationName;
        var baseName = CountryProfile.BaseName(organization);
        var abroad = employees >= 20 && random.Bool(0.5f) ? random.One(CountryProfile.All.Where(p => p != home).ToList()) : null;
        var streets = new[] { home, abroad }.OfType<CountryProfile>()
            .ToDictionary(p => p.Code, p => new NamePool(p, GenerationContext.SeedOf(context.Request.Seed, context.IntegrationId, "hris:organization:streets", p.Code)));

        var entities = coverage.LegalEntities ? new List<(string Name, CountryProfile Country)> { (EntityName(organization, baseName, home), home) } : [];
        if (coverage.LegalEntities && abroad is not null)
        {
            entities.Add(($"{baseName} {abroad.LegalForm}", abroad));
        }

        var places = Places(random, home, abroad);
        var locationIds = context.Reserve("hris_locations", coverage.Locations ? places.Count : 0);
        var entityIds = context.Reserve("hris_legal_entities", entities.Count);
        var addresses = places.Select(p => p.Country.Address(random, p.City, streets[p.Country.Code].Street(random))).ToList();
        var legalEntities = entities.Select((e, i) => new LegalEntity
        {
            Id = entityIds.Id(i),
            RemoteId = entityIds.RemoteId(i),
            Name = e.Name,
            Address = addresses[places.FindIndex(p => p.Country == e.Country)],
            ChangedAt = context.SyncedAt(random),
        }).ToList();
        var locations = coverage.Locations
            ? places.Select((p, i) => new WorkLocation
            {
                Id = locationIds.Id(i),
                RemoteId = locationIds.RemoteId(i),
                Name = p.Name,
                Address = p.Remote ? new Domain.Common.Address { Country = p.Country.Code, Raw = p.Country.Name } : addresses[i],
                Type = p.Remote ? "REMOTE" : "OFFICE",
                ChangedAt = context.SyncedAt(random),
            }).ToList()
            : [];
        var sites = places.Select((p, i) => new Site(
            coverage.Locations ? locations[i] : null,
            legalEntities.FirstOrDefault(e => e.Address?.Country == p.Country.Code) ?? legalEntities.FirstOrDefault(),
            p.Country,
            p.City,
            p.Weight)).ToList();

        var (departments, groups) = CreateDepartments(context, random, coverage, employees);
        var types = coverage.AbsenceTypes || coverage.Absences || coverage.Balances ? CreateTypes(context, random, coverage, home) : [];
        return new HrisOrganization
        {
            Home = home,
            Domain = home.CompanyDomain(organization),
            Departments = departments,
            Sites = sites,
            Types = types,
            NewGroups = groups,
            NewLocations = locations,
            NewLegalEntities = legalEntities,
            NewAbsenceTypes = [.. types.Select(t => t.Type)],
        };
    }

    /// <summary>The company an integration already has: its groups, offices, entities and absence types, and who leads what.</summary>
    public static HrisOrganization Reuse(GenerationContext context, HrisData existing, HrisCoverage coverage, CountryProfile home)
    {
        var random = context.Stream("hris:organization");
        var groups = existing.Groups.Rows.Where(g => g.RemoteDeletedAt is null).ToList();
        var costCentres = groups.Where(g => g.Type == "COST_CENTER").ToList();
        var departmentGroups = groups.Where(g => g.Type == "DEPARTMENT").ToList();
        var departments = departmentGroups.Count == 0
            ? LogicalDepartments(4)
            : departmentGroups.Select((d, i) =>
            {
                var template = HrisVocabulary.Find(d.Name);
                var costCentre = costCentres.FirstOrDefault(c => c.Name == template?.CostCentre)
                    ?? (costCentres.Count > 0 ? costCentres[i % costCentres.Count] : null);
                return new Department(d.Name ?? "Department", template, d, [.. groups.Where(g => g.Type == "TEAM" && g.ParentId == d.Id)], costCentre, template?.Weight ?? 3);
            }).ToList();

        var entities = existing.LegalEntities.Rows.Where(e => e.RemoteDeletedAt is null).ToList();
        var locations = existing.Locations.Rows.Where(l => l.RemoteDeletedAt is null).ToList();
        var sites = locations.Count > 0
            ? locations.Select((l, i) => SiteAt(l, entities.FirstOrDefault(e => e.Address?.Country == l.Address?.Country) ?? entities.FirstOrDefault(), l.Address?.City, l.Address?.Country, home, i)).ToList()
            : entities.Count > 0
                ? entities.Select((e, i) => SiteAt(null, e, e.Address?.City, e.Address?.Country, home, i)).ToList()
                : [new Site(null, null, home, home.Cities[0], 1)];

        var types = existing.AbsenceTypes.Rows.Where(t => t.RemoteDeletedAt is null)
            .Select(t => new TypeUse(t, KindOf(t), Entitlement(KindOf(t), t.Unit, coverage.Balances))).ToList();
        var employees = existing.Employees.Rows.Where(e => e.RemoteDeletedAt is null && e.EmploymentStatus != "INACTIVE").ToList();
        var reports = employees.Where(e => e.ManagerId is not null).GroupBy(e => e.ManagerId!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var root = employees.Where(e => e.ManagerId is null).OrderByDescending(e => reports.GetValueOrDefault(e.Id)).FirstOrDefault();
        var leads = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups.Where(g => g.Type is "DEPARTMENT" or "TEAM"))
        {
            var lead = employees.Where(e => e.GroupIds.Contains(group.Id) && reports.ContainsKey(e.Id) && e.Id != root?.Id)
                .OrderByDescending(e => reports[e.Id]).FirstOrDefault();
            if (lead is not null)
            {
                leads[group.Id] = lead.Id;
            }
        }

        return new HrisOrganization
        {
            Home = home,
            Domain = EmailRegistry.MostCommonDomain(existing.Employees.Rows.Select(e => e.WorkEmail)) ?? home.CompanyDomain(context.Request.Integration.EndUser.OrganizationName),
            Departments = departments,
            Sites = sites,
            Types = types,
            RootId = root?.Id,
            ExistingLeads = leads,
        };
    }

    /// <summary>The kind of an existing absence type, from its unit, half days and name.</summary>
    public static AbsenceKind KindOf(AbsenceType type) => type switch
    {
        { Unit: AbsenceRules.Hours } => AbsenceKind.Overtime,
        { HalfDaysSupported: true } => AbsenceKind.Vacation,
        _ when HrisVocabulary.LongLeaveWords.Any(w => type.Name?.Contains(w, StringComparison.OrdinalIgnoreCase) == true) => AbsenceKind.LongLeave,
        _ => AbsenceKind.Sickness,
    };

    private static (int, int)? Entitlement(AbsenceKind kind, string? unit, bool balances) => balances ? (kind, unit) switch
    {
        (AbsenceKind.Vacation, AbsenceRules.Days) => (25, 30),
        (AbsenceKind.Overtime, AbsenceRules.Hours) => (8, 40),
        _ => null,
    } : null;

    private static string EntityName(string organization, string baseName, CountryProfile home) =>
        CountryProfile.FromOrganizationName(organization) == home ? organization : $"{baseName} {home.LegalForm}";

    private sealed record Place(string Name, CountryProfile Country, City City, double Weight, bool Remote);

    /// <summary>Two to four places: the headquarters, other offices at home, one abroad, perhaps remote staff.</summary>
    private static List<Place> Places(Randomizer random, CountryProfile home, CountryProfile? abroad)
    {
        var places = new List<Place> { new($"{home.Cities[0].Name} HQ", home, home.Cities[0], 0.55, false) };
        var offices = random.Number(abroad is null ? 1 : 0, 2);
        foreach (var city in home.Cities.Skip(1).Take(offices))
        {
            places.Add(new($"{city.Name} Office", home, city, 0.18, false));
        }

        if (abroad is not null)
        {
            places.Add(new($"{abroad.Cities[0].Name} Office", abroad, abroad.Cities[0], 0.12, false));
        }

        if (places.Count < 4 && random.Bool(0.5f))
        {
            places.Add(new($"Remote ({home.Name})", home, home.Cities[0], 0.1, true));
        }

        return places;
    }

    private static Site SiteAt(WorkLocation? location, LegalEntity? entity, string? city, string? country, CountryProfile home, int index)
    {
        var profile = CountryProfile.Find(country) ?? home;
        var known = profile.Cities.FirstOrDefault(c => string.Equals(c.Name, city, StringComparison.OrdinalIgnoreCase))
            ?? (city is null ? profile.Cities[0] : new City(city, profile.Cities[0].ZipPattern));
        return new Site(location, entity, profile, known, index == 0 ? 3 : 1);
    }

    private static (List<Department>, List<Group>) CreateDepartments(GenerationContext context, Randomizer random, HrisCoverage coverage, int employees)
    {
        var count = Math.Clamp(3 + employees / 30, 4, HrisVocabulary.Departments.Length);
        var chosen = HrisVocabulary.Departments.Take(2)
            .Concat(random.Shuffle(HrisVocabulary.Departments.Skip(2)).Take(count - 2))
            .OrderBy(d => Array.IndexOf(HrisVocabulary.Departments, d))
            .ToList();
        var teamsPerDepartment = 1 + employees / 60;
        if (!coverage.Groups)
        {
            return (chosen.Select(d => new Department(d.Name, d, null, [], null, d.Weight)).ToList(), []);
        }

        var teamNames = chosen.SelectMany(d => d.Teams.Take(teamsPerDepartment).Select(t => (Department: d, Team: t))).ToList();
        var costCentreNames = chosen.Select(d => d.CostCentre).Distinct().Order(StringComparer.Ordinal).ToList();
        var ids = context.Reserve("hris_groups", chosen.Count + teamNames.Count + costCentreNames.Count);
        var position = 0;
        Group NewGroup(string name, string type, string? parentId)
        {
            var i = position++;
            return new Group { Id = ids.Id(i), RemoteId = ids.RemoteId(i), Name = name, Type = type, ParentId = parentId, ChangedAt = context.SyncedAt(random) };
        }

        var departmentGroups = chosen.Select(d => NewGroup(d.Name, "DEPARTMENT", null)).ToList();
        var teams = teamNames.Select(t => (t.Department, Group: NewGroup(t.Team, "TEAM", departmentGroups[chosen.IndexOf(t.Department)].Id))).ToList();
        var costCentres = costCentreNames.Select(name => NewGroup(name, "COST_CENTER", null)).ToList();
        var departments = chosen.Select((d, i) => new Department(
            d.Name,
            d,
            departmentGroups[i],
            [.. teams.Where(t => t.Department == d).Select(t => t.Group)],
            costCentres[costCentreNames.IndexOf(d.CostCentre)],
            d.Weight)).ToList();
        return (departments, [.. departmentGroups, .. teams.Select(t => t.Group), .. costCentres]);
    }

    /// <summary>Departments for titles only, when extending a tool that has no groups.</summary>
    private static List<Department> LogicalDepartments(int count) =>
        HrisVocabulary.Departments.Skip(1).Take(count).Select(d => new Department(d.Name, d, null, [], null, d.Weight)).ToList();

    private static List<TypeUse> CreateTypes(GenerationContext context, Randomizer random, HrisCoverage coverage, CountryProfile home)
    {
        var names = HrisVocabulary.AbsenceTypeNames(home);
        var ids = context.Reserve("hris_absence_types", 4);
        AbsenceType Type(int i, string unit, bool halfDays, bool exactTimes) => new()
        {
            Id = ids.Id(i),
            RemoteId = ids.RemoteId(i),
            Name = names[i],
            Unit = unit,
            HalfDaysSupported = halfDays,
            ExactTimesSupported = exactTimes,
            ChangedAt = context.SyncedAt(random),
        };

        return
        [
            new(Type(0, AbsenceRules.Days, true, false), AbsenceKind.Vacation, Entitlement(AbsenceKind.Vacation, AbsenceRules.Days, coverage.Balances)),
            new(Type(1, AbsenceRules.Days, false, false), AbsenceKind.Sickness, null),
            new(Type(2, AbsenceRules.Hours, false, true), AbsenceKind.Overtime, Entitlement(AbsenceKind.Overtime, AbsenceRules.Hours, coverage.Balances)),
            new(Type(3, AbsenceRules.Days, false, false), AbsenceKind.LongLeave, null),
        ];
    }
}
