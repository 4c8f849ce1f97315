using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Ats.ApplicationStages;

[Route("v1/ats/application-stages")]
public sealed class ApplicationStagesController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetAtsApplicationStages")]
    public Task<IActionResult> List([FromQuery] ListApplicationStages.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);
}
