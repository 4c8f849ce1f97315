using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Records;

/// <summary>
/// Shows a record as the simulator holds it, including what no Kombo read returns (notes, attachments, result links,
/// assessment results), so tests and workshops can check that a write was kept.
/// </summary>
[Route("_sim/environments/{environment_id}/integrations/{integration_id}/records")]
public sealed class RecordsController(IMediator mediator) : AdminControllerBase(mediator)
{
    [HttpGet("{model}/{record_id}")]
    public Task<IActionResult> Get(
        [FromRoute(Name = "environment_id")] string environmentId,
        [FromRoute(Name = "integration_id")] string integrationId,
        [FromRoute] string model,
        [FromRoute(Name = "record_id")] string recordId,
        CancellationToken cancellationToken) =>
        Send(new InspectRecord.Query(environmentId, integrationId, model, recordId), cancellationToken);
}
