using AutoMapper;
using Kombo.Sim.Api.Domain.Assessment;

namespace Kombo.Sim.Api.Features.Assessment.Packages;

public sealed class PackagesMappingProfile : Profile
{
    public PackagesMappingProfile()
    {
        CreateMap<AssessmentPackage, PackageModel>();
        CreateMap<PackageModel, AssessmentPackage>()
            .ForMember(p => p.RemoteDeletedAt, o => o.Ignore());
        CreateMap<PackageInput, PackageDefinition>();
    }
}
