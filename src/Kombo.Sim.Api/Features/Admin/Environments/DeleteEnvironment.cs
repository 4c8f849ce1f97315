using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Environments;

/// <summary>DELETE /_sim/environments/{environment_id}: the key stops working and the data is gone.</summary>
public static class DeleteEnvironment
{
    public sealed record Command(string EnvironmentId) : IRequest<Result>;

    public sealed record Result(string Deleted);

    internal sealed class Handler(World world) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command command, CancellationToken cancellationToken) =>
            Task.FromResult(world.RemoveEnvironment(command.EnvironmentId)
                ? new Result(command.EnvironmentId)
                : throw KomboException.NotFound("Environment", command.EnvironmentId));
    }
}
