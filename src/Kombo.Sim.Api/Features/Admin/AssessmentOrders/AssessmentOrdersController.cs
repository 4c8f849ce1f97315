using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.AssessmentOrders;

/// <summary>Places assessment orders as the candidate's ATS would (Kombo then sends <c>assessment:order-received</c>).</summary>
[Route("_sim/environments/{environment_id}/integrations/{integration_id}/assessment-orders")]
public sealed class AssessmentOrdersController(IMediator mediator) : AdminControllerBase(mediator)
{
    [HttpPost]
    public Task<IActionResult> Create(
        [FromRoute(Name = "environment_id")] string environmentId,
        [FromRoute(Name = "integration_id")] string integrationId,
        [FromBody] CreateAssessmentOrder.Command? command,
        CancellationToken cancellationToken) =>
        Send((command ?? new()) with { EnvironmentId = environmentId, IntegrationId = integrationId }, cancellationToken);
}
