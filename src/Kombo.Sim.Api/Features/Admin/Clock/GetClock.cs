using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Clock;

/// <summary>GET /_sim/clock: the simulator's current instant and whether it is frozen.</summary>
public static class GetClock
{
    public sealed record Query : IRequest<ClockModel>;

    internal sealed class Handler(SimClock clock) : IRequestHandler<Query, ClockModel>
    {
        public Task<ClockModel> Handle(Query request, CancellationToken cancellationToken) => Task.FromResult(ClockModel.Read(clock));
    }
}
