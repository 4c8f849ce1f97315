using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Hris.Absences;
using Kombo.Sim.Api.Features.Hris.AbsenceTypes;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Features.Hris.Employments;
using Kombo.Sim.Api.Features.Hris.Groups;
using Kombo.Sim.Api.Features.Hris.LegalEntities;
using Kombo.Sim.Api.Features.Hris.Locations;
using Kombo.Sim.Api.Features.Hris.TimeOffBalances;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Seeding;

/// <summary>Loads and cross-checks an integration's HRIS files.</summary>
internal static class HrisSeed
{
    public const string EmployeesFile = "employees.json";
    public const string EmploymentsFile = "employments.json";
    public const string GroupsFile = "groups.json";
    public const string LocationsFile = "locations.json";
    public const string LegalEntitiesFile = "legal-entities.json";
    public const string AbsenceTypesFile = "absence-types.json";
    public const string TimeOffBalancesFile = "time-off-balances.json";
    public const string AbsencesFile = "absences.json";

    public static HrisData Load(SeedFiles files)
    {
        var groups = files.Load<GroupModel, Group>(GroupsFile, SeedImport.ToDomain);
        var locations = files.Load<LocationModel, WorkLocation>(LocationsFile, SeedImport.ToDomain);
        var legalEntities = files.Load<LegalEntityModel, LegalEntity>(LegalEntitiesFile, SeedImport.ToDomain);
        var absenceTypes = files.Load<AbsenceTypeModel, AbsenceType>(AbsenceTypesFile, SeedImport.ToDomain);
        var employees = files.Load<EmployeeModel, Employee>(EmployeesFile, SeedImport.ToDomain);
        var employments = files.Load<EmploymentModel, Employment>(EmploymentsFile, SeedImport.ToDomain, HrisData.EmploymentGroupKey);
        var balances = files.Load<TimeOffBalanceRefModel, TimeOffBalance>(TimeOffBalancesFile, SeedImport.ToDomain, HrisData.BalanceGroupKey);
        var absences = files.Load<AbsenceCoreModel, Absence>(AbsencesFile, SeedImport.ToDomain, HrisData.AbsenceGroupKey);

        foreach (var group in groups.Rows)
        {
            files.Require(group.ParentId is null || groups.Find(group.ParentId) is not null, GroupsFile, group.Id, $"parent_id {group.ParentId}");
        }

        foreach (var employee in employees.Rows)
        {
            files.Require(employee.ManagerId is null || employees.Find(employee.ManagerId) is not null, EmployeesFile, employee.Id, $"manager_id {employee.ManagerId}");
            files.Require(employee.LegalEntityId is null || legalEntities.Find(employee.LegalEntityId) is not null, EmployeesFile, employee.Id, $"legal_entity_id {employee.LegalEntityId}");
            files.Require(employee.WorkLocationId is null || locations.Find(employee.WorkLocationId) is not null, EmployeesFile, employee.Id, $"work_location_id {employee.WorkLocationId}");
            foreach (var groupId in employee.GroupIds)
            {
                files.Require(groups.Find(groupId) is not null, EmployeesFile, employee.Id, $"group {groupId}");
            }
        }

        foreach (var employment in employments.Rows)
        {
            files.Require(employees.Find(employment.EmployeeId) is not null, EmploymentsFile, employment.Id, $"employee_id {employment.EmployeeId}");
        }

        foreach (var balance in balances.Rows)
        {
            files.Require(employees.Find(balance.EmployeeId) is not null, TimeOffBalancesFile, balance.Id, $"employee_id {balance.EmployeeId}");
            files.Require(absenceTypes.Find(balance.TypeId) is not null, TimeOffBalancesFile, balance.Id, $"type_id {balance.TypeId}");
        }

        foreach (var absence in absences.Rows)
        {
            files.Require(employees.Find(absence.EmployeeId) is not null, AbsencesFile, absence.Id, $"employee_id {absence.EmployeeId}");
            files.Require(absence.TypeId is null || absenceTypes.Find(absence.TypeId) is not null, AbsencesFile, absence.Id, $"type_id {absence.TypeId}");
        }

        var hris = new HrisData
        {
            Employees = employees,
            Employments = employments,
            Groups = groups,
            Locations = locations,
            LegalEntities = legalEntities,
            AbsenceTypes = absenceTypes,
            TimeOffBalances = balances,
            Absences = absences,
        };
        return TouchEmployeesFromRelations(hris);
    }

    /// <summary>An employee counts as updated when its employments, balances or absences changed later than itself.</summary>
    private static HrisData TouchEmployeesFromRelations(HrisData hris)
    {
        var latest = hris.Employments.Rows.Select(e => (e.EmployeeId, e.ChangedAt))
            .Concat(hris.TimeOffBalances.Rows.Select(b => (b.EmployeeId, b.ChangedAt)))
            .Concat(hris.Absences.Rows.Select(a => (a.EmployeeId, a.ChangedAt)))
            .GroupBy(x => x.EmployeeId)
            .Select(g => (EmployeeId: g.Key, At: g.Max(x => x.ChangedAt)));
        foreach (var (employeeId, at) in latest)
        {
            hris = hris.TouchEmployee(employeeId, at);
        }

        return hris;
    }
}
