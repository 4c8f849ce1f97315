using Kombo.Sim.Api.Seeding;
using Kombo.Sim.Api.State;
using Kombo.Sim.IntegrationTests.Contract;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Sim.IntegrationTests.Infrastructure;

/// <summary>
/// The simulator in-process, over HTTP, starting with an empty world; each test adds the environment it needs
/// (see <see cref="TenantBuilder"/>), so tests run in parallel without resetting anything.
/// </summary>
public sealed class SimulatorHost : WebApplicationFactory<Program>
{
    /// <summary>The frozen instant of the shared host's clock.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly Action<IServiceCollection>? _configure;
    private readonly Dictionary<string, string?> _settings;

    public SimulatorHost(Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        _configure = configure;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
    }

    public World World => Services.GetRequiredService<World>();

    public SimClock Clock => Services.GetRequiredService<SimClock>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (!_settings.ContainsKey("Seed:Path"))
            {
                services.AddSingleton(new SeedWorld(Now, []));
            }

            _configure?.Invoke(services);
        });
    }

    /// <summary>A fresh environment on this host with the integrations the builder describes, and a client for it.</summary>
    public Tenant CreateTenant(Action<TenantBuilder> build)
    {
        var builder = new TenantBuilder();
        build(builder);
        return builder.Build(this);
    }

    /// <summary>A fresh environment on this host with one HRIS integration holding one employee.</summary>
    public (Tenant Tenant, HrisBuilder Hris) CreateHrisTenant()
    {
        HrisBuilder hris = null!;
        var tenant = CreateTenant(builder =>
        {
            hris = builder.Hris();
            hris.Employee();
        });
        return (tenant, hris);
    }

    /// <summary>A client whose every /v1 response is checked against Kombo's schemas.</summary>
    public HttpClient CreateCheckedClient() => CreateDefaultClient(new ContractCheckingHandler());
}
