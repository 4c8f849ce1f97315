using Kombo.Sim.Api.Infrastructure.Faults;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Faults;

/// <summary>GET /_sim/faults: every rule in order of creation.</summary>
public static class ListFaultRules
{
    public sealed record Query : IRequest<Result>;

    public sealed record Result(IReadOnlyList<FaultRuleModel> Rules);

    internal sealed class Handler(FaultRegistry faults) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(new Result(faults.All.Select(FaultRuleModel.From).ToList()));
    }
}
