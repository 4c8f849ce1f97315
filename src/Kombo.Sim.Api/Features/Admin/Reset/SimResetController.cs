using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Reset;

/// <summary>Returns the world to the seed.</summary>
[Route("_sim")]
public sealed class SimResetController(IMediator mediator) : AdminControllerBase(mediator)
{
    [HttpPost("reset")]
    public Task<IActionResult> Reset(CancellationToken cancellationToken) => Send(new ResetWorld.Command(), cancellationToken);
}
