using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;
using Kombo.Sim.Api.Webhooks;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Webhooks;

/// <summary>DELETE /_sim/environments/{environment_id}/webhook: the environment sends no more webhooks.</summary>
public static class DisableWebhookSubscription
{
    public sealed record Command(string EnvironmentId) : IRequest<WebhookSubscriptionModel>;

    internal sealed class Handler(World world, WebhookSubscriptions subscriptions) : IRequestHandler<Command, WebhookSubscriptionModel>
    {
        public Task<WebhookSubscriptionModel> Handle(Command command, CancellationToken cancellationToken)
        {
            if (world.FindEnvironment(command.EnvironmentId) is null)
            {
                throw KomboException.NotFound("Environment", command.EnvironmentId);
            }

            subscriptions.Set(command.EnvironmentId, null);
            return Task.FromResult(WebhookSubscriptionModel.Of(command.EnvironmentId, null));
        }
    }
}
