using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests;

/// <summary>Starts one simulator for the whole test run.</summary>
[SetUpFixture]
public sealed class Simulator
{
    private static SimulatorHost? _host;

    public static SimulatorHost Host => _host ?? throw new InvalidOperationException("The simulator host has not started.");

    /// <summary>A fresh environment with the integrations the builder describes, and a client for it.</summary>
    public static Tenant CreateTenant(Action<TenantBuilder> build) => Host.CreateTenant(build);

    [OneTimeSetUp]
    public void Start()
    {
        _host = new SimulatorHost();
        _ = _host.Server;
    }

    [OneTimeTearDown]
    public void Stop() => _host?.Dispose();
}
