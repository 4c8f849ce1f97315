using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.Api.Features.Hris.Locations;

public sealed class LocationsMappingProfile : Profile
{
    public LocationsMappingProfile() => CreateMap<WorkLocation, LocationModel>();
}
