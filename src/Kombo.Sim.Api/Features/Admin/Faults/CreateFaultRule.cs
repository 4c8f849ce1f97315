using FluentValidation;
using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Faults;
using Kombo.Sim.Api.State.Paging;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Faults;

/// <summary>POST /_sim/faults: adds a rule; it applies to matching /v1 requests from now on.</summary>
public static class CreateFaultRule
{
    public static readonly string[] Actions = ["latency", "error", "rate_limit", "drop", "sync_outcome"];

    public sealed record Command : IRequest<FaultRuleModel>
    {
        public string? OperationId { get; init; }

        public string? Method { get; init; }

        /// <summary>Kombo's path template, e.g. <c>/hris/absences/{absence_id}</c>.</summary>
        public string? Path { get; init; }

        public string? IntegrationId { get; init; }

        public string? EnvironmentId { get; init; }

        public string? Action { get; init; }

        public int? LatencyMs { get; init; }

        public int? Status { get; init; }

        public string? ErrorCode { get; init; }

        public string? Message { get; init; }

        public int? RetryAfterSeconds { get; init; }

        /// <summary>For <c>sync_outcome</c>: the state syncs of matching integrations end in.</summary>
        public string? SyncState { get; init; }

        public int? Count { get; init; }

        public double? Probability { get; init; }

        public ulong? Seed { get; init; }

        public int? ExpiresInSeconds { get; init; }

        public string? ExpiresAt { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(OperationCatalog operations)
        {
            RuleFor(c => c.Action).NotEmpty().Must(a => Actions.Contains(a)).WithMessage("action must be one of latency, error, rate_limit, drop, sync_outcome.");
            RuleFor(c => c.SyncState).NotEmpty().Must(s => Domain.Integrations.SyncStates.Final.Contains(s)).When(c => c.Action == "sync_outcome")
                .WithMessage($"sync_state must be one of {string.Join(", ", Domain.Integrations.SyncStates.Final)}.");
            RuleFor(c => c.OperationId).Must(id => operations.Find(id!) is not null).When(c => c.OperationId is not null)
                .WithMessage("operation_id must be one of Kombo's operation ids, e.g. GetHrisEmployees.");
            RuleFor(c => c.Path).Must(p => operations.All.Any(o => o.Path == p || "/v1" + o.Path == p)).When(c => c.Path is not null)
                .WithMessage("path must be a Kombo path template, e.g. /hris/absences/{absence_id}.");
            RuleFor(c => c.Method).Must(m => m!.ToUpperInvariant() is "GET" or "POST" or "PUT" or "PATCH" or "DELETE").When(c => c.Method is not null);
            RuleFor(c => c.LatencyMs).NotNull().InclusiveBetween(1, 120_000).When(c => c.Action == "latency");
            RuleFor(c => c.Status).NotNull().InclusiveBetween(400, 599).When(c => c.Action == "error");
            RuleFor(c => c.ErrorCode).NotEmpty().Must(code => ErrorCodes.FindByCode(code!) is not null).When(c => c.Action == "error")
                .WithMessage("error_code must be one of Kombo's error codes, e.g. REMOTE.SERVICE_UNAVAILABLE.");
            RuleFor(c => c.RetryAfterSeconds).InclusiveBetween(0, 86_400).When(c => c.RetryAfterSeconds is not null);
            RuleFor(c => c.Count).GreaterThan(0).When(c => c.Count is not null);
            RuleFor(c => c.Probability).InclusiveBetween(0, 1).When(c => c.Probability is not null);
            RuleFor(c => c.ExpiresInSeconds).GreaterThan(0).When(c => c.ExpiresInSeconds is not null);
            RuleFor(c => c.ExpiresAt).Must(QueryValues.IsIsoInstant).When(c => c.ExpiresAt is not null).WithMessage("expires_at must be an ISO-8601 datetime.");
        }
    }

    internal sealed class Handler(FaultRegistry faults, TimeProvider clock) : IRequestHandler<Command, FaultRuleModel>
    {
        public Task<FaultRuleModel> Handle(Command c, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var id = faults.NextId();
            DateTimeOffset? expiresAt = c.ExpiresInSeconds is { } seconds
                ? now.AddSeconds(seconds)
                : c.ExpiresAt is not null && QueryValues.TryParseIsoInstant(c.ExpiresAt, out var at) ? at : null;
            var rule = new FaultRule
            {
                Id = id,
                Match = new FaultMatch(c.OperationId, c.Method?.ToUpperInvariant(), c.Path, c.IntegrationId, c.EnvironmentId),
                Kind = c.Action switch
                {
                    "latency" => FaultKind.Latency,
                    "error" => FaultKind.Error,
                    "rate_limit" => FaultKind.RateLimit,
                    "sync_outcome" => FaultKind.SyncOutcome,
                    _ => FaultKind.Drop,
                },
                LatencyMs = c.LatencyMs ?? 0,
                Status = c.Status ?? 0,
                ErrorCode = c.ErrorCode,
                Message = c.Message,
                RetryAfterSeconds = c.RetryAfterSeconds ?? 1,
                SyncState = c.SyncState,
                Count = c.Count,
                Probability = c.Probability,
                Seed = c.Seed ?? ulong.Parse(Cursor.Fingerprint(id), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture),
                ExpiresAt = expiresAt,
                CreatedAt = now,
            };
            return Task.FromResult(FaultRuleModel.From(faults.Add(rule)));
        }
    }
}
