using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Reset;

/// <summary>Whole-world operations of the control plane.</summary>
[ApiController]
[Route("_sim")]
[Produces("application/json")]
public sealed class SimResetController(IMediator mediator) : ControllerBase
{
    [HttpPost("reset")]
    public async Task<IActionResult> Reset(CancellationToken cancellationToken) =>
        Ok(await mediator.Send(new ResetWorld.Command(), cancellationToken));
}
