using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.General.Passthrough;

[Route("v1/passthrough")]
public sealed class PassthroughController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpPost("{tool}/{api}")]
    [KomboOperation("PostPassthroughToolApi")]
    public Task<IActionResult> Send(string tool, string api, [FromBody] SendPassthroughRequest.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, Tool = tool, Api = api }, cancellationToken);
}
