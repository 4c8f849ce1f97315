using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Assessment.Packages;

[Route("v1/assessment/packages")]
public sealed class PackagesController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetAssessmentPackages")]
    public Task<IActionResult> Get(CancellationToken cancellationToken) =>
        Read(new GetPackages.Query { Integration = Integration }, cancellationToken);

    [HttpPut]
    [KomboOperation("PutAssessmentPackages")]
    public Task<IActionResult> Set([FromBody] SetPackages.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration }, cancellationToken);
}
