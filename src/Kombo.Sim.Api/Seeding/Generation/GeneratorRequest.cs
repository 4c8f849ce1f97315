using Kombo.Sim.Api.Domain.Integrations;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>
/// What to generate: for which integration, as of which instant, from which seed and how much. The same request
/// always gives the same data, byte for byte; only the sizes of the integration's own category are used.
/// </summary>
public sealed record GeneratorRequest
{
    /// <summary>The integration the data belongs to; its id is part of every record id, its tool decides coverage.</summary>
    public required Integration Integration { get; init; }

    /// <summary>The simulator's clock: every generated timestamp lies at or before it. Never the wall clock.</summary>
    public required DateTimeOffset Now { get; init; }

    public int Seed { get; init; } = 1;

    public HrisSizes Hris { get; init; } = HrisSizes.Default;

    public AtsSizes Ats { get; init; } = AtsSizes.Default;

    public AssessmentSizes Assessment { get; init; } = AssessmentSizes.Default;

    /// <summary>
    /// ISO-3166 alpha-2 code of the company's home country (names, addresses, currency, phone formats). Null: taken
    /// from the data being extended, the organisation's legal form (GmbH, Ltd, SAS, Inc…), the tool, or the seed.
    /// </summary>
    public string? Country { get; init; }

    /// <summary>Throws <see cref="GeneratorSizeException"/> naming the first size that is out of range.</summary>
    public void Validate()
    {
        Check(Hris.Employees, 0, 1_000_000, "employees");
        Check(Hris.AbsencesPerEmployee, 0, 100, "absences per employee");
        Check(Ats.Jobs ?? 0, 0, 100_000, "jobs");
        Check(Ats.Candidates, 0, 1_000_000, "candidates");
        Check(Ats.Applications, 0, 5_000_000, "applications");
        Check(Assessment.Packages, 0, 1_000, "packages");
        Check(Assessment.OpenOrders, 0, 1_000_000, "open orders");
        if (Ats.Applications > 0 && Ats.Candidates == 0)
        {
            throw new GeneratorSizeException($"{Ats.Applications} applications need candidates: candidates is 0.");
        }
    }

    private static void Check(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new GeneratorSizeException($"{name} must lie between {min} and {max}; it is {value}.");
        }
    }
}

/// <summary>How many employees to add, each with this many absences (plus employments, balances and the org around them).</summary>
public sealed record HrisSizes(int Employees, int AbsencesPerEmployee)
{
    public static readonly HrisSizes Default = new(25, 3);
}

/// <summary>
/// How many jobs, candidates and applications to add. <see cref="Jobs"/> null means "enough": twelve for a new
/// integration, none when extending one that has jobs, and more when the applications per candidate need them.
/// Applications are spread over the candidates as evenly as possible (a candidate applies to a job at most once).
/// </summary>
public sealed record AtsSizes(int? Jobs, int Candidates, int Applications)
{
    public static readonly AtsSizes Default = new(null, 40, 60);
}

/// <summary>How many packages and open orders an assessment integration gets.</summary>
public sealed record AssessmentSizes(int Packages, int OpenOrders)
{
    public static readonly AssessmentSizes Default = new(3, 5);
}

/// <summary>Sizes that cannot be generated: out of range, or more applications than the jobs leave room for.</summary>
public sealed class GeneratorSizeException(string message) : ArgumentException(message);
