using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Infrastructure.Auth;

/// <summary>The environment whose API key authenticated the request.</summary>
public sealed record CallerFeature(SimEnvironment Environment);

/// <summary>The Kombo operation a request was routed to.</summary>
public sealed record OperationFeature(OperationInfo Operation);

/// <summary>The integration named by <c>X-Integration-Id</c>, checked against the caller and the operation.</summary>
public sealed record IntegrationFeature(IntegrationKey Key, string Tool, string Category);

public static class CallerFeatureExtensions
{
    public static SimEnvironment RequireEnvironment(this HttpContext context) =>
        context.Features.Get<CallerFeature>()?.Environment
        ?? throw new InvalidOperationException("The request was not authenticated; the API key middleware must run first.");

    public static IntegrationKey RequireIntegration(this HttpContext context) =>
        context.Features.Get<IntegrationFeature>()?.Key
        ?? throw new InvalidOperationException("No integration was resolved; the operation must require X-Integration-Id.");
}
