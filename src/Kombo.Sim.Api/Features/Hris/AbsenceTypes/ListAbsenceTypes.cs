using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Hris.AbsenceTypes;

/// <summary>GET /hris/absence-types.</summary>
public static class ListAbsenceTypes
{
    public sealed record Query : ListQuery, IRequest<Page<AbsenceTypeModel>>;

    internal sealed class Validator : ListQueryValidator<Query>;

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, AbsenceType, AbsenceTypeModel>(world, mapper)
    {
        protected override Table<AbsenceType> Source(IntegrationState state) => state.Hris.AbsenceTypes;
    }
}
