using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Journal;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Journal;

/// <summary>GET /_sim/journal/{id}: one entry (the target of every error's <c>log_url</c>).</summary>
public static class GetJournalEntry
{
    public sealed record Query(string Id) : IRequest<JournalEntryModel>;

    internal sealed class Handler(RequestJournal journal) : IRequestHandler<Query, JournalEntryModel>
    {
        public Task<JournalEntryModel> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(long.TryParse(request.Id, out var id) && journal.Find(id) is { } entry
                ? JournalEntryModel.From(entry)
                : throw KomboException.NotFound("Journal entry", request.Id));
    }
}
