using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.Api.Features.Hris.TimeOffBalances;

public sealed class TimeOffBalancesMappingProfile : Profile
{
    public TimeOffBalancesMappingProfile()
    {
        CreateMap<TimeOffBalance, TimeOffBalanceRefModel>();
        CreateMap<TimeOffBalance, TimeOffBalanceModel>()
            .IncludeBase<TimeOffBalance, TimeOffBalanceRefModel>()
            .ForMember(m => m.Type, o => o.Ignore());
    }
}
