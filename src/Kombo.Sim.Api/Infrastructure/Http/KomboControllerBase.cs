using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Auth;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Infrastructure.Http;

/// <summary>
/// Base of every Kombo resource controller: actions bind, send one MediatR request and wrap the answer
/// in Kombo's envelope. No logic and no store access here.
/// </summary>
[ApiController]
[Produces("application/json")]
public abstract class KomboControllerBase(IMediator mediator) : SimControllerBase
{
    /// <summary>The integration named by X-Integration-Id, already checked by <see cref="IntegrationMiddleware"/>.</summary>
    protected IntegrationKey Integration => HttpContext.RequireIntegration();

    /// <summary>The environment of the caller's API key.</summary>
    protected string EnvironmentId => HttpContext.RequireEnvironment().Id;

    protected async Task<IActionResult> Read<T>(IRequest<T> request, CancellationToken cancellationToken) =>
        new KomboJsonResult<SuccessEnvelope<T>>(new SuccessEnvelope<T> { Data = await mediator.Send(request, cancellationToken) });

    protected async Task<IActionResult> Write<T>(IRequest<Written<T>> request, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(request, cancellationToken);
        return new KomboJsonResult<WriteEnvelope<T>>(new WriteEnvelope<T> { Data = result.Data, Warnings = result.Warnings });
    }
}
