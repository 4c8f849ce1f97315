using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.Candidates;

/// <summary>POST /ats/candidates/{candidate_id}/result-links (deprecated by Kombo in favour of the application's): keeps the link on the candidate.</summary>
public static class AddCandidateResultLink
{
    public sealed record Command : ResultLinkBody, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public string CandidateId { get; init; } = "";
    }

    internal sealed class Validator : ResultLinkBodyValidator<Command>
    {
        public Validator() => RuleFor(c => c.CandidateId).NotEmpty();
    }

    internal sealed class Handler(World world, TimeProvider clock) : EmptyWriteHandler<Command>(world, clock)
    {
        protected override (IntegrationState Next, IReadOnlyList<Warning> Warnings) Apply(IntegrationState state, Command command, DateTimeOffset now) =>
            Clean(AtsWrites.AddToCandidate(state, command.CandidateId, now, c => c with { ResultLinks = c.ResultLinks.Add(command.ToResultLink(now)) }));
    }
}
