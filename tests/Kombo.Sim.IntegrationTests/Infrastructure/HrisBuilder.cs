using System.Globalization;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.IntegrationTests.Infrastructure;

/// <summary>
/// Builds an HRIS integration for one test: each method adds a record with sensible defaults (changed an hour
/// before <see cref="SimulatorHost.Now"/>), lets the test adjust it with <c>with</c>, and returns it.
/// </summary>
public sealed class HrisBuilder(string tool, string slug)
{
    public static readonly DateTimeOffset Earlier = SimulatorHost.Now.AddHours(-1);

    private readonly List<Employee> _employees = [];
    private readonly List<Employment> _employments = [];
    private readonly List<Group> _groups = [];
    private readonly List<WorkLocation> _locations = [];
    private readonly List<LegalEntity> _legalEntities = [];
    private readonly List<AbsenceType> _absenceTypes = [];
    private readonly List<TimeOffBalance> _balances = [];
    private readonly List<Absence> _absences = [];
    private int _nextRemoteId = 1000;
    private Func<Integration, Integration> _integration = i => i;

    public string IntegrationId { get; } = KomboIds.ForIntegration("test", tool, slug);

    public HrisBuilder WithIntegration(Func<Integration, Integration> change)
    {
        _integration = change;
        return this;
    }

    public Employee Employee(Func<Employee, Employee>? change = null)
    {
        var (remoteId, id) = NextId("hris_employees");
        var number = _employees.Count + 1;
        var employee = new Employee
        {
            Id = id,
            RemoteId = remoteId,
            EmployeeNumber = remoteId,
            FirstName = $"First{number}",
            LastName = $"Last{number}",
            DisplayFullName = $"First{number} Last{number}",
            WorkEmail = $"employee{number}@{slug}.example.com",
            EmploymentStatus = "ACTIVE",
            EmploymentType = "FULL_TIME",
            StartDate = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
            RemoteCreatedAt = Earlier,
            ChangedAt = Earlier,
            TouchedAt = Earlier,
            CustomFields = JsonValues.EmptyObject,
        };
        return Add(_employees, change?.Invoke(employee) ?? employee);
    }

    public Employment Employment(Employee employee, Func<Employment, Employment>? change = null)
    {
        var (remoteId, id) = NextId("hris_employments");
        var employment = new Employment
        {
            Id = id,
            RemoteId = remoteId,
            EmployeeId = employee.Id,
            JobTitle = employee.JobTitle ?? "Engineer",
            PayRate = 5000,
            PayPeriod = "MONTH",
            PayFrequency = "MONTHLY",
            EmploymentType = "FULL_TIME",
            PayCurrency = "EUR",
            EffectiveDate = employee.StartDate,
            ChangedAt = Earlier,
            CustomFields = JsonValues.EmptyObject,
        };
        return Add(_employments, change?.Invoke(employment) ?? employment);
    }

    public Group Group(string name, string type = "DEPARTMENT", Func<Group, Group>? change = null)
    {
        var (remoteId, id) = NextId("hris_groups");
        var group = new Group { Id = id, RemoteId = remoteId, Name = name, Type = type, ChangedAt = Earlier };
        return Add(_groups, change?.Invoke(group) ?? group);
    }

    public WorkLocation Location(string name, Func<WorkLocation, WorkLocation>? change = null)
    {
        var (remoteId, id) = NextId("hris_locations");
        var location = new WorkLocation
        {
            Id = id,
            RemoteId = remoteId,
            Name = name,
            Type = "OFFICE",
            Address = new Address { City = name, Country = "DE" },
            ChangedAt = Earlier,
        };
        return Add(_locations, change?.Invoke(location) ?? location);
    }

    public LegalEntity LegalEntity(string name, Func<LegalEntity, LegalEntity>? change = null)
    {
        var (remoteId, id) = NextId("hris_legal_entities");
        var entity = new LegalEntity { Id = id, RemoteId = remoteId, Name = name, Address = new Address { Country = "DE" }, ChangedAt = Earlier };
        return Add(_legalEntities, change?.Invoke(entity) ?? entity);
    }

    public AbsenceType AbsenceType(string name, string unit = "DAYS", bool halfDays = false, bool exactTimes = false)
    {
        var (remoteId, id) = NextId("hris_absence_types");
        return Add(_absenceTypes, new AbsenceType
        {
            Id = id,
            RemoteId = remoteId,
            Name = name,
            Unit = unit,
            HalfDaysSupported = halfDays,
            ExactTimesSupported = exactTimes,
            ChangedAt = Earlier,
        });
    }

    public TimeOffBalance Balance(Employee employee, AbsenceType type, double balance, double used = 0)
    {
        var (remoteId, id) = NextId("hris_time_off_balances");
        return Add(_balances, new TimeOffBalance
        {
            Id = id,
            RemoteId = remoteId,
            EmployeeId = employee.Id,
            TypeId = type.Id,
            Balance = balance,
            BalanceUnit = type.Unit,
            Used = used,
            UsedUnit = type.Unit,
            ChangedAt = Earlier,
        });
    }

    public Absence Absence(Employee employee, AbsenceType type, string start, string end, Func<Absence, Absence>? change = null)
    {
        var (remoteId, id) = NextId("hris_absences");
        var startDate = DateOnly.Parse(start, CultureInfo.InvariantCulture);
        var endDate = DateOnly.Parse(end, CultureInfo.InvariantCulture);
        var absence = new Absence
        {
            Id = id,
            RemoteId = remoteId,
            EmployeeId = employee.Id,
            TypeId = type.Id,
            StartDate = startDate,
            EndDate = endDate,
            StartHalfDay = type.HalfDaysSupported == true ? false : null,
            EndHalfDay = type.HalfDaysSupported == true ? false : null,
            Amount = endDate.DayNumber - startDate.DayNumber + 1,
            Unit = type.Unit,
            Status = "APPROVED",
            ChangedAt = Earlier,
            RemoteCreatedAt = Earlier,
            RemoteUpdatedAt = Earlier,
        };
        return Add(_absences, change?.Invoke(absence) ?? absence);
    }

    internal IntegrationState Build()
    {
        var integration = _integration(new Integration
        {
            Id = IntegrationId,
            Tool = tool,
            Category = Categories.Hris,
            EndUser = new EndUser("Test Org", "owner@test.example.com", "origin-1"),
            CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        });
        var hris = new HrisData
        {
            Employees = Table<Employee>.Create(_employees),
            Employments = Table<Employment>.Create(_employments, HrisData.EmploymentGroupKey),
            Groups = Table<Group>.Create(_groups),
            Locations = Table<WorkLocation>.Create(_locations),
            LegalEntities = Table<LegalEntity>.Create(_legalEntities),
            AbsenceTypes = Table<AbsenceType>.Create(_absenceTypes),
            TimeOffBalances = Table<TimeOffBalance>.Create(_balances, HrisData.BalanceGroupKey),
            Absences = Table<Absence>.Create(_absences, HrisData.AbsenceGroupKey),
        };
        return new IntegrationState { Integration = integration, Hris = hris };
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
