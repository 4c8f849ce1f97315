using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.Candidates;

/// <summary>
/// POST /ats/candidates/{candidate_id}/tags: tags the candidate by tag name, creating the tag when no tag has that
/// name (case-insensitive).
/// </summary>
public static class AddCandidateTag
{
    public sealed record Command : TagBody, IRequest<Written<Empty>>;

    internal sealed class Validator : TagBodyValidator<Command>;

    internal sealed class Handler(World world, TimeProvider clock) : EmptyWriteHandler<Command>(world, clock)
    {
        protected override (IntegrationState Next, IReadOnlyList<Warning> Warnings) Apply(IntegrationState state, Command command, DateTimeOffset now) =>
            Clean(AddTag(state, command.CandidateId, command.Tag!.Name!, now));

        private static IntegrationState AddTag(IntegrationState state, string candidateId, string name, DateTimeOffset now)
        {
            var candidate = AtsWrites.RequireCandidate(state.Ats, candidateId);
            var next = state;
            var ats = state.Ats;
            var tag = ats.FindTagByName(name);
            if (tag is null)
            {
                (next, var remoteId, var id) = next.NewRecordId("ats_tags");
                tag = new Tag { Id = id, RemoteId = remoteId, Name = name, ChangedAt = now };
                ats = ats with { Tags = ats.Tags.Add(tag) };
            }

            if (candidate.TagIds.Contains(tag.Id))
            {
                return next with { Ats = ats };
            }

            // A tag is a join, not a property of the candidate: changed_at stays, updated_after sees it.
            var tagged = candidate with { TagIds = [.. candidate.TagIds, tag.Id], TouchedAt = now };
            return next with { Ats = ats.WithCandidate(tagged, now, nestedInApplications: true) };
        }
    }
}
