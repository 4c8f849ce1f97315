using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Features.General.Syncs;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Connect;

/// <summary>
/// The provisioning setup page (a link from POST /hris/provisioning-groups/{id}/setup-links). Finishing it completes an
/// integration whose setup was left open (<c>INCOMPLETE</c>): its first sync starts and the setup status follows.
/// </summary>
public static class CompleteSetup
{
    public sealed record Command(string Token, string BaseUrl, bool Finish) : IRequest<Result>;

    public sealed record Result(string IntegrationId, string Tool, string SetupStatus);

    internal sealed class Handler(World world, TimeProvider clock, SyncRunner syncs, ConnectFlow connect) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var found = world.Environments
                .SelectMany(e => world.IntegrationsOf(e.Id))
                .Select(store => (Store: store, Link: store.Current.SetupLinks.Find(l => l.Token == command.Token)))
                .FirstOrDefault(x => x.Link is not null);
            if (found.Link is null)
            {
                throw new ConnectLinkException("This setup link is not valid. Ask for a new one.");
            }

            if (now > found.Link.ExpiresAt)
            {
                throw new ConnectLinkException("This setup link has expired. Ask for a new one.");
            }

            var store = found.Store;
            if (command.Finish && store.Current.Integration.SetupStatus == SetupStatuses.Incomplete)
            {
                var integration = store.Write(state =>
                {
                    var pending = state.Integration with { SetupStatus = SetupStatuses.FinalSyncPending };
                    return (state with { Integration = pending }, pending);
                });
                connect.PublishStateChanged(store.EnvironmentId, integration, now);
                syncs.Start(store, "FULL", command.BaseUrl);
            }

            var current = store.Current.Integration;
            return Task.FromResult(new Result(current.Id, current.Tool, current.SetupStatus));
        }
    }
}
