namespace Kombo.Sim.Api.State;

/// <summary>
/// The box holding one integration's current <see cref="IntegrationState"/>. Reads are a volatile load; writes
/// compute the next state from a snapshot and publish it atomically (never awaiting inside), so a write that throws
/// publishes nothing and concurrent writers never lose each other's changes.
/// </summary>
/// <remarks>
/// A mutation is a pure function of the state it is given. It runs first on the current snapshot without holding the
/// gate, so concurrent writers compute in parallel and the gate is held only to compare and publish; if another write
/// published in between, the mutation runs again on the newest state under the gate (so it always makes progress and
/// never overwrites a change it did not see).
/// </remarks>
public sealed class IntegrationStore(string environmentId, IntegrationState initial)
{
    private readonly Lock _gate = new();
    private IntegrationState _state = initial;

    public string EnvironmentId { get; } = environmentId;

    public string Id { get; } = initial.Integration.Id;

    public IntegrationState Current => Volatile.Read(ref _state);

    /// <summary>Runs <paramref name="mutation"/> on the current state and publishes its result atomically.</summary>
    public TResult Write<TResult>(Func<IntegrationState, (IntegrationState Next, TResult Result)> mutation)
    {
        var seen = Volatile.Read(ref _state);
        var (next, result) = mutation(seen);
        lock (_gate)
        {
            if (!ReferenceEquals(_state, seen))
            {
                (next, result) = mutation(_state);
            }

            Volatile.Write(ref _state, next with { Version = _state.Version + 1 });
            return result;
        }
    }

    /// <summary>Replaces the whole state (reset, snapshot restore).</summary>
    public void Restore(IntegrationState state)
    {
        lock (_gate)
        {
            Volatile.Write(ref _state, state);
        }
    }
}
