using System.Collections.Immutable;

namespace Kombo.Sim.Api.State;

/// <summary>An environment: one API key and the integrations it sees (Kombo: <c>environment_id</c>).</summary>
public sealed record SimEnvironment(string Id, string Name, string ApiKey);

/// <summary>
/// The whole simulated world: environments, their API keys and their integrations. The shape of the world
/// (which environments and integrations exist) is one immutable value swapped under a lock; each integration's
/// data lives in its own <see cref="IntegrationStore"/>. Integration ids are scoped to their environment, so
/// copies of the seed world in several environments keep the documented ids without seeing each other.
/// </summary>
public sealed class World
{
    private readonly Lock _gate = new();
    private Layout _layout = Layout.Empty;

    public IReadOnlyList<SimEnvironment> Environments
    {
        get
        {
            var layout = Volatile.Read(ref _layout);
            return layout.Order.Select(id => layout.ById[id].Environment).ToList();
        }
    }

    public SimEnvironment? FindEnvironmentByApiKey(string apiKey)
    {
        var layout = Volatile.Read(ref _layout);
        return layout.EnvironmentIdByKey.TryGetValue(apiKey, out var id) ? layout.ById[id].Environment : null;
    }

    public SimEnvironment? FindEnvironment(string environmentId) =>
        Volatile.Read(ref _layout).ById.TryGetValue(environmentId, out var entry) ? entry.Environment : null;

    public IntegrationStore? FindIntegration(string environmentId, string integrationId) =>
        Volatile.Read(ref _layout).ById.TryGetValue(environmentId, out var entry)
        && entry.Integrations.TryGetValue(integrationId, out var store)
            ? store
            : null;

    /// <summary>The integrations of an environment, in the order they were added.</summary>
    public IReadOnlyList<IntegrationStore> IntegrationsOf(string environmentId) =>
        Volatile.Read(ref _layout).ById.TryGetValue(environmentId, out var entry)
            ? entry.Order.Select(id => entry.Integrations[id]).ToList()
            : [];

    /// <summary>Replaces the whole world (start-up, reset).</summary>
    public void Load(IEnumerable<(SimEnvironment Environment, IEnumerable<IntegrationState> Integrations)> environments)
    {
        var layout = Layout.Empty;
        foreach (var (environment, integrations) in environments)
        {
            layout = layout.WithEnvironment(environment);
            foreach (var integration in integrations)
            {
                layout = layout.WithIntegration(environment.Id, new IntegrationStore(environment.Id, integration));
            }
        }

        lock (_gate)
        {
            Volatile.Write(ref _layout, layout);
        }
    }

    public void AddEnvironment(SimEnvironment environment, IEnumerable<IntegrationState> integrations)
    {
        lock (_gate)
        {
            var layout = _layout.WithEnvironment(environment);
            foreach (var integration in integrations)
            {
                layout = layout.WithIntegration(environment.Id, new IntegrationStore(environment.Id, integration));
            }

            Volatile.Write(ref _layout, layout);
        }
    }

    public bool RemoveEnvironment(string environmentId)
    {
        lock (_gate)
        {
            if (!_layout.ById.ContainsKey(environmentId))
            {
                return false;
            }

            Volatile.Write(ref _layout, _layout.WithoutEnvironment(environmentId));
            return true;
        }
    }

    public IntegrationStore AddIntegration(string environmentId, IntegrationState integration)
    {
        lock (_gate)
        {
            var store = new IntegrationStore(environmentId, integration);
            Volatile.Write(ref _layout, _layout.WithIntegration(environmentId, store));
            return store;
        }
    }

    /// <summary>Removes an integration; later lookups of its id fail. False if it was not there.</summary>
    public bool RemoveIntegration(string environmentId, string integrationId)
    {
        lock (_gate)
        {
            if (FindIntegration(environmentId, integrationId) is null)
            {
                return false;
            }

            Volatile.Write(ref _layout, _layout.WithoutIntegration(environmentId, integrationId));
            return true;
        }
    }

    private sealed record EnvironmentEntry(
        SimEnvironment Environment,
        ImmutableDictionary<string, IntegrationStore> Integrations,
        ImmutableList<string> Order);

    private sealed record Layout(
        ImmutableDictionary<string, EnvironmentEntry> ById,
        ImmutableDictionary<string, string> EnvironmentIdByKey,
        ImmutableList<string> Order)
    {
        public static readonly Layout Empty = new(
            ImmutableDictionary<string, EnvironmentEntry>.Empty.WithComparers(StringComparer.Ordinal),
            ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
            []);

        public Layout WithEnvironment(SimEnvironment environment)
        {
            if (ById.ContainsKey(environment.Id) || EnvironmentIdByKey.ContainsKey(environment.ApiKey))
            {
                throw new InvalidOperationException($"Environment {environment.Id} or its API key already exists.");
            }

            var entry = new EnvironmentEntry(environment, ImmutableDictionary<string, IntegrationStore>.Empty.WithComparers(StringComparer.Ordinal), []);
            return this with
            {
                ById = ById.Add(environment.Id, entry),
                EnvironmentIdByKey = EnvironmentIdByKey.Add(environment.ApiKey, environment.Id),
                Order = Order.Add(environment.Id),
            };
        }

        public Layout WithoutEnvironment(string environmentId) => this with
        {
            ById = ById.Remove(environmentId),
            EnvironmentIdByKey = EnvironmentIdByKey.Remove(ById[environmentId].Environment.ApiKey),
            Order = Order.Remove(environmentId),
        };

        public Layout WithIntegration(string environmentId, IntegrationStore store)
        {
            var entry = ById[environmentId];
            if (entry.Integrations.ContainsKey(store.Id))
            {
                throw new InvalidOperationException($"Integration {store.Id} already exists in environment {environmentId}.");
            }

            return this with
            {
                ById = ById.SetItem(environmentId, entry with
                {
                    Integrations = entry.Integrations.Add(store.Id, store),
                    Order = entry.Order.Add(store.Id),
                }),
            };
        }

        public Layout WithoutIntegration(string environmentId, string integrationId)
        {
            var entry = ById[environmentId];
            return this with
            {
                ById = ById.SetItem(environmentId, entry with
                {
                    Integrations = entry.Integrations.Remove(integrationId),
                    Order = entry.Order.Remove(integrationId),
                }),
            };
        }
    }
}
