using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using Kombo.Sim.Api.State.Paging;

namespace Kombo.Sim.Api.Features.Shared;

/// <summary>
/// The common filters of a list (ids, remote ids, updated_after, include_deleted) plus any operation-specific
/// predicates: ANDed across filters, ORed within one comma-separated filter (digest §A6).
/// </summary>
public sealed class RecordFilter<T>
    where T : class, IRecord
{
    private readonly List<Func<T, bool>> _predicates = [];
    private readonly IReadOnlyList<string>? _ids;

    public RecordFilter(ListQuery query)
    {
        _ids = QueryValues.Csv(query.Ids);
        if (_ids is not null)
        {
            var ids = new HashSet<string>(_ids, StringComparer.Ordinal);
            _predicates.Add(r => ids.Contains(r.Id));
        }

        if (QueryValues.CsvSet(query.RemoteIds) is { } remoteIds)
        {
            _predicates.Add(r => r.RemoteId is not null && remoteIds.Contains(r.RemoteId));
        }

        if (query.UpdatedAfter is not null && QueryValues.TryParseInstant(query.UpdatedAfter, out var after))
        {
            _predicates.Add(r => r.TouchedAt > after);
        }

        if (query.IncludeDeleted != "true")
        {
            _predicates.Add(r => r.RemoteDeletedAt is null);
        }

        Page = query.Page();
    }

    public PageRequest Page { get; }

    /// <summary>Adds a predicate when the filter value is present.</summary>
    public RecordFilter<T> And(Func<T, bool> predicate)
    {
        _predicates.Add(predicate);
        return this;
    }

    public RecordFilter<T> AndIf<TValue>(TValue? value, Func<TValue, Func<T, bool>> predicate)
        where TValue : class
    {
        if (value is not null)
        {
            _predicates.Add(predicate(value));
        }

        return this;
    }

    public RecordFilter<T> AndIf<TValue>(TValue? value, Func<TValue, Func<T, bool>> predicate)
        where TValue : struct
    {
        if (value is { } present)
        {
            _predicates.Add(predicate(present));
        }

        return this;
    }

    public bool Matches(T row)
    {
        foreach (var predicate in _predicates)
        {
            if (!predicate(row))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One page of the table's matching records; an <c>ids</c> filter seeks through the id index.</summary>
    public Page<TOut> Paginate<TOut>(Table<T> table, Func<T, TOut> map)
    {
        var candidates = _ids?.Select(table.PositionOf).Where(p => p >= 0).Distinct().Order();
        return Pager.Paginate(table.Rows, candidates, Page, Matches, map);
    }

    /// <summary>One page of a derived list (no index).</summary>
    public Page<TOut> Paginate<TOut>(IReadOnlyList<T> rows, Func<T, TOut> map) =>
        Pager.Paginate(rows, null, Page, Matches, map);
}
