using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.Candidates;

/// <summary>
/// DELETE /ats/candidates/{candidate_id}/tags: removes the tag with this name (case-insensitive) from the candidate.
/// Kombo: succeeds when the candidate does not have the tag; the tag itself stays.
/// </summary>
public static class RemoveCandidateTag
{
    public sealed record Command : TagBody, IRequest<Written<Empty>>;

    internal sealed class Validator : TagBodyValidator<Command>;

    internal sealed class Handler(World world, TimeProvider clock) : EmptyWriteHandler<Command>(world, clock)
    {
        protected override (IntegrationState Next, IReadOnlyList<Warning> Warnings) Apply(IntegrationState state, Command command, DateTimeOffset now) =>
            Clean(Untag(state, command.CandidateId, command.Tag!.Name!, now));

        private static IntegrationState Untag(IntegrationState state, string candidateId, string name, DateTimeOffset now)
        {
            var ats = state.Ats;
            var candidate = AtsWrites.RequireCandidate(ats, candidateId);
            var remaining = candidate.TagIds
                .Where(id => !string.Equals(ats.Tags.Find(id)?.Name, name, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (remaining.Count == candidate.TagIds.Count)
            {
                return state;
            }

            var untagged = candidate with { TagIds = remaining, TouchedAt = now };
            return state with { Ats = ats.WithCandidate(untagged, now, nestedInApplications: true) };
        }
    }
}
