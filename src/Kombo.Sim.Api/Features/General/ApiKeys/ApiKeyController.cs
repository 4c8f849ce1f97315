using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.General.ApiKeys;

[Route("v1/check-api-key")]
public sealed class ApiKeyController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetCheckApiKey")]
    public Task<IActionResult> Check(CancellationToken cancellationToken) =>
        Read(new CheckApiKey.Query(EnvironmentId), cancellationToken);
}
