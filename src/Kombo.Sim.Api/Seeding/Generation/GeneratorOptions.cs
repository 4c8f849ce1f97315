namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>
/// Generated data added to the seed at start-up (configuration section <c>Generator</c>). Off by default: with every
/// size at 0 the seed is loaded as it is. Resets and snapshots return to the seed with its generated records.
/// </summary>
public sealed class GeneratorOptions
{
    public const string Section = "Generator";

    public const string ExtendMode = "Extend";

    public const string ReplaceMode = "Replace";

    /// <summary>The seed of every generated record; the same seed and sizes give the same world.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// <c>Extend</c> (default): the generated records follow the seed's own in each touched integration, reusing its
    /// organisation (groups, offices, absence types, jobs, users, tags). <c>Replace</c>: the touched integrations'
    /// data is generated from scratch, organisation included.
    /// </summary>
    public string Mode { get; set; } = ExtendMode;

    /// <summary>Employees added to each HRIS integration (with employments, absences and balances as the tool covers them).</summary>
    public int Employees { get; set; }

    public int AbsencesPerEmployee { get; set; } = 3;

    /// <summary>Jobs added to each ATS integration; empty: as many as the applications per candidate need (none if the seed's suffice).</summary>
    public int? Jobs { get; set; }

    /// <summary>Candidates added to each ATS integration.</summary>
    public int Candidates { get; set; }

    /// <summary>Applications spread over the new candidates; empty: one and a half per candidate.</summary>
    public int? Applications { get; set; }

    /// <summary>Open orders added to each assessment integration (using its packages; three are generated if it has none).</summary>
    public int OpenOrders { get; set; }

    /// <summary>Only these integrations (by id) get generated data; empty: every integration of the seed.</summary>
    public IList<string> Integrations { get; } = [];

    public bool Replaces => string.Equals(Mode, ReplaceMode, StringComparison.OrdinalIgnoreCase);

    public int ApplicationCount => Applications ?? (int)Math.Round(Candidates * 1.5);

    /// <summary>Whether any integration of <paramref name="category"/> gets generated data.</summary>
    public bool Touches(string category) => category switch
    {
        Domain.Integrations.Categories.Hris => Employees > 0,
        Domain.Integrations.Categories.Ats => Candidates > 0 || Jobs > 0,
        Domain.Integrations.Categories.Assessment => OpenOrders > 0,
        _ => false,
    };

    /// <summary>Stops the start with a message naming the setting when one is out of range.</summary>
    public void Validate()
    {
        if (!string.Equals(Mode, ExtendMode, StringComparison.OrdinalIgnoreCase) && !Replaces)
        {
            throw new InvalidOperationException($"{Section}:Mode \"{Mode}\" is neither {ExtendMode} nor {ReplaceMode}.");
        }

        foreach (var (name, value) in new[]
        {
            (nameof(Employees), Employees), (nameof(AbsencesPerEmployee), AbsencesPerEmployee), (nameof(Jobs), Jobs ?? 0),
            (nameof(Candidates), Candidates), (nameof(Applications), Applications ?? 0), (nameof(OpenOrders), OpenOrders),
        })
        {
            if (value < 0)
            {
                throw new InvalidOperationException($"{Section}:{name} must not be negative ({value}).");
            }
        }
    }
}
