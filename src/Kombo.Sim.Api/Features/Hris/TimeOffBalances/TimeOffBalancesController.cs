using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Hris.TimeOffBalances;

[Route("v1/hris/time-off-balances")]
public sealed class TimeOffBalancesController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetHrisTimeOffBalances")]
    public Task<IActionResult> List([FromQuery] ListTimeOffBalances.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);
}
