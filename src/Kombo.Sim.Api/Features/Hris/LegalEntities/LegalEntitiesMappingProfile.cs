using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.Api.Features.Hris.LegalEntities;

public sealed class LegalEntitiesMappingProfile : Profile
{
    public LegalEntitiesMappingProfile() => CreateMap<LegalEntity, LegalEntityModel>();
}
