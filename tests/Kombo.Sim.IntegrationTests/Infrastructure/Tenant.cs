using System.Net.Http.Headers;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.IntegrationTests.Infrastructure;

/// <summary>Describes a test's own environment: an API key and the integrations it holds.</summary>
public sealed class TenantBuilder
{
    private readonly List<Func<IntegrationState>> _integrations = [];

    public string ApiKey { get; } = "test-key-" + Guid.NewGuid().ToString("N");

    public string EnvironmentId => KomboIds.Derive("test-environment", ApiKey);

    public HrisBuilder Hris(string tool = "personio", string? slug = null)
    {
        var builder = new HrisBuilder(tool, slug ?? $"{ApiKey}-{_integrations.Count}");
        _integrations.Add(builder.Build);
        return builder;
    }

    public AssessmentBuilder Assessment(string tool = "smartrecruiters", string? slug = null)
    {
        var builder = new AssessmentBuilder(tool, slug ?? $"{ApiKey}-{_integrations.Count}");
        _integrations.Add(builder.Build);
        return builder;
    }

    public AtsBuilder Ats(string tool = "greenhouse", string? slug = null)
    {
        var builder = new AtsBuilder(tool, slug ?? $"{ApiKey}-{_integrations.Count}");
        _integrations.Add(builder.Build);
        return builder;
    }

    /// <summary>Adds an integration built elsewhere (e.g. loaded from seed files).</summary>
    public void Integration(IntegrationState state) => _integrations.Add(() => state);

    internal Tenant Build(SimulatorHost host)
    {
        var environment = new SimEnvironment(EnvironmentId, "Test environment", ApiKey);
        host.World.AddEnvironment(environment, _integrations.Select(build => build()).ToList());
        return new Tenant(host, environment);
    }
}

/// <summary>A test's environment in the running simulator, with clients that authenticate as it.</summary>
public sealed class Tenant(SimulatorHost host, SimEnvironment environment)
{
    public SimEnvironment Environment { get; } = environment;

    public SimulatorHost Host { get; } = host;

    /// <summary>A client with the environment's API key and, when given, an <c>X-Integration-Id</c>.</summary>
    public HttpClient Client(string? integrationId = null)
    {
        var client = Host.CreateCheckedClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.ApiKey);
        if (integrationId is not null)
        {
            client.DefaultRequestHeaders.Add("X-Integration-Id", integrationId);
        }

        return client;
    }

    /// <summary>The integration's current state, read directly (to prove that a rejected write changed nothing).</summary>
    public IntegrationState State(string integrationId) =>
        Host.World.FindIntegration(Environment.Id, integrationId)?.Current
        ?? throw new InvalidOperationException($"No integration {integrationId}.");
}
