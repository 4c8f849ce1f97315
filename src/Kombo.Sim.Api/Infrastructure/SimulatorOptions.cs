namespace Kombo.Sim.Api.Infrastructure;

/// <summary>Where the seed comes from (configuration section <c>Seed</c>).</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>The seed folder; relative paths are resolved against the application's folder.</summary>
    public string Path { get; set; } = "seed-data";
}

/// <summary>The virtual clock at start-up (configuration section <c>Clock</c>).</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    /// <summary>An ISO-8601 instant, <c>now</c> for the real time, or empty for the seed's <c>world.json</c> clock.</summary>
    public string? Start { get; set; }

    /// <summary><c>Frozen</c> (default: time moves only when the control plane moves it) or <c>Running</c>.</summary>
    public string Mode { get; set; } = "Frozen";
}
