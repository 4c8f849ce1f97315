using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.General.Syncs;

[Route("v1/force-sync")]
public sealed class SyncController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpPost]
    [KomboOperation("PostForceSync")]
    public Task<IActionResult> ForceSync([FromBody] ForceSync.Command? command, CancellationToken cancellationToken) =>
        Read((command ?? new()) with { Integration = Integration, BaseUrl = PublicBaseUrl }, cancellationToken);
}
