namespace Kombo.Sim.Api.State;

/// <summary>A named capture of the world.</summary>
public sealed record Snapshot(string Name, DateTimeOffset CreatedAt, WorldImage Image);

/// <summary>Named snapshots of the world. Saving and restoring copy references only, whatever the data size.</summary>
public sealed class SnapshotStore
{
    private readonly Lock _gate = new();
    private readonly List<Snapshot> _snapshots = [];

    public IReadOnlyList<Snapshot> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _snapshots];
            }
        }
    }

    /// <summary>Saves (or replaces) a snapshot; true when one of that name was replaced.</summary>
    public bool Save(Snapshot snapshot)
    {
        lock (_gate)
        {
            var replaced = _snapshots.RemoveAll(s => s.Name == snapshot.Name) > 0;
            _snapshots.Add(snapshot);
            return replaced;
        }
    }

    public Snapshot? Find(string name)
    {
        lock (_gate)
        {
            return _snapshots.FirstOrDefault(s => s.Name == name);
        }
    }

    public bool Delete(string name)
    {
        lock (_gate)
        {
            return _snapshots.RemoveAll(s => s.Name == name) > 0;
        }
    }
}
