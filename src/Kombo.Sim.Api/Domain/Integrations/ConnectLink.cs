namespace Kombo.Sim.Api.Domain.Integrations;

/// <summary>A Kombo Connect link: a new connection, or the reconnection of an existing integration.</summary>
public sealed record ConnectLink
{
    public required string Token { get; init; }

    /// <summary><see cref="ConnectLinkKinds.Connect"/> or <see cref="ConnectLinkKinds.Relink"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>For a relink: the integration it reconnects.</summary>
    public string? IntegrationId { get; init; }

    public required string Category { get; init; }

    /// <summary>The tool the customer must connect; null lets them pick one of the category.</summary>
    public string? Tool { get; init; }

    public string? EndUserEmail { get; init; }

    public string? EndUserOrganizationName { get; init; }

    public string? EndUserOriginId { get; init; }

    public string? RemoteEnvironment { get; init; }

    public string Language { get; init; } = "en";

    public string? ScopeConfigId { get; init; }

    public bool EnableFiltering { get; init; }

    public bool EnableFieldMapping { get; init; }

    /// <summary>EMBEDDED (valid one hour) or MAGIC_LINK (valid one year).</summary>
    public string LinkType { get; init; } = "EMBEDDED";

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The integration the completed link created or reconnected.</summary>
    public string? ResultIntegrationId { get; init; }

    /// <summary>The one-time token handed to the page when a new connection completed.</summary>
    public string? ResultToken { get; init; }
}

public static class ConnectLinkKinds
{
    public const string Connect = "CONNECT";
    public const string Relink = "RELINK";
}

/// <summary>The one-time token Kombo Connect hands to the frontend; the backend exchanges it for the integration.</summary>
public sealed record ConnectToken(string Token, string IntegrationId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt);
