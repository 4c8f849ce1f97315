using System.Collections.Concurrent;

namespace Kombo.Sim.Api.State;

/// <summary>
/// Named counters for things the simulator itself creates (environments, snapshots, webhook events): the same calls
/// in the same order get the same numbers, so derived ids repeat across runs.
/// </summary>
public sealed class Sequences
{
    private readonly ConcurrentDictionary<string, StrongBox> _counters = new(StringComparer.Ordinal);

    public long Next(string name) => Interlocked.Increment(ref _counters.GetOrAdd(name, _ => new StrongBox()).Value);

    private sealed class StrongBox
    {
        public long Value;
    }
}
