using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Webhooks;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Webhooks;

/// <summary>POST /_sim/webhooks/deliveries/{delivery_id}/redeliver: sends the same event again (same id, bytes, signature).</summary>
public static class Redeliver
{
    public sealed record Command(string DeliveryId) : IRequest<DeliverySnapshot>;

    internal sealed class Handler(WebhookOutbox outbox) : IRequestHandler<Command, DeliverySnapshot>
    {
        public Task<DeliverySnapshot> Handle(Command command, CancellationToken cancellationToken) =>
            Task.FromResult(outbox.Redeliver(command.DeliveryId)
                ? outbox.Query(d => d.Id == command.DeliveryId, 1)[0]
                : throw KomboException.NotFound("Delivery", command.DeliveryId));
    }
}
