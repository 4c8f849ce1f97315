using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;

namespace Kombo.Sim.Api.Features.Ats.ApplicationStages;

public sealed class ApplicationStagesMappingProfile : Profile
{
    public ApplicationStagesMappingProfile() => CreateMap<ApplicationStage, ApplicationStageModel>();
}
