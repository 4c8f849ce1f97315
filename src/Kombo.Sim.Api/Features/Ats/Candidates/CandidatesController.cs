using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Ats.Candidates;

[Route("v1/ats/candidates")]
public sealed class CandidatesController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetAtsCandidates")]
    public Task<IActionResult> List([FromQuery] ListCandidates.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);

    [HttpPost]
    [KomboOperation("PostAtsCandidates")]
    public Task<IActionResult> Create([FromBody] CreateCandidate.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration }, cancellationToken);

    [HttpPatch("{candidate_id}")]
    [KomboOperation("PatchAtsCandidatesCandidateId")]
    public Task<IActionResult> Update([FromRoute(Name = "candidate_id")] string candidateId, [FromBody] UpdateCandidate.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, CandidateId = candidateId }, cancellationToken);

    [HttpPost("{candidate_id}/attachments")]
    [KomboOperation("PostAtsCandidatesCandidateIdAttachments")]
    public Task<IActionResult> AddAttachment([FromRoute(Name = "candidate_id")] string candidateId, [FromBody] AddCandidateAttachment.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, CandidateId = candidateId }, cancellationToken);

    [HttpPost("{candidate_id}/result-links")]
    [KomboOperation("PostAtsCandidatesCandidateIdResultLinks")]
    public Task<IActionResult> AddResultLink([FromRoute(Name = "candidate_id")] string candidateId, [FromBody] AddCandidateResultLink.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, CandidateId = candidateId }, cancellationToken);

    [HttpPost("{candidate_id}/tags")]
    [KomboOperation("PostAtsCandidatesCandidateIdTags")]
    public Task<IActionResult> AddTag([FromRoute(Name = "candidate_id")] string candidateId, [FromBody] AddCandidateTag.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, CandidateId = candidateId }, cancellationToken);

    [HttpDelete("{candidate_id}/tags")]
    [KomboOperation("DeleteAtsCandidatesCandidateIdTags")]
    public Task<IActionResult> RemoveTag([FromRoute(Name = "candidate_id")] string candidateId, [FromBody] RemoveCandidateTag.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, CandidateId = candidateId }, cancellationToken);
}
