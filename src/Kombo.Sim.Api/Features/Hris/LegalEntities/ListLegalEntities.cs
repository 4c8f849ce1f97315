using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Hris.LegalEntities;

/// <summary>GET /hris/legal-entities.</summary>
public static class ListLegalEntities
{
    public sealed record Query : ListQuery, IRequest<Page<LegalEntityModel>>
    {
        [FromQuery(Name = "name_contains")]
        public string? NameContains { get; init; }
    }

    internal sealed class Validator : ListQueryValidator<Query>;

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, LegalEntity, LegalEntityModel>(world, mapper)
    {
        protected override Table<LegalEntity> Source(IntegrationState state) => state.Hris.LegalEntities;

        protected override void Filter(RecordFilter<LegalEntity> filter, Query query, IntegrationState state) =>
            filter.AndIf(query.NameContains, part => l => l.Name?.Contains(part, StringComparison.OrdinalIgnoreCase) == true);
    }
}
