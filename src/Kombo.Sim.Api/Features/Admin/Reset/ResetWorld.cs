using Kombo.Sim.Api.Seeding;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Reset;

/// <summary>
/// POST /_sim/reset: every environment and integration goes back to the seed; environments and integrations
/// created since are removed. The clock is left as it is.
/// </summary>
public static class ResetWorld
{
    public sealed record Command : IRequest<Result>;

    public sealed record Result(int Environments, int Integrations);

    internal sealed class Handler(World world, SeedWorld seed) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            world.Load(seed.Layout);
            return Task.FromResult(new Result(seed.Environments.Count, seed.Environments.Sum(e => e.Integrations.Count)));
        }
    }
}
