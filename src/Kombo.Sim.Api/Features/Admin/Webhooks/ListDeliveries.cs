using FluentValidation;
using Kombo.Sim.Api.Webhooks;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Webhooks;

/// <summary>GET /_sim/webhooks/deliveries: recent deliveries with every attempt, newest first.</summary>
public static class ListDeliveries
{
    public sealed record Query : IRequest<Result>
    {
        [FromQuery(Name = "environment_id")]
        public string? EnvironmentId { get; init; }

        [FromQuery(Name = "integration_id")]
        public string? IntegrationId { get; init; }

        [FromQuery(Name = "event_type")]
        public string? EventType { get; init; }

        /// <summary>pending, delivered or failed.</summary>
        [FromQuery(Name = "state")]
        public string? State { get; init; }

        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }
    }

    public sealed record Result(IReadOnlyList<DeliverySnapshot> Deliveries);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.State).Must(s => s is DeliveryStates.Pending or DeliveryStates.Delivered or DeliveryStates.Failed)
                .When(q => q.State is not null).WithMessage("state must be pending, delivered or failed.");
            RuleFor(q => q.Limit).InclusiveBetween(1, 10_000).When(q => q.Limit is not null);
        }
    }

    internal sealed class Handler(WebhookOutbox outbox) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query q, CancellationToken cancellationToken) =>
            Task.FromResult(new Result(outbox.Query(
                d => (q.EnvironmentId is null || d.EnvironmentId == q.EnvironmentId)
                    && (q.IntegrationId is null || d.IntegrationId == q.IntegrationId)
                    && (q.EventType is null || d.EventType == q.EventType)
                    && (q.State is null || d.State == q.State),
                q.Limit ?? 100)));
    }
}
