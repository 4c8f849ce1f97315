using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;
using Kombo.Sim.Api.Webhooks;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Webhooks;

/// <summary>PUT /_sim/environments/{environment_id}/webhook: target URL, signing secret and wanted event types.</summary>
public static class SetWebhookSubscription
{
    public sealed record Command : IRequest<WebhookSubscriptionModel>
    {
        [JsonIgnore]
        public string EnvironmentId { get; init; } = "";

        public string? Url { get; init; }

        public string? Secret { get; init; }

        /// <summary>Event types to send; empty or absent for all.</summary>
        public IReadOnlyList<string>? EventTypes { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Url).NotEmpty()
                .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                .WithMessage("url must be an absolute http(s) URL.");
            RuleFor(c => c.Secret).NotEmpty().WithMessage("secret is required: deliveries are signed with it.");
            RuleForEach(c => c.EventTypes).Must(t => WebhookEventTypes.All.Contains(t))
                .WithMessage($"event_types items must be among: {string.Join(", ", WebhookEventTypes.All.Order(StringComparer.Ordinal))}.");
        }
    }

    internal sealed class Handler(World world, WebhookSubscriptions subscriptions) : IRequestHandler<Command, WebhookSubscriptionModel>
    {
        public Task<WebhookSubscriptionModel> Handle(Command command, CancellationToken cancellationToken)
        {
            if (world.FindEnvironment(command.EnvironmentId) is null)
            {
                throw KomboException.NotFound("Environment", command.EnvironmentId);
            }

            var subscription = new WebhookSubscription(command.Url!, command.Secret!, (command.EventTypes ?? []).ToHashSet(StringComparer.Ordinal));
            subscriptions.Set(command.EnvironmentId, subscription);
            return Task.FromResult(WebhookSubscriptionModel.Of(command.EnvironmentId, subscription));
        }
    }
}
