using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Transfer;

/// <summary>Moves integrations in and out of the simulator in the seed format.</summary>
[Route("_sim/environments/{environment_id}/integrations")]
public sealed class TransferController(IMediator mediator) : AdminControllerBase(mediator)
{
    [HttpGet("{integration_id}/export")]
    public Task<IActionResult> Export(
        [FromRoute(Name = "environment_id")] string environmentId,
        [FromRoute(Name = "integration_id")] string integrationId,
        CancellationToken cancellationToken) =>
        Send(new ExportIntegration.Query(environmentId, integrationId), cancellationToken);

    [HttpPost("import")]
    public Task<IActionResult> Import(
        [FromRoute(Name = "environment_id")] string environmentId,
        [FromBody] ImportIntegration.Command? command,
        CancellationToken cancellationToken) =>
        Send((command ?? new()) with { EnvironmentId = environmentId }, cancellationToken);
}
