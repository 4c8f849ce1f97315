using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Hris.Groups;

/// <summary>GET /hris/teams: Kombo's deprecated alias of groups (common filters only).</summary>
public static class ListTeams
{
    public sealed record Query : ListQuery, IRequest<Page<GroupModel>>;

    internal sealed class Validator : ListQueryValidator<Query>;

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, Group, GroupModel>(world, mapper)
    {
        protected override Table<Group> Source(IntegrationState state) => state.Hris.Groups;
    }
}
