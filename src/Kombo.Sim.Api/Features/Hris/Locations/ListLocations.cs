using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Hris.Locations;

/// <summary>GET /hris/locations: work locations.</summary>
public static class ListLocations
{
    public sealed record Query : ListQuery, IRequest<Page<LocationModel>>
    {
        [FromQuery(Name = "name_contains")]
        public string? NameContains { get; init; }
    }

    internal sealed class Validator : ListQueryValidator<Query>;

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, WorkLocation, LocationModel>(world, mapper)
    {
        protected override Table<WorkLocation> Source(IntegrationState state) => state.Hris.Locations;

        protected override void Filter(RecordFilter<WorkLocation> filter, Query query, IntegrationState state) =>
            filter.AndIf(query.NameContains, part => l => l.Name?.Contains(part, StringComparison.OrdinalIgnoreCase) == true);
    }
}
