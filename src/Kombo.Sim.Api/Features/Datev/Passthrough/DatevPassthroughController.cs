using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Datev.Passthrough;

[Route("v1/custom/datev/passthrough")]
public sealed class DatevPassthroughController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpPost]
    [KomboOperation("PostCustomDatevPassthrough")]
    public Task<IActionResult> Upload([FromBody] WriteRawDatevFile.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration }, cancellationToken);
}
