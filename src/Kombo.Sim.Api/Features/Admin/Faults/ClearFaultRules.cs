using Kombo.Sim.Api.Infrastructure.Faults;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Faults;

/// <summary>DELETE /_sim/faults: removes every rule.</summary>
public static class ClearFaultRules
{
    public sealed record Command : IRequest<Result>;

    public sealed record Result(int Cleared);

    internal sealed class Handler(FaultRegistry faults) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command request, CancellationToken cancellationToken) => Task.FromResult(new Result(faults.Clear()));
    }
}
