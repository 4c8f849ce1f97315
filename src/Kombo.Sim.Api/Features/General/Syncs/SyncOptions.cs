namespace Kombo.Sim.Api.Features.General.Syncs;

/// <summary>Configuration section <c>Sync</c>.</summary>
public sealed class SyncOptions
{
    public const string Section = "Sync";

    /// <summary>How long a simulated sync runs (simulator clock); 0 finishes it at once.</summary>
    public int DurationSeconds { get; set; }
}
