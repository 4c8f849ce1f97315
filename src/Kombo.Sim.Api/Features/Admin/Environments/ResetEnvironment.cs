using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Environments;

/// <summary>POST /_sim/environments/{environment_id}/reset: the environment's data goes back to how it started.</summary>
public static class ResetEnvironment
{
    public sealed record Command(string EnvironmentId) : IRequest<EnvironmentModel>;

    internal sealed class Handler(World world) : IRequestHandler<Command, EnvironmentModel>
    {
        public Task<EnvironmentModel> Handle(Command command, CancellationToken cancellationToken) =>
            Task.FromResult(world.ResetEnvironment(command.EnvironmentId) && world.FindEnvironment(command.EnvironmentId) is { } environment
                ? EnvironmentModel.Of(world, environment)
                : throw KomboException.NotFound("Environment", command.EnvironmentId));
    }
}
