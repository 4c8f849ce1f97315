using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.State;
using Kombo.Sim.Api.Webhooks;
using MediatR;

namespace Kombo.Sim.Api.Infrastructure.Behaviors;

/// <summary>
/// After a Kombo write that changed the integration's state, publishes Kombo's <c>data-changed</c> event naming the
/// models the operation changes (from the operation catalog). A write that changed nothing publishes nothing.
/// </summary>
public sealed class DataChangedBehavior<TRequest, TResponse>(IHttpContextAccessor http, World world, IWebhookPublisher webhooks)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var context = http.HttpContext;
        if (context?.Features.Get<OperationFeature>()?.Operation is not { IsWrite: true, ChangedModels.Count: > 0 } operation
            || context.Features.Get<IntegrationFeature>() is not { } integration
            || world.FindIntegration(integration.Key.EnvironmentId, integration.Key.IntegrationId) is not { } store)
        {
            return next();
        }

        // A handler that completes synchronously (every handler over the in-memory store) needs no state machine here.
        var before = store.Current.Version;
        var handled = next();
        if (!handled.IsCompletedSuccessfully)
        {
            return PublishWhenDone(handled, before, operation, integration, store);
        }

        PublishIfChanged(before, operation, integration, store);
        return handled;
    }

    private async Task<TResponse> PublishWhenDone(Task<TResponse> handled, long before, OperationInfo operation, IntegrationFeature integration, IntegrationStore store)
    {
        var response = await handled;
        PublishIfChanged(before, operation, integration, store);
        return response;
    }

    private void PublishIfChanged(long before, OperationInfo operation, IntegrationFeature integration, IntegrationStore store)
    {
        if (store.Current.Version != before && webhooks.Wants(integration.Key.EnvironmentId, WebhookEventTypes.DataChanged))
        {
            webhooks.Publish(
                integration.Key.EnvironmentId,
                WebhookEventTypes.DataChanged,
                new DataChangedPayload(integration.Key.IntegrationId, integration.Tool, integration.Category, operation.ChangedModels.Select(m => new ChangedModel(m)).ToList()),
                integration.Key.IntegrationId);
        }
    }
}
