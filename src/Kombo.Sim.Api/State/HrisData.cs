using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.Api.State;

/// <summary>An HRIS integration's records: one immutable value, replaced as a whole by each write.</summary>
public sealed record HrisData
{
    public static readonly HrisData Empty = new();

    public Table<Employee> Employees { get; init; } = Table<Employee>.Empty();

    public Table<Employment> Employments { get; init; } = Table<Employment>.Empty(EmploymentGroupKey);

    public Table<Group> Groups { get; init; } = Table<Group>.Empty();

    public Table<WorkLocation> Locations { get; init; } = Table<WorkLocation>.Empty();

    public Table<LegalEntity> LegalEntities { get; init; } = Table<LegalEntity>.Empty();

    public Table<AbsenceType> AbsenceTypes { get; init; } = Table<AbsenceType>.Empty();

    public Table<TimeOffBalance> TimeOffBalances { get; init; } = Table<TimeOffBalance>.Empty(BalanceGroupKey);

    public Table<Absence> Absences { get; init; } = Table<Absence>.Empty(AbsenceGroupKey);

    /// <summary>Group keys: children are grouped by their employee.</summary>
    public static string? EmploymentGroupKey(Employment employment) => employment.EmployeeId;

    public static string? BalanceGroupKey(TimeOffBalance balance) => balance.EmployeeId;

    public static string? AbsenceGroupKey(Absence absence) => absence.EmployeeId;

    /// <summary>
    /// Resolves an employee reference that may be a Kombo id or <c>remote:&lt;remote id&gt;</c> (digest §A8).
    /// </summary>
    public Employee? FindEmployee(string reference) => Employees.FindByReference(reference);

    /// <summary>
    /// The employee's balance of an absence type that is not deleted, if any: the one an absence of that type draws on.
    /// (A loop over the group: writes call it, and LINQ would box the group's enumerator and allocate a closure.)
    /// </summary>
    public TimeOffBalance? OpenBalance(string employeeId, string? typeId)
    {
        foreach (var balance in TimeOffBalances.InGroup(employeeId))
        {
            if (balance.TypeId == typeId && balance.RemoteDeletedAt is null)
            {
                return balance;
            }
        }

        return null;
    }

    /// <summary>Marks an employee as touched (nested or related data changed) without moving its <c>changed_at</c>.</summary>
    public HrisData TouchEmployee(string employeeId, DateTimeOffset at) =>
        Employees.Find(employeeId) is { } employee && employee.TouchedAt < at
            ? this with { Employees = Employees.Replace(employee with { TouchedAt = at }) }
            : this;
}
