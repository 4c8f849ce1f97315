using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Syncs;

/// <summary>The syncs of an integration (each sync-finished webhook's <c>log_url</c> points here).</summary>
[Route("_sim/environments/{environment_id}/integrations/{integration_id}/syncs")]
public sealed class SyncsController(IMediator mediator) : AdminControllerBase(mediator)
{
    [HttpGet]
    public Task<IActionResult> List(
        [FromRoute(Name = "environment_id")] string environmentId,
        [FromRoute(Name = "integration_id")] string integrationId,
        CancellationToken cancellationToken) =>
        Send(new ListSyncs.Query(environmentId, integrationId, null), cancellationToken);

    [HttpGet("{sync_id}")]
    public Task<IActionResult> Get(
        [FromRoute(Name = "environment_id")] string environmentId,
        [FromRoute(Name = "integration_id")] string integrationId,
        [FromRoute(Name = "sync_id")] string syncId,
        CancellationToken cancellationToken) =>
        Send(new ListSyncs.Query(environmentId, integrationId, syncId), cancellationToken);
}
