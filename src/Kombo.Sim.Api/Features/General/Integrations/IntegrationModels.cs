namespace Kombo.Sim.Api.Features.General.Integrations;

/// <summary><c>data</c> of GET /integrations/{integration_id}.</summary>
public sealed class IntegrationDetailsModel
{
    public string Id { get; set; } = "";

    public IntegrationToolModel Tool { get; set; } = new();

    public string Category { get; set; } = "";

    public string Status { get; set; } = "";

    public string SetupStatus { get; set; } = "";

    public EndUserModel EndUser { get; set; } = new();

    public ScopeConfigModel ScopeConfig { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public bool Beta { get; set; }

    public IReadOnlyList<ReadModelModel> ReadModels { get; set; } = [];

    // Kombo's SDK requires the next two although the spec lacks them (tools/reference/SDK-STRICTNESS.md).
    public IReadOnlyList<WriteActionModel> WriteActions { get; set; } = [];

    public DateTimeOffset? DataExpiredAt { get; set; }

    /// <summary>
    /// Simulator extension (not in Kombo's contract; SDKs ignore unknown fields): the integration's latest sync, so
    /// a client can see a forced sync finish without webhooks. See docs/fidelity.md.
    /// </summary>
    public LastSyncModel? LastSync { get; set; }
}

/// <summary>The latest sync of an integration (simulator extension).</summary>
public sealed record LastSyncModel(string Id, string Type, string State, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

public sealed class IntegrationToolModel
{
    public string Id { get; set; } = "";

    public string Label { get; set; } = "";

    public string? InternalLabel { get; set; }

    public string LogoUrl { get; set; } = "";

    public string IconUrl { get; set; } = "";
}

public sealed class EndUserModel
{
    public string OrganizationName { get; set; } = "";

    public string? CreatorEmail { get; set; }

    public string? OriginId { get; set; }
}

public sealed class ScopeConfigModel
{
    public string Id { get; set; } = "";

    public string? Name { get; set; }
}

public sealed record ReadModelModel(
    string Id,
    string Label,
    bool IsAvailable,
    string CoverageStatus,
    string ScopeConfigSetting,
    bool OptedOutByCustomer,
    IReadOnlyList<ReadModelFieldModel> Fields);

public sealed record ReadModelFieldModel(string Id, bool IsAvailable, string CoverageStatus, string ScopeConfigSetting, bool OptedOutByCustomer);

public sealed record WriteActionModel(
    string Id,
    string Label,
    bool IsAvailable,
    string CoverageStatus,
    string ScopeConfigSetting,
    bool OptedOutByCustomer,
    IReadOnlyList<WriteActionFieldModel> Fields);

public sealed record WriteActionFieldModel(string Id, bool IsAvailable, string CoverageStatus);
