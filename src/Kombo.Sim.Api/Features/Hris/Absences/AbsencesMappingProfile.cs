using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.Api.Features.Hris.Absences;

public sealed class AbsencesMappingProfile : Profile
{
    public AbsencesMappingProfile()
    {
        CreateMap<Absence, AbsenceCoreModel>();
        CreateMap<Absence, AbsenceModel>()
            .IncludeBase<Absence, AbsenceCoreModel>()
            .ForMember(m => m.Type, o => o.Ignore());
    }
}
