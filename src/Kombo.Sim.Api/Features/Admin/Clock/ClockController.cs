using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Clock;

/// <summary>The virtual clock every timestamp comes from.</summary>
[Route("_sim/clock")]
public sealed class ClockController(IMediator mediator) : AdminControllerBase(mediator)
{
    [HttpGet]
    public Task<IActionResult> Get(CancellationToken cancellationToken) => Send(new GetClock.Query(), cancellationToken);

    [HttpPut]
    public Task<IActionResult> Set([FromBody] SetClock.Command? command, CancellationToken cancellationToken) => Send(command ?? new(), cancellationToken);

    [HttpPost("advance")]
    public Task<IActionResult> Advance([FromBody] AdvanceClock.Command? command, CancellationToken cancellationToken) => Send(command ?? new(), cancellationToken);

    [HttpPost("freeze")]
    public Task<IActionResult> Freeze(CancellationToken cancellationToken) => Send(new SetClock.Command { Frozen = true }, cancellationToken);

    [HttpPost("resume")]
    public Task<IActionResult> Resume(CancellationToken cancellationToken) => Send(new SetClock.Command { Frozen = false }, cancellationToken);
}
