using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Hris.Employees;

[Route("v1/hris/employees")]
public sealed class EmployeesController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetHrisEmployees")]
    public Task<IActionResult> List([FromQuery] ListEmployees.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);

    [HttpPost]
    [KomboOperation("PostHrisEmployees")]
    public Task<IActionResult> Create([FromBody] CreateEmployee.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration }, cancellationToken);

    [HttpPatch("{employee_id}")]
    [KomboOperation("PatchHrisEmployeesEmployeeId")]
    public Task<IActionResult> Update([FromRoute(Name = "employee_id")] string employeeId, [FromBody] UpdateEmployee.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, EmployeeId = employeeId }, cancellationToken);

    [HttpPost("{employee_id}/attachments")]
    [KomboOperation("PostHrisEmployeesEmployeeIdAttachments")]
    public Task<IActionResult> AddAttachment([FromRoute(Name = "employee_id")] string employeeId, [FromBody] AddEmployeeAttachment.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, EmployeeId = employeeId }, cancellationToken);
}
