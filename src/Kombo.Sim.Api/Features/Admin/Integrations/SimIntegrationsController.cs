using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Integrations;

/// <summary>The control plane's view of integrations (never under /v1).</summary>
[ApiController]
[Route("_sim/integrations")]
[Produces("application/json")]
public sealed class SimIntegrationsController(IMediator mediator) : ControllerBase
{
    [HttpGet]
    public async Task<IActionResult> List(CancellationToken cancellationToken) =>
        Ok(await mediator.Send(new ListSimIntegrations.Query(), cancellationToken));
}
