using Kombo.Sim.Api.Features.Ats.Applications;
using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Ats.Jobs;

[Route("v1/ats/jobs")]
public sealed class JobsController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetAtsJobs")]
    public Task<IActionResult> List([FromQuery] ListJobs.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);

    [HttpPost("{job_id}/applications")]
    [KomboOperation("PostAtsJobsJobIdApplications")]
    public Task<IActionResult> CreateApplication([FromRoute(Name = "job_id")] string jobId, [FromBody] CreateApplication.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, JobId = jobId }, cancellationToken);
}
