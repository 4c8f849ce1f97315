using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Faults;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Faults;

/// <summary>GET /_sim/faults/{id}.</summary>
public static class GetFaultRule
{
    public sealed record Query(string Id) : IRequest<FaultRuleModel>;

    internal sealed class Handler(FaultRegistry faults) : IRequestHandler<Query, FaultRuleModel>
    {
        public Task<FaultRuleModel> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(faults.Find(request.Id) is { } status
                ? FaultRuleModel.From(status)
                : throw KomboException.NotFound("Fault rule", request.Id));
    }
}
