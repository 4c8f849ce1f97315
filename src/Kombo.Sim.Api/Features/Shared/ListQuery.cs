using Kombo.Sim.Api.State.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kombo.Sim.Api.Features.Shared;

/// <summary>
/// The query parameters every paginated Kombo list takes (digest §A5, §A6). Values bind as raw strings and are
/// checked by <see cref="ListQueryValidator{T}"/>, so a bad value gets Kombo's error naming the parameter.
/// </summary>
public abstract record ListQuery : IIntegrationRequest
{
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "page_size")]
    public string? PageSize { get; init; }

    [FromQuery(Name = "ids")]
    public string? Ids { get; init; }

    [FromQuery(Name = "remote_ids")]
    public string? RemoteIds { get; init; }

    [FromQuery(Name = "updated_after")]
    public string? UpdatedAfter { get; init; }

    [FromQuery(Name = "include_deleted")]
    public string? IncludeDeleted { get; init; }

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
