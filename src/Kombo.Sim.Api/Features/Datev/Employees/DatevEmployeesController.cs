using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Datev.Employees;

[Route("v1/custom/datev/employees")]
public sealed class DatevEmployeesController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpPut("{employee_id}/prepare-payroll")]
    [KomboOperation("PutCustomDatevEmployeesEmployeeIdPreparePayroll")]
    public Task<IActionResult> PreparePayroll([FromRoute(Name = "employee_id")] string employeeId, [FromBody] PreparePayroll.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, EmployeeId = employeeId }, cancellationToken);

    [HttpPut("{employee_id}/compensations")]
    [KomboOperation("PutCustomDatevEmployeesEmployeeIdCompensations")]
    public Task<IActionResult> SetCompensations([FromRoute(Name = "employee_id")] string employeeId, [FromBody] SetCompensations.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, EmployeeId = employeeId }, cancellationToken);
}
