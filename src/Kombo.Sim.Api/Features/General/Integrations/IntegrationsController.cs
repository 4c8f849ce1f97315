using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.General.Integrations;

[Route("v1/integrations/{integration_id}")]
public sealed class IntegrationsController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetIntegrationsIntegrationId")]
    public Task<IActionResult> Get([FromRoute(Name = "integration_id")] string integrationId, CancellationToken cancellationToken) =>
        Read(new GetIntegration.Query(new IntegrationKey(EnvironmentId, integrationId)), cancellationToken);

    [HttpPost("relink")]
    [KomboOperation("PostIntegrationsIntegrationIdRelink")]
    public Task<IActionResult> Relink([FromRoute(Name = "integration_id")] string integrationId, [FromBody] CreateRelinkLink.Command? command, CancellationToken cancellationToken) =>
        Read((command ?? new()) with { Integration = new IntegrationKey(EnvironmentId, integrationId), BaseUrl = PublicBaseUrl }, cancellationToken);

    [HttpDelete]
    [KomboOperation("DeleteIntegrationsIntegrationId")]
    public Task<IActionResult> Delete([FromRoute(Name = "integration_id")] string integrationId, CancellationToken cancellationToken) =>
        Read(new DeleteIntegration.Command(new IntegrationKey(EnvironmentId, integrationId)), cancellationToken);
}
