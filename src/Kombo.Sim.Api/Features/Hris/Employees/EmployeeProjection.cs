using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Hris.Employments;
using Kombo.Sim.Api.Features.Hris.Locations;
using Kombo.Sim.Api.Features.Hris.TimeOffBalances;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.Hris.Employees;

/// <summary>Builds GET /hris/employees items: the employee plus Kombo's expanded relations (deleted ones left out).</summary>
public static class EmployeeProjection
{
    public static EmployeeModel ToModel(IMapper mapper, HrisData hris, Employee employee)
    {
        var model = mapper.Map<EmployeeModel>(employee);
        model.Employments = hris.Employments.InGroup(employee.Id)
            .Where(e => e.RemoteDeletedAt is null)
            .Select(mapper.Map<EmploymentModel>)
            .ToList();
        model.TimeOffBalances = hris.TimeOffBalances.InGroup(employee.Id)
            .Where(b => b.RemoteDeletedAt is null)
            .Select(mapper.Map<TimeOffBalanceRefModel>)
            .ToList();
        model.Manager = employee.ManagerId is { } managerId && hris.Employees.Find(managerId) is { } manager
            ? mapper.Map<EmployeeManagerModel>(manager)
            : null;
        model.Groups = employee.GroupIds
            .Select(hris.Groups.Find)
            .Where(g => g is { RemoteDeletedAt: null })
            .Select(mapper.Map<EmployeeGroupModel>)
            .ToList();
        model.Teams = model.Groups;
        model.LegalEntity = employee.LegalEntityId is { } legalEntityId && hris.LegalEntities.Find(legalEntityId) is { } legalEntity
            ? mapper.Map<EmployeeLegalEntityModel>(legalEntity)
            : null;
        model.WorkLocation = employee.WorkLocationId is { } locationId && hris.Locations.Find(locationId) is { } location
            ? mapper.Map<LocationModel>(location)
            : null;
        return model;
    }
}
