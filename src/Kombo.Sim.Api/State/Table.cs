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
/// The rows, and each group's member positions, are <see cref="PersistentVector{T}"/>s: a new record copies a short
/// tail, a replaced one an array per level, and every version of the table shares the rest.
/// The indexes of the records a table was created with are plain hash maps built once and never changed (a seed or a
/// generated world of half a million records indexes in a fraction of a second). The ids and remote ids of records
/// added later go into one map shared by every version of the table (<see cref="AddedPositions"/>): it only grows, and
/// a version takes an entry only when the position is within its rows and its row there has that key, so versions
/// that branched (a write computed twice, a restored snapshot) never see each other's records. Group members added
/// later go into small persistent maps layered on top of the bulk.
/// </remarks>
public sealed class Table<T>
    where T : class, IRecord
{
    private static readonly Func<T, string?> IdOf = row => row.Id;
    private static readonly Func<T, string?> RemoteIdOf = row => row.RemoteId;

    private readonly PersistentVector<T> _rows;
    private readonly Dictionary<string, int> _bulkById;
    private readonly Dictionary<string, int> _bulkByRemoteId;
    private readonly AddedPositions _addedById;
    private readonly AddedPositions _addedByRemoteId;
    private readonly Func<T, string?>? _groupKey;
    private readonly Lookup<PersistentVector<int>> _groups;

    private Table(
        PersistentVector<T> rows,
        (Dictionary<string, int> ById, Dictionary<string, int> ByRemoteId) bulk,
        (AddedPositions ById, AddedPositions ByRemoteId) added,
        Func<T, string?>? groupKey,
        Lookup<PersistentVector<int>> groups)
    {
        _rows = rows;
        (_bulkById, _bulkByRemoteId) = bulk;
        (_addedById, _addedByRemoteId) = added;
        _groupKey = groupKey;
        _groups = groups;
    }

    public static Table<T> Empty(Func<T, string?>? groupKey = null) =>
        new(PersistentVector<T>.Empty, (EmptyBulk, EmptyBulk), (new AddedPositions(IdOf), new AddedPositions(RemoteIdOf)), groupKey, Lookup<PersistentVector<int>>.Empty);

    private static readonly Dictionary<string, int> EmptyBulk = new(StringComparer.Ordinal);

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

        var groupIndex = new Dictionary<string, PersistentVector<int>>(groups.Count, StringComparer.Ordinal);
        foreach (var (key, members) in groups)
        {
            groupIndex[key] = PersistentVector<int>.CreateRange(members);
        }

        return new Table<T>(
            PersistentVector<T>.CreateRange(list),
            (byId, byRemoteId),
            (new AddedPositions(IdOf), new AddedPositions(RemoteIdOf)),
            groupKey,
            new Lookup<PersistentVector<int>>(groupIndex));
    }

    public int Count => _rows.Count;

    /// <summary>The records in their stable order (positions are indexes into this list).</summary>
    public IReadOnlyList<T> Rows => _rows;

    public T this[int position] => _rows[position];

    public T? Find(string id) => TryFindId(id, out var position) ? _rows[position] : null;

    public T? FindByRemoteId(string remoteId) => TryFindRemoteId(remoteId, out var position) ? _rows[position] : null;

    /// <summary>Kombo's prefix for addressing a record by its remote id (digest §A8).</summary>
    public const string RemotePrefix = "remote:";

    /// <summary>A record by a reference that may be a Kombo id or <c>remote:&lt;remote id&gt;</c>.</summary>
    public T? FindByReference(string reference) =>
        reference.StartsWith(RemotePrefix, StringComparison.Ordinal)
            ? FindByRemoteId(reference[RemotePrefix.Length..])
            : Find(reference);

    /// <summary>The position of a record, or -1.</summary>
    public int PositionOf(string id) => TryFindId(id, out var position) ? position : -1;

    /// <summary>
    /// The records whose group key is <paramref name="key"/>, in order (including deleted ones). A <c>foreach</c> over it
    /// allocates nothing (list pages expand every item's children this way).
    /// </summary>
    public GroupRows<T> InGroup(string key) => new(_rows, _groups.TryGetValue(key, out var positions) ? positions : null);

    public Table<T> Add(T row)
    {
        if (TryFindId(row.Id, out _))
        {
            throw new DuplicateIdException(row.Id);
        }

        var position = _rows.Count;
        var groups = _groups;
        if (_groupKey?.Invoke(row) is { } key)
        {
            groups = groups.SetItem(key, groups.TryGetValue(key, out var members) ? members.Add(position) : PersistentVector<int>.Empty.Add(position));
        }

        // The first record with a remote id keeps it.
        if (row.RemoteId is { } remoteId && !TryFindRemoteId(remoteId, out _))
        {
            _addedByRemoteId.Add(remoteId, position);
        }

        _addedById.Add(row.Id, position);
        return new Table<T>(_rows.Add(row), (_bulkById, _bulkByRemoteId), (_addedById, _addedByRemoteId), _groupKey, groups);
    }

    /// <summary>Replaces the record with the same id; its position, remote id and group stay.</summary>
    public Table<T> Replace(T row)
    {
        var position = TryFindId(row.Id, out var found)
            ? found
            : throw new KeyNotFoundException($"No {typeof(T).Name} with id {row.Id}.");
        return new Table<T>(_rows.SetItem(position, row), (_bulkById, _bulkByRemoteId), (_addedById, _addedByRemoteId), _groupKey, _groups);
    }

    public Table<T> Update(string id, Func<T, T> change)
    {
        var current = Find(id) ?? throw new KeyNotFoundException($"No {typeof(T).Name} with id {id}.");
        return Replace(change(current));
    }

    private bool TryFindId(string id, out int position) =>
        _bulkById.TryGetValue(id, out position) || _addedById.TryFind(id, _rows, out position);

    private bool TryFindRemoteId(string remoteId, out int position) =>
        _bulkByRemoteId.TryGetValue(remoteId, out position) || _addedByRemoteId.TryFind(remoteId, _rows, out position);

    /// <summary>
    /// Where records added after creation sit, for every version of one table at once: a key maps to each position a
    /// record with that key was ever added at (usually one). Entries are only ever added, concurrently by writers
    /// computing in parallel; a version reads an entry only if the position is within its rows and its row there has
    /// the key, which holds exactly for the record with that key in that version (keys are unique within a version).
    /// </summary>
    /// <remarks>
    /// A plain map under a lock rather than a concurrent one: its entries are structs in one array, so a stored record
    /// costs no objects here (a concurrent map kept a node and a position array per key, two of the few objects each
    /// write leaves behind for every later collection to trace). The second position of a key, which only branched
    /// versions produce, goes to a small side map.
    /// </remarks>
    private sealed class AddedPositions(Func<T, string?> keyOf)
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, int> _first = new(StringComparer.Ordinal);
        private Dictionary<string, int[]>? _more;

        public void Add(string key, int position)
        {
            lock (_gate)
            {
                if (_first.TryAdd(key, position) || _first[key] == position)
                {
                    return;
                }

                _more ??= new Dictionary<string, int[]>(StringComparer.Ordinal);
                var more = _more.GetValueOrDefault(key, []);
                if (!more.Contains(position))
                {
                    _more[key] = [.. more, position];
                }
            }
        }

        /// <summary>The first position of <paramref name="rows"/> whose record has <paramref name="key"/>, if one was added.</summary>
        public bool TryFind(string key, PersistentVector<T> rows, out int position)
        {
            int first;
            int[]? more = null;
            lock (_gate)
            {
                if (!_first.TryGetValue(key, out first))
                {
                    position = -1;
                    return false;
                }

                _more?.TryGetValue(key, out more);
            }

            position = Holds(rows, first, key) ? first : -1;
            foreach (var candidate in more ?? [])
            {
                if ((position < 0 || candidate < position) && Holds(rows, candidate, key))
                {
                    position = candidate;
                }
            }

            return position >= 0;
        }

        private bool Holds(PersistentVector<T> rows, int candidate, string key) =>
            candidate < rows.Count && string.Equals(keyOf(rows[candidate]), key, StringComparison.Ordinal);
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

        public Lookup<TValue> SetItem(string key, TValue value) => new(bulk, later.SetItem(key, value));
    }
}

/// <summary>The records of one group of a <see cref="Table{T}"/>, enumerable without allocating.</summary>
public readonly struct GroupRows<T> : IEnumerable<T>
    where T : class, IRecord
{
    private readonly PersistentVector<T> _rows;
    private readonly PersistentVector<int>? _positions;

    internal GroupRows(PersistentVector<T> rows, PersistentVector<int>? positions)
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
        private readonly PersistentVector<T> _rows;
        private readonly PersistentVector<int>? _positions;
        private int _index;

        internal Enumerator(PersistentVector<T> rows, PersistentVector<int>? positions)
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
