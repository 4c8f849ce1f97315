using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin;

/// <summary>
/// Base of the control-plane controllers under <c>/_sim</c>: bind, send one MediatR request, answer its result as plain
/// JSON. Errors still use Kombo's envelope (the shared exception handler).
/// </summary>
[ApiController]
[Produces("application/json")]
public abstract class AdminControllerBase(IMediator mediator) : Infrastructure.Http.SimControllerBase
{
    protected async Task<IActionResult> Send<T>(IRequest<T> request, CancellationToken cancellationToken) =>
        Ok(await mediator.Send(request, cancellationToken));
}
