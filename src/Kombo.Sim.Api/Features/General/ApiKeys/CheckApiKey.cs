using Kombo.Sim.Api.Features.Shared;
using MediatR;

namespace Kombo.Sim.Api.Features.General.ApiKeys;

/// <summary>GET /check-api-key: the environment the key belongs to (authentication already happened).</summary>
public static class CheckApiKey
{
    public sealed record Query(string EnvironmentId) : IEnvironmentRequest, IRequest<Result>;

    /// <param name="CustomerId">Kombo's deprecated alias of the environment id.</param>
    public sealed record Result(string EnvironmentId, string CustomerId);

    internal sealed class Handler : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(new Result(request.EnvironmentId, request.EnvironmentId));
    }
}
