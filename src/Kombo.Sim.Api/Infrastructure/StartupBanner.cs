using Kombo.Sim.Api.State;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Kombo.Sim.Api.Infrastructure;

/// <summary>Tells the person who started the simulator where it listens and which key and integrations to use.</summary>
public static class StartupBanner
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static void Register(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var world = app.Services.GetRequiredService<World>();
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Kombo.Sim");
            foreach (var address in addresses)
            {
                logger.LogInformation("Kombo.Sim listening: base URL {BaseUrl}/v1 (control plane {BaseUrl}/_sim)", address, address);
            }

            foreach (var environment in world.Environments)
            {
                logger.LogInformation("Environment {EnvironmentName} ({EnvironmentId}): API key {ApiKey}", environment.Name, environment.Id, environment.ApiKey);
                foreach (var integration in world.IntegrationsOf(environment.Id))
                {
                    var info = integration.Current.Integration;
                    logger.LogInformation("  {Category,-10} {IntegrationId}", info.Category, info.Id);
                }
            }
        });
}
