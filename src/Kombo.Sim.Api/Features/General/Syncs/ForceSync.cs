using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.General.Syncs;

/// <summary>
/// POST /force-sync: starts a sync of the integration; while one is running, answers it with
/// <c>already_queued: true</c> as Kombo does.
/// </summary>
public static class ForceSync
{
    public static readonly string[] Types = ["FULL", "DELTA"];

    public sealed record Command : IIntegrationRequest, IRequest<Result>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string BaseUrl { get; init; } = "";

        public string? Type { get; init; }
    }

    public sealed record Result(bool AlreadyQueued, string SyncId, string Type);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Type).Must(t => t is null || Types.Contains(t)).WithMessage("type must be FULL or DELTA.");
    }

    internal sealed class Handler(World world, SyncRunner syncs) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var (sync, alreadyQueued) = syncs.Start(world.Store(command.Integration), command.Type ?? "FULL", command.BaseUrl);
            return Task.FromResult(new Result(alreadyQueued, sync.Id, sync.Type));
        }
    }
}
