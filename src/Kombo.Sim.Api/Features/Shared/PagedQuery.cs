using Kombo.Sim.Api.State.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kombo.Sim.Api.Features.Shared;

/// <summary>
/// The paging parameters of every paginated Kombo list (digest §A5): <c>cursor</c> and <c>page_size</c>. Lists with
/// Kombo's common filters derive <see cref="ListQuery"/>; a list without them (GET /assessment/orders/open) derives
/// this directly. Values bind as raw strings and are checked by <see cref="PagedQueryValidator{T}"/>.
/// </summary>
public abstract record PagedQuery : IIntegrationRequest
{
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "page_size")]
    public string? PageSize { get; init; }

    [BindNever]
    public IntegrationKey Integration { get; init; }

    /// <summary>
    /// A fingerprint of everything that selects records (all parameters but the cursor and page size), so a
    /// cursor only continues the query it came from. Records print every property, derived ones included.
    /// </summary>
    public string Fingerprint() => State.Paging.Cursor.Fingerprint((this with { Cursor = null, PageSize = null }).ToString());

    public PageRequest Page()
    {
        var size = QueryValues.ParsePageSize(PageSize) ?? Pager.DefaultPageSize;
        var fingerprint = Fingerprint();
        var start = Cursor is not null && State.Paging.Cursor.TryDecode(Cursor, fingerprint, out var position) ? position : 0;
        return new PageRequest(start, size, fingerprint);
    }
}
