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
        // Plain loops: a page maps a hundred employees, and LINQ chains per relation were most of its garbage.
        var model = mapper.Map<EmployeeModel>(employee);
        var employmentRows = hris.Employments.InGroup(employee.Id);
        var employments = new List<EmploymentModel>(employmentRows.Count);
        foreach (var employment in employmentRows)
        {
            if (employment.RemoteDeletedAt is null)
            {
                employments.Add(mapper.Map<EmploymentModel>(employment));
            }
        }

        var balanceRows = hris.TimeOffBalances.InGroup(employee.Id);
        var balances = new List<TimeOffBalanceRefModel>(balanceRows.Count);
        foreach (var balance in balanceRows)
        {
            if (balance.RemoteDeletedAt is null)
            {
                balances.Add(mapper.Map<TimeOffBalanceRefModel>(balance));
            }
        }

        var groups = new List<EmployeeGroupModel>(employee.GroupIds.Count);
        foreach (var groupId in employee.GroupIds)
        {
            if (hris.Groups.Find(groupId) is { RemoteDeletedAt: null } group)
            {
                groups.Add(mapper.Map<EmployeeGroupModel>(group));
            }
        }

        model.Employments = employments;
        model.TimeOffBalances = balances;
        model.Manager = employee.ManagerId is { } managerId && hris.Employees.Find(managerId) is { } manager
            ? mapper.Map<EmployeeManagerModel>(manager)
            : null;
        model.Groups = groups;
        model.Teams = groups;
        model.LegalEntity = employee.LegalEntityId is { } legalEntityId && hris.LegalEntities.Find(legalEntityId) is { } legalEntity
            ? mapper.Map<EmployeeLegalEntityModel>(legalEntity)
            : null;
        model.WorkLocation = employee.WorkLocationId is { } locationId && hris.Locations.Find(locationId) is { } location
            ? mapper.Map<LocationModel>(location)
            : null;
        return model;
    }
}
