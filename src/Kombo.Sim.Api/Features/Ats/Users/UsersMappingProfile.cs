using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;

namespace Kombo.Sim.Api.Features.Ats.Users;

public sealed class UsersMappingProfile : Profile
{
    public UsersMappingProfile() => CreateMap<User, UserModel>();
}
