using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Webhooks;

/// <summary>Webhook subscriptions per environment, and the deliveries with every attempt.</summary>
[Route("_sim")]
public sealed class WebhooksController(IMediator mediator) : AdminControllerBase(mediator)
{
    [HttpGet("environments/{environment_id}/webhook")]
    public Task<IActionResult> Get([FromRoute(Name = "environment_id")] string environmentId, CancellationToken cancellationToken) =>
        Send(new GetWebhookSubscription.Query(environmentId), cancellationToken);

    [HttpPut("environments/{environment_id}/webhook")]
    public Task<IActionResult> Set([FromRoute(Name = "environment_id")] string environmentId, [FromBody] SetWebhookSubscription.Command? command, CancellationToken cancellationToken) =>
        Send((command ?? new()) with { EnvironmentId = environmentId }, cancellationToken);

    [HttpDelete("environments/{environment_id}/webhook")]
    public Task<IActionResult> Disable([FromRoute(Name = "environment_id")] string environmentId, CancellationToken cancellationToken) =>
        Send(new DisableWebhookSubscription.Command(environmentId), cancellationToken);

    [HttpGet("webhooks/deliveries")]
    public Task<IActionResult> ListDeliveries([FromQuery] ListDeliveries.Query query, CancellationToken cancellationToken) => Send(query, cancellationToken);

    [HttpGet("webhooks/deliveries/{delivery_id}")]
    public Task<IActionResult> GetDelivery([FromRoute(Name = "delivery_id")] string deliveryId, CancellationToken cancellationToken) =>
        Send(new GetDelivery.Query(deliveryId), cancellationToken);

    [HttpPost("webhooks/deliveries/{delivery_id}/redeliver")]
    public Task<IActionResult> Redeliver([FromRoute(Name = "delivery_id")] string deliveryId, CancellationToken cancellationToken) =>
        Send(new Redeliver.Command(deliveryId), cancellationToken);
}
