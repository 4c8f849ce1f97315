using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;

namespace Kombo.Sim.Api.Features.Ats.Tags;

public sealed class TagsMappingProfile : Profile
{
    public TagsMappingProfile() => CreateMap<Tag, TagModel>();
}
