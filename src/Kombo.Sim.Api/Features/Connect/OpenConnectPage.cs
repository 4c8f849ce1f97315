using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Domain.Integrations;
using MediatR;

namespace Kombo.Sim.Api.Features.Connect;

/// <summary>Opening a Connect link: the link and the tools it offers, or why it cannot be used.</summary>
public static class OpenConnectPage
{
    public sealed record Query(string Token) : IRequest<Result>;

    public sealed record Result(ConnectLink Link, IReadOnlyList<ToolInfo> Choices);

    internal sealed class Handler(ConnectFlow connect) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var (_, link) = connect.Usable(query.Token);
            return Task.FromResult(new Result(link, connect.Choices(link)));
        }
    }
}
