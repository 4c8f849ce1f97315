using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;
using Kombo.Sim.Api.Webhooks;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.AssessmentOrders;

/// <summary>
/// POST /_sim/environments/{environment_id}/integrations/{integration_id}/assessment-orders: a new OPEN order for a
/// candidate and job of an assessment integration; it appears in GET /assessment/orders/open and Kombo's
/// <c>assessment:order-received</c> webhook is sent.
/// </summary>
public static class CreateAssessmentOrder
{
    public sealed record Command : IRequest<OrderReceivedPayload>
    {
        [JsonIgnore]
        public string EnvironmentId { get; init; } = "";

        [JsonIgnore]
        public string IntegrationId { get; init; } = "";

        public string? PackageId { get; init; }

        public CandidateInput? Candidate { get; init; }

        public ApplicationInput? Application { get; init; }

        public JobInput? Job { get; init; }
    }

    public sealed record CandidateInput(string? Email, string? FirstName, string? LastName, string? Phone, string? RemoteId);

    public sealed record ApplicationInput(string? RemoteId);

    public sealed record JobInput(string? RemoteId, string? Name, Address? Location, IReadOnlyList<HiringTeamInput>? HiringTeam, string? Description, string? JobCode);

    public sealed record HiringTeamInput(string? RemoteId, string? Email, string? FirstName, string? LastName, IReadOnlyList<string>? HiringTeamRoles);

    /// <summary>Kombo's <c>assessment:order-received</c> payload (also the answer of this call).</summary>
    public sealed record OrderReceivedPayload(
        string Id,
        string PackageId,
        string Status,
        string IntegrationId,
        CandidateInput Candidate,
        ApplicationInput Application,
        OrderReceivedJob Job);

    public sealed record OrderReceivedJob(string? RemoteId, string? Name, Address? Location, IReadOnlyList<HiringTeamMember> HiringTeam, string? Description, string? JobCode);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PackageId).NotEmpty();
            RuleFor(c => c.Candidate).NotNull();
            RuleFor(c => c.Candidate!.Email).NotEmpty().EmailAddress().When(c => c.Candidate is not null).OverridePropertyName("candidate.email");
            RuleForEach(c => c.Job!.HiringTeam).ChildRules(member =>
            {
                member.RuleFor(m => m.RemoteId).NotEmpty();
                member.RuleForEach(m => m.HiringTeamRoles).Must(r => AssessmentRules.HiringTeamRoles.Contains(r))
                    .WithMessage("hiring_team_roles items must be RECRUITER or HIRING_MANAGER.");
            }).When(c => c.Job?.HiringTeam is not null).OverridePropertyName("job.hiring_team");
        }
    }

    internal sealed class Handler(World world, TimeProvider clock, IWebhookPublisher webhooks) : IRequestHandler<Command, OrderReceivedPayload>
    {
        public Task<OrderReceivedPayload> Handle(Command command, CancellationToken cancellationToken)
        {
            var store = world.FindIntegration(command.EnvironmentId, command.IntegrationId)
                ?? throw new KomboException(ErrorCodes.IntegrationNotFound, $"The integration with ID {command.IntegrationId} could not be found in environment {command.EnvironmentId}.");
            var team = (command.Job?.HiringTeam ?? [])
                .Select(m => new HiringTeamMember { RemoteId = m.RemoteId!, Email = m.Email, FirstName = m.FirstName, LastName = m.LastName, HiringTeamRoles = m.HiringTeamRoles ?? [] })
                .ToList();
            var order = store.Write(state =>
            {
                if (state.Integration.Category != Categories.Assessment)
                {
                    throw KomboException.InputInvalid($"integration_id: {state.Integration.Id} is a {state.Integration.Category} integration; orders need an ASSESSMENT integration.");
                }

                if (state.Assessment.FindLivePackage(command.PackageId!) is null)
                {
                    throw KomboException.InputInvalid($"package_id: the integration has no package {command.PackageId}. Submit it with PUT /v1/assessment/packages first.");
                }

                var candidate = command.Candidate!;
                return AssessmentData.AddOrder(state, new NewAssessmentOrder
                {
                    PackageId = command.PackageId!,
                    Candidate = new OrderCandidate { Email = candidate.Email!, FirstName = candidate.FirstName, LastName = candidate.LastName, Phone = candidate.Phone, RemoteId = candidate.RemoteId },
                    Application = new OrderApplication { RemoteId = command.Application?.RemoteId },
                    Job = new OrderJob { RemoteId = command.Job?.RemoteId, Name = command.Job?.Name, Location = command.Job?.Location, HiringTeam = team },
                }, clock.GetUtcNow());
            });

            var payload = new OrderReceivedPayload(
                order.Id,
                order.PackageId,
                order.Status,
                store.Id,
                command.Candidate!,
                command.Application ?? new ApplicationInput(null),
                new OrderReceivedJob(order.Job.RemoteId, order.Job.Name, order.Job.Location, order.Job.HiringTeam, command.Job?.Description, command.Job?.JobCode));
            webhooks.Publish(command.EnvironmentId, WebhookEventTypes.AssessmentOrderReceived, payload, store.Id);
            return Task.FromResult(payload);
        }
    }
}
