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
        var results = new List<TOut>(Math.Min(page.Size, 64));
        foreach (var position in candidates?.Where(p => p >= page.Start) ?? Range(page.Start, rows.Count))
        {
            var row = rows[position];
            if (!match(row))
            {
                continue;
            }

            if (results.Count == page.Size)
            {
                return new Page<TOut>(Cursor.Encode(position, page.Fingerprint), results);
            }

            results.Add(map(row));
        }

        return new Page<TOut>(null, results);
    }

    private static IEnumerable<int> Range(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            yield return i;
        }
    }
}
