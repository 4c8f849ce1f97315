using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Integrations;

/// <summary>The control plane's view of integrations (never under /v1).</summary>
[Route("_sim/integrations")]
public sealed class SimIntegrationsController(IMediator mediator) : AdminControllerBase(mediator)
{
    [HttpGet]
    public Task<IActionResult> List(CancellationToken cancellationToken) => Send(new ListSimIntegrations.Query(), cancellationToken);
}
