using AutoMapper;
using Kombo.Sim.Api.Domain.Assessment;

namespace Kombo.Sim.Api.Features.Assessment.Packages;

public sealed class PackagesMappingProfile : Profile
{
    public PackagesMappingProfile()
    {
        CreateMap<AssessmentPackage, PackageModel>();
        CreateMap<PackageInput, PackageDefinition>();
    }
}
