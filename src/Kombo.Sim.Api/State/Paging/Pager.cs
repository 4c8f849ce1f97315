using Kombo.Sim.Api.Infrastructure.Http;

namespace Kombo.Sim.Api.State.Paging;

/// <summary>Where a page starts and how long it is.</summary>
public readonly record struct PageRequest(int Start, int Size, string Fingerprint);

/// <summary>
/// Cursor pagination over records in their stable order. A page holds the next <c>Size</c> matching records
/// from <c>Start</c>; <c>next</c> points at the first matching record after them, or is null when there is none.
/// </summary>
public static class Pager
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 250;

    /// <param name="rows">The records in stable order.</param>
    /// <param name="candidates">Ascending positions that can match (from an index), or null to scan every row.</param>
    public static Page<TOut> Paginate<T, TOut>(
        IReadOnlyList<T> rows,
        IEnumerable<int>? candidates,
        PageRequest page,
        Func<T, bool> match,
        Func<T, TOut> map)
    {
        var matched = new List<T>(Math.Min(page.Size, 64));
        foreach (var position in candidates?.Where(p => p >= page.Start) ?? Range(page.Start, rows.Count))
        {
            var row = rows[position];
            if (!match(row))
            {
                continue;
            }

            if (matched.Count == page.Size)
            {
                return new Page<TOut>(Cursor.Encode(position, page.Fingerprint), new MappedList<T, TOut>(matched, map));
            }

            matched.Add(row);
        }

        return new Page<TOut>(null, new MappedList<T, TOut>(matched, map));
    }

    private static IEnumerable<int> Range(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            yield return i;
        }
    }
}

/// <summary>
/// A page's records, mapped to their wire model one at a time as they are read (by the serializer, while it writes the
/// answer). A page of a hundred employees with their nested relations is a large object graph; built up front it
/// lived for the whole request and was promoted by every collection that request saw, so under sustained load the
/// old generation filled with dead pages. Mapped on the fly, each item dies young. Records come from an immutable
/// snapshot and mapping is pure, so reading the list twice gives equal items.
/// </summary>
public sealed class MappedList<T, TOut>(IReadOnlyList<T> rows, Func<T, TOut> map) : IReadOnlyList<TOut>
{
    public int Count => rows.Count;

    public TOut this[int index] => map(rows[index]);

    public IEnumerator<TOut> GetEnumerator()
    {
        for (var i = 0; i < rows.Count; i++)
        {
            yield return map(rows[i]);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
