using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Ats.Users;

[Route("v1/ats/users")]
public sealed class UsersController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetAtsUsers")]
    public Task<IActionResult> List([FromQuery] ListUsers.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);
}
