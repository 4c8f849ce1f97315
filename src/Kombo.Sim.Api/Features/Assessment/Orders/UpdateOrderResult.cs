using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMapper;
using FluentValidation;
using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Assessment.Orders;

/// <summary>
/// PUT /assessment/orders/{assessment_order_id}/result: keeps the result on the order; a COMPLETED or CANCELLED
/// result closes the order, so it leaves the open list.
/// </summary>
public static class UpdateOrderResult
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string OrderId { get; init; } = "";

        public string? Status { get; init; }

        public string? ResultUrl { get; init; }

        public string? CompletedAt { get; init; }

        public double? Score { get; init; }

        public double? MaxScore { get; init; }

        public IReadOnlyList<ResultAttributeInput>? Attributes { get; init; }

        public IReadOnlyList<FileInput>? Attachments { get; init; }

        /// <summary>Per-tool pass-through fields (e.g. <c>smartrecruiters.scoreLabel</c>); accepted and ignored.</summary>
        public JsonElement? RemoteFields { get; init; }
    }

    /// <summary>A TEXT or SUB_RESULT attribute (Kombo's <c>anyOf</c>, told apart by <c>type</c>).</summary>
    public sealed record ResultAttributeInput
    {
        public string? Type { get; init; }

        public string? Label { get; init; }

        public string? Value { get; init; }

        public string? Id { get; init; }

        public SubResultScoreInput? Score { get; init; }

        public string? Status { get; init; }
    }

    public sealed record SubResultScoreInput(double? Value, double? Max);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.OrderId).NotEmpty();
            RuleFor(c => c.Status).NotNull().Must(s => s is null || AssessmentRules.OrderStatuses.Contains(s))
                .WithMessage($"must be one of {string.Join(", ", AssessmentRules.OrderStatuses)}.");
            RuleFor(c => c.ResultUrl).NotEmpty()
                .Must(u => u is null || Uri.TryCreate(u, UriKind.Absolute, out _)).WithMessage("must be an absolute URL.");
            RuleFor(c => c.CompletedAt).Must(v => v is null || QueryValues.IsDateOrDateTime(v))
                .WithMessage("must be an ISO-8601 datetime such as 2023-04-04T00:00:00.000Z.");
            RuleFor(c => c.CompletedAt).NotNull().When(c => c.Status is not null && AssessmentRules.IsFinal(c.Status))
                .WithMessage(c => $"completed_at is required when status is {c.Status}.");
            RuleForEach(c => c.Attributes).NotNull().WithMessage("must be an attribute object.")
                .SetValidator(new ResultAttributeValidator());
            RuleFor(c => c.Attachments).Must(a => a is null || a.Count <= AssessmentRules.MaxResultAttachments)
                .WithMessage($"at most {AssessmentRules.MaxResultAttachments} attachments can be sent with a result.");
            RuleForEach(c => c.Attachments).NotNull().WithMessage("must be a file object.")
                .SetValidator(new FileInputValidator());
        }
    }

    internal sealed class ResultAttributeValidator : AbstractValidator<ResultAttributeInput>
    {
        public ResultAttributeValidator()
        {
            RuleFor(a => a.Type).NotNull().Must(t => t is null || AssessmentRules.AttributeTypes.Contains(t))
                .WithMessage($"must be one of {string.Join(", ", AssessmentRules.AttributeTypes)}.");
            RuleFor(a => a.Label).NotNull().When(a => a.Type is not null);
            When(a => a.Type == AssessmentRules.TextAttribute, () => RuleFor(a => a.Value).NotNull());
            When(a => a.Type == AssessmentRules.SubResultAttribute, () =>
            {
                RuleFor(a => a.Id).NotNull();
                RuleFor(a => a.Score).NotNull();
                RuleFor(a => a.Score!.Value).NotNull().When(a => a.Score is not null).OverridePropertyName("score.value");
                RuleFor(a => a.Score!.Max).NotNull().GreaterThanOrEqualTo(1).When(a => a.Score is not null).OverridePropertyName("score.max");
                RuleFor(a => a.Status).NotNull().Must(s => s is null || AssessmentRules.SubResultStatuses.Contains(s))
                    .WithMessage($"must be one of {string.Join(", ", AssessmentRules.SubResultStatuses)}.");
            });
        }
    }

    internal sealed class Handler(World world, TimeProvider clock, IMapper mapper) : IRequestHandler<Command, Written<Empty>>
    {
        public Task<Written<Empty>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var result = ToResult(command, now);
            world.Store(command.Integration).Write(state =>
            {
                var assessment = state.Assessment;
                var order = assessment.Orders.Find(command.OrderId) ?? throw KomboException.NotFound("Assessment order", command.OrderId);
                if (!AssessmentRules.AcceptsResult(order))
                {
                    throw KomboException.InputInvalid(
                        $"The assessment order {order.Id} is already {order.Status}. A result can only be reported while the order is OPEN.");
                }

                var reported = AssessmentRules.ReportResult(order, result);
                return (state with { Assessment = assessment with { Orders = assessment.Orders.Replace(reported) } }, 0);
            });
            return Task.FromResult(Written<Empty>.Clean(Empty.Instance));
        }

        private AssessmentResult ToResult(Command command, DateTimeOffset now) => new()
        {
            Status = command.Status!,
            ResultUrl = command.ResultUrl!,
            CompletedAt = command.CompletedAt is not null && QueryValues.TryParseInstant(command.CompletedAt, out var completedAt) ? completedAt : null,
            Score = command.Score,
            MaxScore = command.MaxScore,
            Attributes = mapper.Map<List<ResultAttribute>>(command.Attributes ?? []),
            Attachments = [.. (command.Attachments ?? []).Select(file => file.ToStoredFile(now))],
            ReceivedAt = now,
        };
    }
}
