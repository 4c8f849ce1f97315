using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Ats.Applications;

[Route("v1/ats/applications")]
public sealed class ApplicationsController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetAtsApplications")]
    public Task<IActionResult> List([FromQuery] ListApplications.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);

    [HttpPut("{application_id}/stage")]
    [KomboOperation("PutAtsApplicationsApplicationIdStage")]
    public Task<IActionResult> MoveToStage([FromRoute(Name = "application_id")] string applicationId, [FromBody] MoveApplicationToStage.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, ApplicationId = applicationId }, cancellationToken);

    [HttpPost("{application_id}/result-links")]
    [KomboOperation("PostAtsApplicationsApplicationIdResultLinks")]
    public Task<IActionResult> AddResultLink([FromRoute(Name = "application_id")] string applicationId, [FromBody] AddApplicationResultLink.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, ApplicationId = applicationId }, cancellationToken);

    [HttpPost("{application_id}/notes")]
    [KomboOperation("PostAtsApplicationsApplicationIdNotes")]
    public Task<IActionResult> AddNote([FromRoute(Name = "application_id")] string applicationId, [FromBody] AddApplicationNote.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, ApplicationId = applicationId }, cancellationToken);

    [HttpPost("{application_id}/attachments")]
    [KomboOperation("PostAtsApplicationsApplicationIdAttachments")]
    public Task<IActionResult> AddAttachment([FromRoute(Name = "application_id")] string applicationId, [FromBody] AddApplicationAttachment.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, ApplicationId = applicationId }, cancellationToken);
}
