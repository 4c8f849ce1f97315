using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Features.General.Syncs;
using Kombo.Sim.Api.State;
using Kombo.Sim.Api.Webhooks;

namespace Kombo.Sim.Api.Features.Connect;

/// <summary>Why a Connect link cannot be used (shown on the page and in scripted answers).</summary>
public sealed class ConnectLinkException(string message) : Exception(message)
{
    public ConnectLinkException()
        : this("This link cannot be used.")
    {
    }

    public ConnectLinkException(string message, Exception innerException)
        : this(message + " " + innerException.Message)
    {
    }
}

/// <summary>What completing a link produced.</summary>
public sealed record ConnectResult(string IntegrationId, string Tool, string Kind, string? Token);

/// <summary>
/// Kombo Connect as the simulator plays it: links for new connections and reconnections, completed on the simulator's
/// own page. A completed connection creates an integration with its own generated data, hands a one-time token to the
/// page (as <c>showKomboConnect(link)</c> would), sends <c>integration-created</c> and runs the first sync.
/// </summary>
public sealed class ConnectFlow(
    World world,
    TimeProvider clock,
    ToolCatalog tools,
    SyncRunner syncs,
    IWebhookPublisher webhooks,
    Seeding.Generation.IntegrationGenerator generator)
{
    public static readonly TimeSpan EmbeddedValidity = TimeSpan.FromHours(1);
    public static readonly TimeSpan MagicLinkValidity = TimeSpan.FromDays(365);
    public static readonly TimeSpan TokenValidity = TimeSpan.FromHours(1);

    public static TimeSpan Validity(string? linkType) => linkType == "MAGIC_LINK" ? MagicLinkValidity : EmbeddedValidity;

    public static string Url(string baseUrl, string token) => $"{baseUrl}/connect?token={Uri.EscapeDataString(token)}";

    /// <summary>Stores a new link in the environment and returns it.</summary>
    public ConnectLink Create(string environmentId, Func<string, DateTimeOffset, ConnectLink> build) =>
        world.UpdateData(environmentId, data =>
        {
            var sequence = data.LinkSequence + 1;
            var token = KomboIds.Derive("connect-link", environmentId, sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var link = build(token, clock.GetUtcNow());
            return (data with { LinkSequence = sequence, Links = data.Links.Add(token, link) }, link);
        });

    /// <summary>The link and its environment, or why it cannot be used.</summary>
    public (string EnvironmentId, ConnectLink Link) Usable(string token)
    {
        var (environmentId, link) = world.FindLink(token) ?? throw new ConnectLinkException("This link is not valid. Ask for a new one.");
        if (link.CompletedAt is not null)
        {
            throw new ConnectLinkException("This link has already been used.");
        }

        if (clock.GetUtcNow() > link.ExpiresAt)
        {
            throw new ConnectLinkException($"This link has expired (it was valid until {Infrastructure.Json.KomboJson.FormatTimestamp(link.ExpiresAt)}). Ask for a new one.");
        }

        return (environmentId, link);
    }

    /// <summary>The tools a link lets the customer choose from.</summary>
    public IReadOnlyList<ToolInfo> Choices(ConnectLink link) =>
        link.Tool is { } tool
            ? [tools.Find(tool) ?? new ToolInfo { Id = tool, Label = tool, Assets = new ToolAssets("", "", "") }]
            : tools.All.Where(t => t.Categories.Contains(link.Category)).OrderBy(t => t.Label, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Completes a link: connects a new integration or reconnects an existing one.</summary>
    public ConnectResult Complete(string token, string? chosenTool, string baseUrl)
    {
        var (environmentId, link) = Usable(token);
        return link.Kind == ConnectLinkKinds.Relink
            ? Reconnect(environmentId, link)
            : Connect(environmentId, link, chosenTool, baseUrl);
    }

    private ConnectResult Connect(string environmentId, ConnectLink link, string? chosenTool, string baseUrl)
    {
        var tool = link.Tool ?? chosenTool;
        if (tool is null || Choices(link).All(t => t.Id != tool))
        {
            throw new ConnectLinkException($"Choose one of the {link.Category} tools offered for this link.");
        }

        var now = clock.GetUtcNow();
        var integration = new Integration
        {
            Id = $"{tool}:{KomboIds.Derive("integration", environmentId, link.Token)}",
            Tool = tool,
            Category = link.Category,
            Status = IntegrationStatuses.Active,
            SetupStatus = link.EnableFiltering || link.EnableFieldMapping ? SetupStatuses.Incomplete : SetupStatuses.FinalSyncPending,
            EndUser = new EndUser(link.EndUserOrganizationName ?? "Unknown organization", link.EndUserEmail, link.EndUserOriginId),
            ScopeConfig = new ScopeConfig(link.ScopeConfigId ?? "default", link.ScopeConfigId is null ? "Default scope config" : null),
            CreatedAt = now,
        };
        var store = world.AddIntegration(environmentId, generator.Create(integration, now));
        var exchange = new ConnectToken(KomboIds.Derive("connect-token", environmentId, link.Token), integration.Id, now, now + TokenValidity, null);
        world.UpdateData(environmentId, data => (data with
        {
            Links = data.Links.SetItem(link.Token, link with { CompletedAt = now, ResultIntegrationId = integration.Id, ResultToken = exchange.Token }),
            Tokens = data.Tokens.SetItem(exchange.Token, exchange),
        }, 0));

        webhooks.Publish(environmentId, WebhookEventTypes.IntegrationCreated,
            new IntegrationCreatedPayload(integration.Id, integration.Tool, integration.Category, EndUserPayload.Of(integration)), integration.Id);
        if (integration.SetupStatus == SetupStatuses.FinalSyncPending)
        {
            syncs.Start(store, "FULL", baseUrl);
        }

        return new ConnectResult(integration.Id, tool, link.Kind, exchange.Token);
    }

    private ConnectResult Reconnect(string environmentId, ConnectLink link)
    {
        var store = world.FindIntegration(environmentId, link.IntegrationId!)
            ?? throw new ConnectLinkException("The integration this link reconnects no longer exists.");
        var now = clock.GetUtcNow();
        var integration = store.Write(state =>
        {
            var reconnected = state.Integration with
            {
                Status = IntegrationStatuses.Active,
                ScopeConfig = link.ScopeConfigId is { } scope ? new ScopeConfig(scope, null) : state.Integration.ScopeConfig,
            };
            return (state with { Integration = reconnected }, reconnected);
        });
        world.UpdateData(environmentId, data =>
            (data with { Links = data.Links.SetItem(link.Token, link with { CompletedAt = now, ResultIntegrationId = integration.Id }) }, 0));
        PublishStateChanged(environmentId, integration, now);
        return new ConnectResult(integration.Id, integration.Tool, link.Kind, null);
    }

    /// <summary>Kombo's <c>integration-state-changed</c> for the integration as it is now.</summary>
    public void PublishStateChanged(string environmentId, Integration integration, DateTimeOffset now) =>
        webhooks.Publish(environmentId, WebhookEventTypes.IntegrationStateChanged, new IntegrationStateChangedPayload(
            integration.Tool, integration.Id, integration.Category, EndUserPayload.Of(integration), "PASSED", integration.Status, integration.SetupStatus, now),
            integration.Id);
}
