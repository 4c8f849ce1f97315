using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.Candidates;

/// <summary>POST /ats/candidates/{candidate_id}/attachments (deprecated by Kombo in favour of the application's): keeps the file on the candidate.</summary>
public static class AddCandidateAttachment
{
    public sealed record Command : AttachmentBody, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public string CandidateId { get; init; } = "";
    }

    internal sealed class Validator : AttachmentBodyValidator<Command>
    {
        public Validator() => RuleFor(c => c.CandidateId).NotEmpty();
    }

    internal sealed class Handler(World world, TimeProvider clock) : EmptyWriteHandler<Command>(world, clock)
    {
        protected override (IntegrationState Next, IReadOnlyList<Warning> Warnings) Apply(IntegrationState state, Command command, DateTimeOffset now) =>
            Clean(AtsWrites.AddToCandidate(state, command.CandidateId, now, c => c with { Attachments = c.Attachments.Add(command.ToStoredFile(now)) }));
    }
}
