using MediatR;

namespace Kombo.Sim.Api.Features.Connect;

/// <summary>The customer completes a Connect link on the page (or a script does, with <c>complete=true</c>).</summary>
public static class CompleteConnectLink
{
    public sealed record Command(string Token, string? Tool, string BaseUrl) : IRequest<ConnectResult>;

    internal sealed class Handler(ConnectFlow connect) : IRequestHandler<Command, ConnectResult>
    {
        public Task<ConnectResult> Handle(Command command, CancellationToken cancellationToken) =>
            Task.FromResult(connect.Complete(command.Token, command.Tool, command.BaseUrl));
    }
}
