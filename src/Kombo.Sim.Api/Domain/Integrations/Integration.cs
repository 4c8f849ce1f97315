namespace Kombo.Sim.Api.Domain.Integrations;

/// <summary>One connected tool of one environment (Kombo §A13).</summary>
public sealed record Integration
{
    public required string Id { get; init; }

    /// <summary>The tool's slug, e.g. <c>personio</c>.</summary>
    public required string Tool { get; init; }

    /// <summary>HRIS, ATS or ASSESSMENT.</summary>
    public required string Category { get; init; }

    /// <summary>ACTIVE, INVALID or INACTIVE.</summary>
    public string Status { get; init; } = IntegrationStatuses.Active;

    /// <summary>INCOMPLETE, FINAL_SYNC_PENDING or COMPLETED.</summary>
    public string SetupStatus { get; init; } = SetupStatuses.Completed;

    public required EndUser EndUser { get; init; }

    public ScopeConfig ScopeConfig { get; init; } = new("default", "Default scope config");

    public required DateTimeOffset CreatedAt { get; init; }

    public bool Beta { get; init; }
}

public sealed record EndUser(string OrganizationName, string? CreatorEmail, string? OriginId);

public sealed record ScopeConfig(string Id, string? Name);

public static class IntegrationStatuses
{
    public const string Active = "ACTIVE";
    public const string Invalid = "INVALID";
    public const string Inactive = "INACTIVE";
}

public static class SetupStatuses
{
    public const string Incomplete = "INCOMPLETE";
    public const string FinalSyncPending = "FINAL_SYNC_PENDING";
    public const string Completed = "COMPLETED";
}

public static class Categories
{
    public const string Hris = "HRIS";
    public const string Ats = "ATS";
    public const string Assessment = "ASSESSMENT";
}
