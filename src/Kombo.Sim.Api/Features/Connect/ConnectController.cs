using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Connect;

[Route("v1/connect")]
public sealed class ConnectController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpPost("create-link")]
    [KomboOperation("PostConnectCreateLink")]
    public Task<IActionResult> CreateLink([FromBody] CreateLink.Command? command, CancellationToken cancellationToken) =>
        Read((command ?? new()) with { EnvironmentId = EnvironmentId, BaseUrl = PublicBaseUrl }, cancellationToken);

    [HttpGet("integration-by-token/{token}")]
    [KomboOperation("GetConnectIntegrationByTokenToken")]
    public Task<IActionResult> IntegrationByToken([FromRoute] string token, CancellationToken cancellationToken) =>
        Read(new ExchangeToken.Command(EnvironmentId, token), cancellationToken);

    [HttpPost("activate-integration")]
    [KomboOperation("PostConnectActivateIntegration")]
    public Task<IActionResult> Activate([FromBody] ActivateBody? body, CancellationToken cancellationToken) =>
        Read(new ExchangeToken.Command(EnvironmentId, body?.Token), cancellationToken);

    /// <summary>The deprecated activation body: <c>{"token": "…"}</c>.</summary>
    public sealed record ActivateBody(string? Token);
}
