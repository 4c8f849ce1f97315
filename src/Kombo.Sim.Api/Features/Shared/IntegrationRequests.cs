namespace Kombo.Sim.Api.Features.Shared;

/// <summary>Names one integration of one environment (integration ids are scoped to their environment).</summary>
public readonly record struct IntegrationKey(string EnvironmentId, string IntegrationId);

/// <summary>A request that acts on one integration: it carries the integration, so handlers need no HTTP.</summary>
public interface IIntegrationRequest
{
    IntegrationKey Integration { get; }
}

/// <summary>A request that acts on an environment as a whole (e.g. check-api-key, connect).</summary>
public interface IEnvironmentRequest
{
    string EnvironmentId { get; }
}
