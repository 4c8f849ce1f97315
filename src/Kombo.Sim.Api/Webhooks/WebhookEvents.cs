using Kombo.Sim.Api.Domain.Integrations;

namespace Kombo.Sim.Api.Webhooks;

/// <summary>The Kombo webhook event types the simulator sends.</summary>
public static class WebhookEventTypes
{
    public const string DataChanged = "data-changed";
    public const string SyncFinished = "sync-finished";
    public const string IntegrationCreated = "integration-created";
    public const string IntegrationDeleted = "integration-deleted";
    public const string IntegrationStateChanged = "integration-state-changed";
    public const string AssessmentOrderReceived = "assessment:order-received";
    public const string ConnectionFlowFailed = "connection-flow-failed";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        DataChanged, SyncFinished, IntegrationCreated, IntegrationDeleted, IntegrationStateChanged, AssessmentOrderReceived, ConnectionFlowFailed,
    };

    public static IReadOnlySet<string> Parse(string? commaSeparated) =>
        (commaSeparated ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}

/// <summary>Kombo's end-user object in webhook payloads.</summary>
public sealed record EndUserPayload(string OrganizationName, string? CreatorEmail, string? OriginId)
{
    public static EndUserPayload Of(Integration integration) =>
        new(integration.EndUser.OrganizationName, integration.EndUser.CreatorEmail, integration.EndUser.OriginId);
}

/// <summary><c>data</c> of <c>data-changed</c>.</summary>
public sealed record DataChangedPayload(string IntegrationId, string IntegrationTool, string IntegrationCategory, IReadOnlyList<ChangedModel> ChangedModels);

public sealed record ChangedModel(string Name);

/// <summary><c>data</c> of <c>integration-created</c>.</summary>
public sealed record IntegrationCreatedPayload(string Id, string Tool, string Category, EndUserPayload EndUser);

/// <summary><c>data</c> of <c>integration-deleted</c>.</summary>
public sealed record IntegrationDeletedPayload(string Id, string Tool, string Category, EndUserPayload EndUser, DateTimeOffset DeletedAt);

/// <summary><c>data</c> of <c>integration-state-changed</c> (Kombo's SDK also requires <c>setup_status</c>).</summary>
public sealed record IntegrationStateChangedPayload(
    string IntegrationTool,
    string IntegrationId,
    string IntegrationCategory,
    EndUserPayload EndUser,
    string QaStatus,
    string State,
    string SetupStatus,
    DateTimeOffset UpdatedAt);

/// <summary><c>data</c> of <c>sync-finished</c>.</summary>
public sealed record SyncFinishedPayload(
    string SyncId,
    string SyncState,
    DateTimeOffset SyncStartedAt,
    DateTimeOffset SyncEndedAt,
    long SyncDurationSeconds,
    string IntegrationId,
    string IntegrationTool,
    string IntegrationCategory,
    EndUserPayload EndUser,
    string LogUrl);
