using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.Tags;

/// <summary>GET /ats/tags: the seeded tags and those created by adding a tag to a candidate.</summary>
public static class ListTags
{
    public sealed record Query : ListQuery, IRequest<Page<TagModel>>;

    internal sealed class Validator : ListQueryValidator<Query>;

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, Tag, TagModel>(world, mapper)
    {
        protected override Table<Tag> Source(IntegrationState state) => state.Ats.Tags;
    }
}
