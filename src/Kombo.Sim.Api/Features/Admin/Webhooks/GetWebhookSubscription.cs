using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;
using Kombo.Sim.Api.Webhooks;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Webhooks;

/// <summary>GET /_sim/environments/{environment_id}/webhook: where the environment's events go.</summary>
public static class GetWebhookSubscription
{
    public sealed record Query(string EnvironmentId) : IRequest<WebhookSubscriptionModel>;

    internal sealed class Handler(World world, WebhookSubscriptions subscriptions) : IRequestHandler<Query, WebhookSubscriptionModel>
    {
        public Task<WebhookSubscriptionModel> Handle(Query query, CancellationToken cancellationToken) =>
            Task.FromResult(world.FindEnvironment(query.EnvironmentId) is null
                ? throw KomboException.NotFound("Environment", query.EnvironmentId)
                : WebhookSubscriptionModel.Of(query.EnvironmentId, subscriptions.For(query.EnvironmentId)));
    }
}
