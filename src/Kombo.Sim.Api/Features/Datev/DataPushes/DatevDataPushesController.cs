using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Datev.DataPushes;

[Route("v1/custom/datev")]
public sealed class DatevDataPushesController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet("data-pushes")]
    [KomboOperation("GetCustomDatevDataPushes")]
    public Task<IActionResult> List(CancellationToken cancellationToken) =>
        Read(new ListDataPushes.Query { Integration = Integration }, cancellationToken);

    [HttpPost("push-data/general")]
    [KomboOperation("PostCustomDatevPushDataGeneral")]
    public Task<IActionResult> PushGeneral([FromBody] PushGeneralData.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration }, cancellationToken);

    [HttpPost("push-data/payroll")]
    [KomboOperation("PostCustomDatevPushDataPayroll")]
    public Task<IActionResult> PushPayroll([FromBody] PushPayrollData.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration }, cancellationToken);
}
