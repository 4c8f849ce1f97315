using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Faults;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Faults;

/// <summary>DELETE /_sim/faults/{id}.</summary>
public static class DeleteFaultRule
{
    public sealed record Command(string Id) : IRequest<Result>;

    public sealed record Result(string Deleted);

    internal sealed class Handler(FaultRegistry faults) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command request, CancellationToken cancellationToken) =>
            Task.FromResult(faults.Remove(request.Id) ? new Result(request.Id) : throw KomboException.NotFound("Fault rule", request.Id));
    }
}
