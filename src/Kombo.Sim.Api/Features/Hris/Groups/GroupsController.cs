using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Hris.Groups;

[Route("v1/hris")]
public sealed class GroupsController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet("groups")]
    [KomboOperation("GetHrisGroups")]
    public Task<IActionResult> List([FromQuery] ListGroups.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);

    [HttpGet("teams")]
    [KomboOperation("GetHrisTeams")]
    public Task<IActionResult> ListTeams([FromQuery] ListTeams.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);
}
