namespace Kombo.Sim.Api.State;

/// <summary>
/// The box holding one integration's current <see cref="IntegrationState"/>. Reads are a volatile load; writes
/// are serialized by a lock around "compute the next state, publish it" (never awaiting inside), so a write that
/// throws publishes nothing and concurrent writers never lose each other's changes.
/// </summary>
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
        lock (_gate)
        {
            var (next, result) = mutation(_state);
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
