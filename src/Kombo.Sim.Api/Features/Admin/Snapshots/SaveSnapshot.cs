using FluentValidation;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Snapshots;

/// <summary>POST /_sim/snapshots: captures the whole world under a name (replacing a snapshot of that name).</summary>
public static class SaveSnapshot
{
    public sealed record Command : IRequest<SnapshotModel>
    {
        public string? Name { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Name).NotEmpty().MaximumLength(100).Matches("^[A-Za-z0-9._-]+$")
            .WithMessage("name must be 1 to 100 letters, digits, dots, dashes or underscores.");
    }

    internal sealed class Handler(World world, SnapshotStore snapshots, TimeProvider clock) : IRequestHandler<Command, SnapshotModel>
    {
        public Task<SnapshotModel> Handle(Command command, CancellationToken cancellationToken)
        {
            var snapshot = new Snapshot(command.Name!, clock.GetUtcNow(), world.Capture());
            var replaced = snapshots.Save(snapshot);
            return Task.FromResult(SnapshotModel.Of(snapshot, replaced));
        }
    }
}
