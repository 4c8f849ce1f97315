using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Silae.PayrollSupplements;

[Route("v1/custom/silae/employees")]
public sealed class SilaePayrollSupplementsController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpPost("{employee_id}/payroll-supplements")]
    [KomboOperation("PostCustomSilaeEmployeesEmployeeIdPayrollSupplements")]
    public Task<IActionResult> Create([FromRoute(Name = "employee_id")] string employeeId, [FromBody] WritePayrollSupplement.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, EmployeeId = employeeId }, cancellationToken);
}
