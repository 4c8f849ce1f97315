using System.Collections.Immutable;

namespace Kombo.Sim.Api.Domain.Payroll;

/// <summary>
/// An employee's DATEV compensation sets in order of their effective dates. Kombo: setting compensations from a date
/// ends every compensation not included at that date, so a new set replaces the sets effective on or after its date
/// and keeps the earlier ones; what applied on a given day stays answerable.
/// </summary>
public sealed record CompensationHistory
{
    public static readonly CompensationHistory None = new();

    /// <summary>Ascending by effective date, no two on the same date.</summary>
    public ImmutableList<CompensationSet> Sets { get; init; } = [];

    public CompensationHistory Apply(CompensationSet set) =>
        new() { Sets = Sets.Where(s => s.EffectiveDate < set.EffectiveDate).Append(set).ToImmutableList() };

    /// <summary>The set in effect on <paramref name="date"/>, or null before the first one.</summary>
    public CompensationSet? ValidOn(DateOnly date) => Sets.LastOrDefault(s => s.EffectiveDate <= date);
}
