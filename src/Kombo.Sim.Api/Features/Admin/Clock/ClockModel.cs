using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.Admin.Clock;

/// <summary>The clock's reading, and what the last move changed (null on plain reads).</summary>
public sealed record ClockModel(DateTimeOffset Now, bool Frozen, TimePassageReport? Effects)
{
    public static ClockModel Read(SimClock clock, TimePassageReport? effects = null) => new(clock.GetUtcNow(), clock.IsFrozen, effects);
}
