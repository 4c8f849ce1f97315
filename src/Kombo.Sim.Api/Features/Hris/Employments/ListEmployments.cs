using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Hris.Employments;

/// <summary>GET /hris/employments: employment and compensation records.</summary>
public static class ListEmployments
{
    public sealed record Query : ListQuery, IRequest<Page<EmploymentModel>>;

    internal sealed class Validator : ListQueryValidator<Query>;

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, Employment, EmploymentModel>(world, mapper)
    {
        protected override Table<Employment> Source(IntegrationState state) => state.Hris.Employments;
    }
}
