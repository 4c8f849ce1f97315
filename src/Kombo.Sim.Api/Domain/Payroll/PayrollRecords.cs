using System.Collections.Immutable;

namespace Kombo.Sim.Api.Domain.Payroll;

/// <summary>
/// What was prepared for one employee's DATEV payroll of one month (PUT …/prepare-payroll); consumed by the payroll push.
/// </summary>
public sealed record PayrollPreparation
{
    public required string EmployeeId { get; init; }

    /// <summary>The first day of the payroll month (the month of <see cref="RunDate"/>).</summary>
    public required DateOnly Month { get; init; }

    /// <summary><c>payroll_run.date</c> as sent.</summary>
    public required DateOnly RunDate { get; init; }

    public ImmutableList<HourlyPayment> HourlyPayments { get; init; } = [];

    public ImmutableList<FixedPayment> FixedPayments { get; init; } = [];

    public ImmutableList<CustomLodasEntry> CustomLodas { get; init; } = [];

    public required DateTimeOffset PreparedAt { get; init; }

    public bool IsEmpty => HourlyPayments.IsEmpty && FixedPayments.IsEmpty && CustomLodas.IsEmpty;
}

/// <summary>Hours worked to be paid with a Lohnart that supports hours (overtime, holiday work …).</summary>
public sealed record HourlyPayment(double Hours, int Lohnart);

/// <summary>A fixed amount in euros paid with a Lohnart (a bonus …).</summary>
public sealed record FixedPayment(double Amount, int Lohnart);

/// <summary>A free line of LODAS' standard entry table: value, Lohnart and Bearbeitungsschlüssel as given.</summary>
public sealed record CustomLodasEntry(double Amount, int Lohnart, int Bearbeitungsschluessel);

/// <summary>One compensation of a DATEV compensation set.</summary>
public sealed record Compensation
{
    public const string Hour = "HOUR";
    public const string Month = "MONTH";
    public const string Euro = "EUR";

    public required double Amount { get; init; }

    public string Currency { get; init; } = Euro;

    /// <summary>HOUR or MONTH.</summary>
    public required string Period { get; init; }

    /// <summary>Null: the integration's default Lohnart (Kombo: chosen in the connection flow).</summary>
    public int? Lohnart { get; init; }
}

/// <summary>The compensations valid from <see cref="EffectiveDate"/> until the next set takes over.</summary>
public sealed record CompensationSet
{
    public required DateOnly EffectiveDate { get; init; }

    public ImmutableList<Compensation> Compensations { get; init; } = [];

    public required DateTimeOffset SetAt { get; init; }
}

/// <summary>A DATEV data push: one call of push-data (or of passthrough) and the files it uploaded.</summary>
public sealed record DataPush
{
    public const string General = "GENERAL";
    public const string Payroll = "PAYROLL";

    public required string Id { get; init; }

    /// <summary>GENERAL or PAYROLL.</summary>
    public required string Type { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The accounting month a passthrough file was sent for; null for generated pushes.</summary>
    public DateOnly? AccountingMonth { get; init; }

    public ImmutableList<UploadJob> UploadJobs { get; init; } = [];
}

/// <summary>One file of a data push and the state of its import job.</summary>
public sealed record UploadJob
{
    public const string Uploaded = "UPLOADED";

    public required string Id { get; init; }

    public required string FileName { get; init; }

    /// <summary>FAILED, UPLOADED, IMPORTED, CORRUPTED, DELETED or AUTO_DELETED; the simulator only uploads.</summary>
    public string State { get; init; } = Uploaded;

    /// <summary>The file's content.</summary>
    public required string File { get; init; }
}

/// <summary>A Silae payroll supplement written for an employee.</summary>
public sealed record SilaeSupplement
{
    public required string Id { get; init; }

    public required string EmployeeId { get; init; }

    public required string SupplementCode { get; init; }

    public required DateOnly EffectiveDate { get; init; }

    public double? ElementAmount { get; init; }

    public string? ElementString { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
