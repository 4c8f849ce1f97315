using System.Collections.Immutable;
using Kombo.Sim.Api.Domain.Integrations;

namespace Kombo.Sim.Api.State;

/// <summary>
/// Everything one integration holds, as one immutable value. Readers take the current value and never block;
/// a write computes the next value and publishes it atomically (see <see cref="IntegrationStore"/>).
/// </summary>
public sealed record IntegrationState
{
    public required Integration Integration { get; init; }

    public HrisData Hris { get; init; } = HrisData.Empty;

    public AtsData Ats { get; init; } = AtsData.Empty;

    public AssessmentData Assessment { get; init; } = AssessmentData.Empty;

    /// <summary>DATEV and Silae payroll data (Kombo's custom endpoints).</summary>
    public PayrollData Payroll { get; init; } = PayrollData.Empty;

    /// <summary>The integration's syncs, oldest first; at most one is running.</summary>
    public ImmutableList<Sync> Syncs { get; init; } = [];

    public Sync? RunningSync => Syncs.FindLast(s => s.IsRunning);

    /// <summary>Provisioning setup links handed out for this integration.</summary>
    public ImmutableList<SetupLink> SetupLinks { get; init; } = [];

    /// <summary>Next number handed out as a remote id; ids derive from it, so they repeat for the same calls.</summary>
    public long NextRemoteNumber { get; init; } = 100_000;

    /// <summary>Counts the writes published so far.</summary>
    public long Version { get; init; }

    /// <summary>A fresh (remote id, Kombo id) pair for a new record of <paramref name="model"/>.</summary>
    public (IntegrationState State, string RemoteId, string Id) NewRecordId(string model)
    {
        var remoteId = NextRemoteNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = KomboIds.ForRecord(Integration.Id, model, remoteId);
        return (this with { NextRemoteNumber = NextRemoteNumber + 1 }, remoteId, id);
    }
}
