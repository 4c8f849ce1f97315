using AutoMapper;
using Kombo.Sim.Api.Domain.Integrations;

namespace Kombo.Sim.Api.Features.General.Integrations;

public sealed class IntegrationsMappingProfile : Profile
{
    public IntegrationsMappingProfile()
    {
        CreateMap<EndUser, EndUserModel>();
        CreateMap<ScopeConfig, ScopeConfigModel>();
        CreateMap<Integration, IntegrationDetailsModel>()
            .ForMember(m => m.Tool, o => o.Ignore())
            .ForMember(m => m.ReadModels, o => o.Ignore())
            .ForMember(m => m.WriteActions, o => o.Ignore())
            .ForMember(m => m.DataExpiredAt, o => o.Ignore())
            .ForMember(m => m.LastSync, o => o.Ignore());
    }
}
