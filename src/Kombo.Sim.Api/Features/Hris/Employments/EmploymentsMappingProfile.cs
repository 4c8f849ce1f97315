using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.Api.Features.Hris.Employments;

public sealed class EmploymentsMappingProfile : Profile
{
    public EmploymentsMappingProfile() => CreateMap<Employment, EmploymentModel>();
}
