using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Ats.Tags;

[Route("v1/ats/tags")]
public sealed class TagsController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetAtsTags")]
    public Task<IActionResult> List([FromQuery] ListTags.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);
}
