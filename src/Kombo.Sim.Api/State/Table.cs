using System.Collections.Immutable;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.State;

/// <summary>
/// An immutable, insertion-ordered collection of one model's records. Records are never physically removed
/// (Kombo deletes by setting <c>remote_deleted_at</c>), so a record's position never changes: positions are the
/// stable order of every list and what cursors point at. Lookups by id and remote id are indexed, and an optional
/// group key (e.g. the employee id of an absence) keeps each parent's children at hand without a scan.
/// </summary>
public sealed class Table<T>
    where T : class, IRecord
{
    private readonly ImmutableList<T> _rows;
    private readonly ImmutableDictionary<string, int> _positionById;
    private readonly ImmutableDictionary<string, int> _positionByRemoteId;
    private readonly Func<T, string?>? _groupKey;
    private readonly ImmutableDictionary<string, ImmutableList<int>> _groups;

    private Table(
        ImmutableList<T> rows,
        ImmutableDictionary<string, int> positionById,
        ImmutableDictionary<string, int> positionByRemoteId,
        Func<T, string?>? groupKey,
        ImmutableDictionary<string, ImmutableList<int>> groups)
    {
        _rows = rows;
        _positionById = positionById;
        _positionByRemoteId = positionByRemoteId;
        _groupKey = groupKey;
        _groups = groups;
    }

    public static Table<T> Empty(Func<T, string?>? groupKey = null) =>
        new([], ImmutableDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal),
            ImmutableDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal), groupKey,
            ImmutableDictionary<string, ImmutableList<int>>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>Builds a table in one pass; throws <see cref="DuplicateIdException"/> on a repeated id.</summary>
    public static Table<T> Create(IEnumerable<T> rows, Func<T, string?>? groupKey = null)
    {
        var list = ImmutableList.CreateBuilder<T>();
        var byId = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var byRemoteId = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var groups = new Dictionary<string, ImmutableList<int>.Builder>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var position = list.Count;
            if (!byId.TryAdd(row.Id, position))
            {
                throw new DuplicateIdException(row.Id);
            }

            if (row.RemoteId is { } remoteId)
            {
                byRemoteId.TryAdd(remoteId, position);
            }

            if (groupKey?.Invoke(row) is { } key)
            {
                if (!groups.TryGetValue(key, out var members))
                {
                    members = ImmutableList.CreateBuilder<int>();
                    groups[key] = members;
                }

                members.Add(position);
            }

            list.Add(row);
        }

        var groupIndex = groups.ToImmutableDictionary(g => g.Key, g => g.Value.ToImmutable(), StringComparer.Ordinal);
        return new Table<T>(list.ToImmutable(), byId.ToImmutable(), byRemoteId.ToImmutable(), groupKey, groupIndex);
    }

    public int Count => _rows.Count;

    /// <summary>The records in their stable order (positions are indexes into this list).</summary>
    public IReadOnlyList<T> Rows => _rows;

    public T this[int position] => _rows[position];

    public T? Find(string id) => _positionById.TryGetValue(id, out var position) ? _rows[position] : null;

    public T? FindByRemoteId(string remoteId) =>
        _positionByRemoteId.TryGetValue(remoteId, out var position) ? _rows[position] : null;

    /// <summary>Kombo's prefix for addressing a record by its remote id (digest §A8).</summary>
    public const string RemotePrefix = "remote:";

    /// <summary>A record by a reference that may be a Kombo id or <c>remote:&lt;remote id&gt;</c>.</summary>
    public T? FindByReference(string reference) =>
        reference.StartsWith(RemotePrefix, StringComparison.Ordinal)
            ? FindByRemoteId(reference[RemotePrefix.Length..])
            : Find(reference);

    /// <summary>The position of a record, or -1.</summary>
    public int PositionOf(string id) => _positionById.TryGetValue(id, out var position) ? position : -1;

    /// <summary>The records whose group key is <paramref name="key"/>, in order (including deleted ones).</summary>
    public IEnumerable<T> InGroup(string key)
    {
        if (!_groups.TryGetValue(key, out var positions))
        {
            yield break;
        }

        foreach (var position in positions)
        {
            yield return _rows[position];
        }
    }

    public Table<T> Add(T row)
    {
        if (_positionById.ContainsKey(row.Id))
        {
            throw new DuplicateIdException(row.Id);
        }

        var position = _rows.Count;
        var byRemoteId = row.RemoteId is { } remoteId && !_positionByRemoteId.ContainsKey(remoteId)
            ? _positionByRemoteId.Add(remoteId, position)
            : _positionByRemoteId;
        var groups = _groups;
        if (_groupKey?.Invoke(row) is { } key)
        {
            groups = groups.SetItem(key, groups.TryGetValue(key, out var members) ? members.Add(position) : [position]);
        }

        return new Table<T>(_rows.Add(row), _positionById.Add(row.Id, position), byRemoteId, _groupKey, groups);
    }

    /// <summary>Replaces the record with the same id; its position, remote id and group stay.</summary>
    public Table<T> Replace(T row)
    {
        var position = _positionById.TryGetValue(row.Id, out var found)
            ? found
            : throw new KeyNotFoundException($"No {typeof(T).Name} with id {row.Id}.");
        return new Table<T>(_rows.SetItem(position, row), _positionById, _positionByRemoteId, _groupKey, _groups);
    }

    public Table<T> Update(string id, Func<T, T> change)
    {
        var current = Find(id) ?? throw new KeyNotFoundException($"No {typeof(T).Name} with id {id}.");
        return Replace(change(current));
    }
}

public sealed class DuplicateIdException(string id) : Exception($"Duplicate id {id}.")
{
    public string Id { get; } = id;
}
