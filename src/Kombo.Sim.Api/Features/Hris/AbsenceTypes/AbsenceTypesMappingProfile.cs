using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.Api.Features.Hris.AbsenceTypes;

public sealed class AbsenceTypesMappingProfile : Profile
{
    public AbsenceTypesMappingProfile() => CreateMap<AbsenceType, AbsenceTypeModel>();
}
