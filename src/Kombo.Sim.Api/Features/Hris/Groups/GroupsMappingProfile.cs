using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.Api.Features.Hris.Groups;

public sealed class GroupsMappingProfile : Profile
{
    public GroupsMappingProfile() => CreateMap<Group, GroupModel>();
}
