using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.General.Tools;

[Route("v1/tools/{category}")]
public sealed class ToolsController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetToolsCategory")]
    public Task<IActionResult> List([FromRoute(Name = "category")] string category, CancellationToken cancellationToken) =>
        Read(new ListTools.Query(category), cancellationToken);
}
