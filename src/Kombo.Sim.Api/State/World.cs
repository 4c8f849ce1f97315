using System.Collections.Immutable;
using Kombo.Sim.Api.Domain.Integrations;

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
    private Origins _origins = Origins.None;

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

    /// <summary>The environment's Connect links and tokens.</summary>
    public EnvironmentData? DataOf(string environmentId) =>
        Volatile.Read(ref _layout).ById.TryGetValue(environmentId, out var entry) ? entry.Data : null;

    /// <summary>Changes an environment's data atomically (same rules as an integration write: all or nothing).</summary>
    public TResult UpdateData<TResult>(string environmentId, Func<EnvironmentData, (EnvironmentData Next, TResult Result)> change)
    {
        lock (_gate)
        {
            var entry = _layout.ById.TryGetValue(environmentId, out var found)
                ? found
                : throw new KeyNotFoundException($"No environment {environmentId}.");
            var (next, result) = change(entry.Data);
            Volatile.Write(ref _layout, _layout.WithData(environmentId, next));
            return result;
        }
    }

    /// <summary>The environment that handed out a Connect link (links are opened without an API key).</summary>
    public (string EnvironmentId, ConnectLink Link)? FindLink(string token)
    {
        var layout = Volatile.Read(ref _layout);
        foreach (var id in layout.Order)
        {
            if (layout.ById[id].Data.Links.TryGetValue(token, out var link))
            {
                return (id, link);
            }
        }

        return null;
    }

    /// <summary>The integrations of an environment, in the order they were added.</summary>
    public IReadOnlyList<IntegrationStore> IntegrationsOf(string environmentId) =>
        Volatile.Read(ref _layout).ById.TryGetValue(environmentId, out var entry)
            ? entry.Order.Select(id => entry.Integrations[id]).ToList()
            : [];

    /// <summary>Replaces the whole world and makes it the new origin that resets return to (start-up, full reset).</summary>
    public void Load(IEnumerable<(SimEnvironment Environment, IEnumerable<IntegrationState> Integrations)> environments)
    {
        var image = WorldImage.Of(environments);
        lock (_gate)
        {
            _origins = Origins.Of(image);
            Volatile.Write(ref _layout, Build(image));
        }
    }

    /// <summary>The current state of every environment and integration: a set of references, whatever the data size.</summary>
    public WorldImage Capture()
    {
        var layout = Volatile.Read(ref _layout);
        return new WorldImage(layout.Order
            .Select(id => layout.ById[id])
            .Select(entry => new EnvironmentImage(entry.Environment, entry.Order.Select(i => entry.Integrations[i].Current).ToList()) { Data = entry.Data })
            .ToList());
    }

    /// <summary>Brings back a captured world exactly (snapshot restore); what resets return to is unchanged.</summary>
    public void Restore(WorldImage image)
    {
        lock (_gate)
        {
            _origins = _origins.Including(image);
            Volatile.Write(ref _layout, Build(image));
        }
    }

    public void AddEnvironment(SimEnvironment environment, IEnumerable<IntegrationState> integrations)
    {
        var image = new EnvironmentImage(environment, integrations.ToList());
        lock (_gate)
        {
            var layout = _layout.WithEnvironment(environment);
            foreach (var integration in image.Integrations)
            {
                layout = layout.WithIntegration(environment.Id, new IntegrationStore(environment.Id, integration));
            }

            _origins = _origins.Including(new WorldImage([image]));
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
            _origins = _origins.Without(environmentId);
            return true;
        }
    }

    /// <summary>Puts an environment back as it started (its integrations as they were; later ones removed).</summary>
    public bool ResetEnvironment(string environmentId)
    {
        lock (_gate)
        {
            if (!_layout.ById.TryGetValue(environmentId, out var entry) || !_origins.Environments.TryGetValue(environmentId, out var origin))
            {
                return false;
            }

            var layout = _layout.WithoutEnvironment(environmentId)
                .WithEnvironment(entry.Environment, position: _layout.Order.IndexOf(environmentId))
                .WithData(environmentId, origin.Data);
            foreach (var integration in origin.Integrations)
            {
                layout = layout.WithIntegration(environmentId, new IntegrationStore(environmentId, integration));
            }

            Volatile.Write(ref _layout, layout);
            return true;
        }
    }

    /// <summary>Puts one integration back as it started (bringing it back if it was deleted).</summary>
    public bool ResetIntegration(string environmentId, string integrationId)
    {
        lock (_gate)
        {
            if (!_layout.ById.ContainsKey(environmentId) || !_origins.Integrations.TryGetValue((environmentId, integrationId), out var origin))
            {
                return false;
            }

            if (FindIntegration(environmentId, integrationId) is { } store)
            {
                store.Restore(origin);
            }
            else
            {
                Volatile.Write(ref _layout, _layout.WithIntegration(environmentId, new IntegrationStore(environmentId, origin)));
            }

            return true;
        }
    }

    public IntegrationStore AddIntegration(string environmentId, IntegrationState integration)
    {
        lock (_gate)
        {
            var store = new IntegrationStore(environmentId, integration);
            Volatile.Write(ref _layout, _layout.WithIntegration(environmentId, store));
            _origins = _origins with { Integrations = _origins.Integrations.SetItem((environmentId, integration.Integration.Id), integration) };
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

    private static Layout Build(WorldImage image)
    {
        var layout = Layout.Empty;
        foreach (var environment in image.Environments)
        {
            layout = layout.WithEnvironment(environment.Environment).WithData(environment.Environment.Id, environment.Data);
            foreach (var integration in environment.Integrations)
            {
                layout = layout.WithIntegration(environment.Environment.Id, new IntegrationStore(environment.Environment.Id, integration));
            }
        }

        return layout;
    }

    /// <summary>What resets return to: each environment's starting set and each integration's starting state.</summary>
    private sealed record Origins(
        ImmutableDictionary<string, EnvironmentImage> Environments,
        ImmutableDictionary<(string EnvironmentId, string IntegrationId), IntegrationState> Integrations)
    {
        public static readonly Origins None = new(
            ImmutableDictionary<string, EnvironmentImage>.Empty,
            ImmutableDictionary<(string, string), IntegrationState>.Empty);

        public static Origins Of(WorldImage image) => None.Including(image);

        /// <summary>Adds origins for environments and integrations not known yet; known ones keep theirs.</summary>
        public Origins Including(WorldImage image)
        {
            var environments = Environments;
            var integrations = Integrations;
            foreach (var environment in image.Environments)
            {
                if (!environments.ContainsKey(environment.Environment.Id))
                {
                    environments = environments.Add(environment.Environment.Id, environment);
                }

                foreach (var integration in environment.Integrations)
                {
                    var key = (environment.Environment.Id, integration.Integration.Id);
                    if (!integrations.ContainsKey(key))
                    {
                        integrations = integrations.Add(key, integration);
                    }
                }
            }

            return new Origins(environments, integrations);
        }

        public Origins Without(string environmentId) => new(
            Environments.Remove(environmentId),
            Integrations.RemoveRange(Integrations.Keys.Where(k => k.EnvironmentId == environmentId)));
    }

    private sealed record EnvironmentEntry(
        SimEnvironment Environment,
        ImmutableDictionary<string, IntegrationStore> Integrations,
        ImmutableList<string> Order)
    {
        public EnvironmentData Data { get; init; } = EnvironmentData.Empty;
    }

    private sealed record Layout(
        ImmutableDictionary<string, EnvironmentEntry> ById,
        ImmutableDictionary<string, string> EnvironmentIdByKey,
        ImmutableList<string> Order)
    {
        public static readonly Layout Empty = new(
            ImmutableDictionary<string, EnvironmentEntry>.Empty.WithComparers(StringComparer.Ordinal),
            ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
            []);

        public Layout WithEnvironment(SimEnvironment environment, int? position = null)
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
                Order = position is { } at && at >= 0 && at <= Order.Count ? Order.Insert(at, environment.Id) : Order.Add(environment.Id),
            };
        }

        public Layout WithData(string environmentId, EnvironmentData data) => this with
        {
            ById = ById.SetItem(environmentId, ById[environmentId] with { Data = data }),
        };

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

/// <summary>A captured world: every environment with its integrations' states, in order.</summary>
public sealed record WorldImage(IReadOnlyList<EnvironmentImage> Environments)
{
    public static WorldImage Of(IEnumerable<(SimEnvironment Environment, IEnumerable<IntegrationState> Integrations)> environments) =>
        new(environments.Select(e => new EnvironmentImage(e.Environment, e.Integrations.ToList())).ToList());

    public int IntegrationCount => Environments.Sum(e => e.Integrations.Count);
}

/// <summary>One environment of a <see cref="WorldImage"/>.</summary>
public sealed record EnvironmentImage(SimEnvironment Environment, IReadOnlyList<IntegrationState> Integrations)
{
    /// <summary>The environment's Connect links and tokens.</summary>
    public EnvironmentData Data { get; init; } = EnvironmentData.Empty;
}
