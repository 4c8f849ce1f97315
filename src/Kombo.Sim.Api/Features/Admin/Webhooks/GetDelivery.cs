using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Webhooks;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Webhooks;

/// <summary>GET /_sim/webhooks/deliveries/{delivery_id}.</summary>
public static class GetDelivery
{
    public sealed record Query(string DeliveryId) : IRequest<DeliverySnapshot>;

    internal sealed class Handler(WebhookOutbox outbox) : IRequestHandler<Query, DeliverySnapshot>
    {
        public Task<DeliverySnapshot> Handle(Query query, CancellationToken cancellationToken) =>
            Task.FromResult(outbox.Query(d => d.Id == query.DeliveryId, 1) is [var delivery] ? delivery : throw KomboException.NotFound("Delivery", query.DeliveryId));
    }
}
