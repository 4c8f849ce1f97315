using Kombo.Sim.Api.Catalog;

namespace Kombo.Sim.Api.Infrastructure.Faults;

/// <summary>
/// The active fault rules, in creation order. Deciding whether a rule fires is deterministic: probabilities draw from a
/// per-rule generator seeded by the rule, so the same rules and the same requests repeat the same faults.
/// </summary>
public sealed class FaultRegistry
{
    private readonly Lock _gate = new();
    private readonly List<State> _rules = [];
    private long _created;

    public IReadOnlyList<FaultRuleStatus> All
    {
        get
        {
            lock (_gate)
            {
                return _rules.Select(r => r.Status).ToList();
            }
        }
    }

    /// <summary>A fresh rule id: <c>fault_1</c>, <c>fault_2</c>, …</summary>
    public string NextId() => $"fault_{Interlocked.Increment(ref _created)}";

    public FaultRuleStatus Add(FaultRule rule)
    {
        lock (_gate)
        {
            var state = new State(rule);
            _rules.Add(state);
            return state.Status;
        }
    }

    public FaultRuleStatus? Find(string id)
    {
        lock (_gate)
        {
            return _rules.FirstOrDefault(r => r.Rule.Id == id)?.Status;
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _rules.RemoveAll(r => r.Rule.Id == id) > 0;
        }
    }

    public int Clear()
    {
        lock (_gate)
        {
            var count = _rules.Count;
            _rules.Clear();
            return count;
        }
    }

    /// <summary>The first request rule that matches the request and fires now (and counts it), or null.</summary>
    public FaultRule? Fire(OperationInfo operation, string? integrationId, string? environmentId, DateTimeOffset now) =>
        Fire(operation, integrationId, environmentId, now, syncOutcomes: false);

    /// <summary>The first sync-outcome rule for a sync of this integration that fires now, or null.</summary>
    public FaultRule? FireSyncOutcome(OperationInfo forceSync, string integrationId, string environmentId, DateTimeOffset now) =>
        Fire(forceSync, integrationId, environmentId, now, syncOutcomes: true);

    private FaultRule? Fire(OperationInfo operation, string? integrationId, string? environmentId, DateTimeOffset now, bool syncOutcomes)
    {
        lock (_gate)
        {
            foreach (var state in _rules)
            {
                if ((state.Rule.Kind == FaultKind.SyncOutcome) == syncOutcomes && state.TryFire(operation, integrationId, environmentId, now))
                {
                    return state.Rule;
                }
            }

            return null;
        }
    }

    private sealed class State(FaultRule rule)
    {
        private readonly SplitMix64 _random = new(rule.Seed);
        private int _fired;
        private int _matched;

        public FaultRule Rule { get; } = rule;

        public FaultRuleStatus Status => new(Rule, _fired, _matched, Remaining, Rule.ExpiresAt);

        private int? Remaining => Rule.Count is { } count ? Math.Max(0, count - _fired) : null;

        public bool TryFire(OperationInfo operation, string? integrationId, string? environmentId, DateTimeOffset now)
        {
            if (Remaining == 0 || (Rule.ExpiresAt is { } expiry && now > expiry) || !Rule.Match.Matches(operation, integrationId, environmentId))
            {
                return false;
            }

            _matched++;
            if (Rule.Probability is { } probability && _random.NextDouble() >= probability)
            {
                return false;
            }

            _fired++;
            return true;
        }
    }
}

/// <summary>A rule with how often it matched and fired.</summary>
public sealed record FaultRuleStatus(FaultRule Rule, int Fired, int Matched, int? Remaining, DateTimeOffset? ExpiresAt)
{
    public bool IsExhausted => Remaining == 0;
}

/// <summary>SplitMix64: a tiny, seedable, deterministic generator (repeatable across runs and platforms).</summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));
}
