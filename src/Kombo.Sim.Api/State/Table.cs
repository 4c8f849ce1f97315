using System.Collections.Immutable;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.State;

/// <summary>
/// An immutable, insertion-ordered collection of one model's records. Records are never physically removed
/// (Kombo deletes by setting <c>remote_deleted_at</c>), so a record's position never changes: positions are the
/// stable order of every list and what cursors point at. Lookups by id and remote id are indexed, and an optional
/// group key (e.g. the employee id of an absence) keeps each parent's children at hand without a scan.
/// </summary>
/// <remarks>
/// The indexes of the records a table was created with are plain hash maps built once and never changed (a seed or a
/// generated world of half a million records indexes in a fraction of a second); records added later go into small
/// persistent maps layered on top, so every version of the table shares the bulk and adding stays cheap.
/// </remarks>
public sealed class Table<T>
    where T : class, IRecord
{
    private readonly ImmutableList<T> _rows;
    private readonly Lookup<int> _positionById;
    private readonly Lookup<int> _positionByRemoteId;
    private readonly Func<T, string?>? _groupKey;
    private readonly Lookup<ImmutableList<int>> _groups;

    private Table(
        ImmutableList<T> rows,
        Lookup<int> positionById,
        Lookup<int> positionByRemoteId,
        Func<T, string?>? groupKey,
        Lookup<ImmutableList<int>> groups)
    {
        _rows = rows;
        _positionById = positionById;
        _positionByRemoteId = positionByRemoteId;
        _groupKey = groupKey;
        _groups = groups;
    }

    public static Table<T> Empty(Func<T, string?>? groupKey = null) =>
        new([], Lookup<int>.Empty, Lookup<int>.Empty, groupKey, Lookup<ImmutableList<int>>.Empty);

    /// <summary>Builds a table in one pass; throws <see cref="DuplicateIdException"/> on a repeated id.</summary>
    public static Table<T> Create(IEnumerable<T> rows, Func<T, string?>? groupKey = null)
    {
        var list = rows.ToList();
        var byId = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        var byRemoteId = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var position = 0; position < list.Count; position++)
        {
            var row = list[position];
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
                    members = [];
                    groups[key] = members;
                }

                members.Add(position);
            }
        }

        var groupIndex = new Dictionary<string, ImmutableList<int>>(groups.Count, StringComparer.Ordinal);
        foreach (var (key, members) in groups)
        {
            groupIndex[key] = ImmutableList.CreateRange(members);
        }

        return new Table<T>(ImmutableList.CreateRange(list), new Lookup<int>(byId), new Lookup<int>(byRemoteId), groupKey, new Lookup<ImmutableList<int>>(groupIndex));
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

    /// <summary>
    /// The records whose group key is <paramref name="key"/>, in order (including deleted ones). A <c>foreach</c> over it
    /// allocates nothing (list pages expand every item's children this way).
    /// </summary>
    public GroupRows<T> InGroup(string key) => new(_rows, _groups.TryGetValue(key, out var positions) ? positions : null);

    public Table<T> Add(T row)
    {
        if (_positionById.ContainsKey(row.Id))
        {
            throw new DuplicateIdException(row.Id);
        }

        var position = _rows.Count;
        var byRemoteId = row.RemoteId is { } remoteId && !_positionByRemoteId.ContainsKey(remoteId)
            ? _positionByRemoteId.SetItem(remoteId, position)
            : _positionByRemoteId;
        var groups = _groups;
        if (_groupKey?.Invoke(row) is { } key)
        {
            groups = groups.SetItem(key, groups.TryGetValue(key, out var members) ? members.Add(position) : [position]);
        }

        return new Table<T>(_rows.Add(row), _positionById.SetItem(row.Id, position), byRemoteId, _groupKey, groups);
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

    /// <summary>A read-only map built once (never changed after construction) with a persistent map of later entries on top.</summary>
    private sealed class Lookup<TValue>(Dictionary<string, TValue> bulk, ImmutableDictionary<string, TValue> later)
    {
        public static readonly Lookup<TValue> Empty = new(new Dictionary<string, TValue>(StringComparer.Ordinal));

        public Lookup(Dictionary<string, TValue> bulk)
            : this(bulk, ImmutableDictionary<string, TValue>.Empty.WithComparers(StringComparer.Ordinal))
        {
        }

        public bool TryGetValue(string key, out TValue value) => later.TryGetValue(key, out value!) || bulk.TryGetValue(key, out value!);

        public bool ContainsKey(string key) => later.ContainsKey(key) || bulk.ContainsKey(key);

        public Lookup<TValue> SetItem(string key, TValue value) => new(bulk, later.SetItem(key, value));
    }
}

/// <summary>The records of one group of a <see cref="Table{T}"/>, enumerable without allocating.</summary>
public readonly struct GroupRows<T> : IEnumerable<T>
    where T : class, IRecord
{
    private readonly ImmutableList<T> _rows;
    private readonly ImmutableList<int>? _positions;

    internal GroupRows(ImmutableList<T> rows, ImmutableList<int>? positions)
    {
        _rows = rows;
        _positions = positions;
    }

    public int Count => _positions?.Count ?? 0;

    public Enumerator GetEnumerator() => new(_rows, _positions);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<T>
    {
        private readonly ImmutableList<T> _rows;
        private readonly ImmutableList<int>? _positions;
        private int _index;

        internal Enumerator(ImmutableList<T> rows, ImmutableList<int>? positions)
        {
            _rows = rows;
            _positions = positions;
            _index = -1;
        }

        public readonly T Current => _rows[_positions![_index]];

        readonly object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext() => _positions is not null && ++_index < _positions.Count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}

public sealed class DuplicateIdException(string id) : Exception($"Duplicate id {id}.")
{
    public string Id { get; } = id;
}
