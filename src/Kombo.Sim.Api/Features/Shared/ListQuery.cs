using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Shared;

/// <summary>
/// The paging parameters plus the common filters every paginated HRIS and ATS list takes (digest §A5, §A6).
/// Values bind as raw strings and are checked by <see cref="ListQueryValidator{T}"/>, so a bad value gets Kombo's
/// error naming the parameter.
/// </summary>
public abstract record ListQuery : PagedQuery
{
    [FromQuery(Name = "ids")]
    public string? Ids { get; init; }

    [FromQuery(Name = "remote_ids")]
    public string? RemoteIds { get; init; }

    [FromQuery(Name = "updated_after")]
    public string? UpdatedAfter { get; init; }

    [FromQuery(Name = "include_deleted")]
    public string? IncludeDeleted { get; init; }
}
