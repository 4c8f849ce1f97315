using Kombo.Sim.Api.Infrastructure.Errors;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Connect;

/// <summary>
/// The Connect pages a link opens (served by the simulator itself, outside /v1). For scripted tests without a browser,
/// <c>GET /connect?token=…&amp;complete=true[&amp;tool=…]</c> completes the link and answers JSON.
/// </summary>
[ApiController]
[Route("connect")]
public sealed class ConnectPagesController(IMediator mediator) : Infrastructure.Http.SimControllerBase
{
    [HttpGet]
    public async Task<IActionResult> Open([FromQuery] string? token, [FromQuery] bool complete, [FromQuery] string? tool, CancellationToken cancellationToken)
    {
        if (complete)
        {
            try
            {
                return Ok(await mediator.Send(new CompleteConnectLink.Command(token ?? "", tool, PublicBaseUrl), cancellationToken));
            }
            catch (ConnectLinkException refused)
            {
                return new Infrastructure.Http.KomboErrorResult(ErrorCodes.InputInvalid, refused.Message);
            }
        }

        try
        {
            var page = await mediator.Send(new OpenConnectPage.Query(token ?? ""), cancellationToken);
            return Html(ConnectPages.Choose(page.Link, page.Choices), 200);
        }
        catch (ConnectLinkException refused)
        {
            return Html(ConnectPages.Error(refused.Message), 410);
        }
    }

    [HttpPost("complete")]
    [Consumes("application/x-www-form-urlencoded")]
    public async Task<IActionResult> Complete([FromForm] string? token, [FromForm] string? tool, CancellationToken cancellationToken)
    {
        try
        {
            return Html(ConnectPages.Done(await mediator.Send(new CompleteConnectLink.Command(token ?? "", tool, PublicBaseUrl), cancellationToken)), 200);
        }
        catch (ConnectLinkException refused)
        {
            return Html(ConnectPages.Error(refused.Message), 410);
        }
    }

    [HttpGet("setup")]
    public async Task<IActionResult> OpenSetup([FromQuery] string? token, CancellationToken cancellationToken)
    {
        try
        {
            var setup = await mediator.Send(new CompleteSetup.Command(token ?? "", PublicBaseUrl, Finish: false), cancellationToken);
            return Html(ConnectPages.Setup(token!, setup.IntegrationId, setup.Tool), 200);
        }
        catch (ConnectLinkException refused)
        {
            return Html(ConnectPages.Error(refused.Message), 410);
        }
    }

    [HttpPost("setup/complete")]
    [Consumes("application/x-www-form-urlencoded")]
    public async Task<IActionResult> FinishSetup([FromForm] string? token, CancellationToken cancellationToken)
    {
        try
        {
            var setup = await mediator.Send(new CompleteSetup.Command(token ?? "", PublicBaseUrl, Finish: true), cancellationToken);
            return Html(ConnectPages.SetupDone(setup.IntegrationId), 200);
        }
        catch (ConnectLinkException refused)
        {
            return Html(ConnectPages.Error(refused.Message), 410);
        }
    }

    private static ContentResult Html(string html, int status) => new() { Content = html, ContentType = "text/html; charset=utf-8", StatusCode = status };
}
