using Microsoft.Extensions.Options;

namespace Kombo.Sim.Api.Infrastructure.Journal;

/// <summary>
/// The bounded journal of /v1 requests: a ring of the last <see cref="JournalOptions.Capacity"/> entries, so memory stays
/// flat under any load. Ids increase by one per request for the life of the process.
/// </summary>
public sealed class RequestJournal(IOptions<JournalOptions> options)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<JournalEntry> _entries = new();
    private readonly Dictionary<long, LinkedListNode<JournalEntry>> _byId = [];
    private long _lastId;

    public int Capacity { get; } = Math.Max(1, options.Value.Capacity);

    public int MaxBodyBytes { get; } = Math.Max(0, options.Value.MaxBodyBytes);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Reserves the id of a request that is starting (it becomes the error's <c>log_url</c>).</summary>
    public long NextId() => Interlocked.Increment(ref _lastId);

    public void Add(JournalEntry entry)
    {
        lock (_gate)
        {
            _byId[entry.Id] = _entries.AddLast(entry);
            while (_entries.Count > Capacity)
            {
                _byId.Remove(_entries.First!.Value.Id);
                _entries.RemoveFirst();
            }
        }
    }

    public JournalEntry? Find(long id)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(id, out var node) ? node.Value : null;
        }
    }

    /// <summary>The entries matching <paramref name="predicate"/>, newest first.</summary>
    public IReadOnlyList<JournalEntry> Query(Func<JournalEntry, bool> predicate, int limit)
    {
        lock (_gate)
        {
            var result = new List<JournalEntry>();
            for (var node = _entries.Last; node is not null && result.Count < limit; node = node.Previous)
            {
                if (predicate(node.Value))
                {
                    result.Add(node.Value);
                }
            }

            return result;
        }
    }

    public int Clear()
    {
        lock (_gate)
        {
            var count = _entries.Count;
            _entries.Clear();
            _byId.Clear();
            return count;
        }
    }
}
