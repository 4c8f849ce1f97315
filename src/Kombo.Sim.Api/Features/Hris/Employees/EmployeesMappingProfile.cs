using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.Api.Features.Hris.Employees;

public sealed class EmployeesMappingProfile : Profile
{
    public EmployeesMappingProfile()
    {
        CreateMap<Employee, EmployeeUpdatedModel>();
        CreateMap<Employee, EmployeeCoreModel>().IncludeBase<Employee, EmployeeUpdatedModel>();
        CreateMap<Employee, EmployeeModel>()
            .IncludeBase<Employee, EmployeeCoreModel>()
            .ForMember(m => m.Employments, o => o.Ignore())
            .ForMember(m => m.TimeOffBalances, o => o.Ignore())
            .ForMember(m => m.Manager, o => o.Ignore())
            .ForMember(m => m.Groups, o => o.Ignore())
            .ForMember(m => m.LegalEntity, o => o.Ignore())
            .ForMember(m => m.Teams, o => o.Ignore())
            .ForMember(m => m.WorkLocation, o => o.Ignore());
        CreateMap<Employee, EmployeeManagerModel>();
        CreateMap<Group, EmployeeGroupModel>();
        CreateMap<LegalEntity, EmployeeLegalEntityModel>();
    }
}
