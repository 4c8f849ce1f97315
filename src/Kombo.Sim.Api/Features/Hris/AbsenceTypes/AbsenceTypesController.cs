using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Hris.AbsenceTypes;

[Route("v1/hris/absence-types")]
public sealed class AbsenceTypesController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetHrisAbsenceTypes")]
    public Task<IActionResult> List([FromQuery] ListAbsenceTypes.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);
}
