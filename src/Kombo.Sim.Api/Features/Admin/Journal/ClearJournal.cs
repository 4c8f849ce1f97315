using Kombo.Sim.Api.Infrastructure.Journal;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Journal;

/// <summary>DELETE /_sim/journal: forgets every entry (ids keep counting).</summary>
public static class ClearJournal
{
    public sealed record Command : IRequest<Result>;

    public sealed record Result(int Cleared);

    internal sealed class Handler(RequestJournal journal) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command request, CancellationToken cancellationToken) => Task.FromResult(new Result(journal.Clear()));
    }
}
