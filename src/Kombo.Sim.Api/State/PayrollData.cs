using System.Collections.Immutable;
using Kombo.Sim.Api.Domain.Payroll;

namespace Kombo.Sim.Api.State;

/// <summary>
/// The payroll side of an HRIS integration (Kombo's DATEV and Silae custom endpoints): DATEV payroll preparations
/// per employee and month, DATEV compensation histories per employee, the DATEV data pushes in creation order and
/// the Silae payroll supplements. One immutable value, replaced as a whole by each write.
/// </summary>
public sealed record PayrollData
{
    public static readonly PayrollData Empty = new();

    /// <summary>Keyed by employee id and the first day of the payroll month.</summary>
    public ImmutableDictionary<(string EmployeeId, DateOnly Month), PayrollPreparation> Preparations { get; init; } =
        ImmutableDictionary<(string EmployeeId, DateOnly Month), PayrollPreparation>.Empty;

    /// <summary>Keyed by employee id.</summary>
    public ImmutableDictionary<string, CompensationHistory> Compensations { get; init; } =
        ImmutableDictionary<string, CompensationHistory>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Oldest first.</summary>
    public ImmutableList<DataPush> DataPushes { get; init; } = [];

    /// <summary>Oldest first.</summary>
    public ImmutableList<SilaeSupplement> SilaeSupplements { get; init; } = [];

    public PayrollPreparation? PreparationOf(string employeeId, DateOnly month) => Preparations.GetValueOrDefault((employeeId, month));

    public CompensationHistory CompensationsOf(string employeeId) => Compensations.GetValueOrDefault(employeeId, CompensationHistory.None);

    /// <summary>Replaces whatever was prepared for the employee's month.</summary>
    public PayrollData Prepare(PayrollPreparation preparation) =>
        this with { Preparations = Preparations.SetItem((preparation.EmployeeId, preparation.Month), preparation) };

    public PayrollData SetCompensations(string employeeId, CompensationSet set) =>
        this with { Compensations = Compensations.SetItem(employeeId, CompensationsOf(employeeId).Apply(set)) };

    public PayrollData AddDataPush(DataPush push) => this with { DataPushes = DataPushes.Add(push) };

    public PayrollData AddSilaeSupplement(SilaeSupplement supplement) => this with { SilaeSupplements = SilaeSupplements.Add(supplement) };

    /// <summary>The pushes created at or after <paramref name="since"/>, newest first.</summary>
    public IEnumerable<DataPush> DataPushesSince(DateTimeOffset since) => DataPushes.Reverse().Where(p => p.CreatedAt >= since);
}
