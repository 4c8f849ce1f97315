using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Environments;

/// <summary>Environments (API keys with their own isolated data) and resets of one environment or integration.</summary>
[Route("_sim/environments")]
public sealed class EnvironmentsController(IMediator mediator) : AdminControllerBase(mediator)
{
    [HttpPost]
    public Task<IActionResult> Create([FromBody] CreateEnvironment.Command? command, CancellationToken cancellationToken) =>
        Send(command ?? new(), cancellationToken);

    [HttpGet]
    public Task<IActionResult> List(CancellationToken cancellationToken) => Send(new ListEnvironments.Query(), cancellationToken);

    [HttpDelete("{environment_id}")]
    public Task<IActionResult> Delete([FromRoute(Name = "environment_id")] string environmentId, CancellationToken cancellationToken) =>
        Send(new DeleteEnvironment.Command(environmentId), cancellationToken);

    [HttpPost("{environment_id}/reset")]
    public Task<IActionResult> Reset([FromRoute(Name = "environment_id")] string environmentId, CancellationToken cancellationToken) =>
        Send(new ResetEnvironment.Command(environmentId), cancellationToken);

    [HttpPost("{environment_id}/integrations/{integration_id}/reset")]
    public Task<IActionResult> ResetIntegration(
        [FromRoute(Name = "environment_id")] string environmentId,
        [FromRoute(Name = "integration_id")] string integrationId,
        CancellationToken cancellationToken) =>
        Send(new ResetIntegration.Command(environmentId, integrationId), cancellationToken);
}
