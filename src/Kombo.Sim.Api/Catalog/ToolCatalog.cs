using System.Collections.Frozen;

namespace Kombo.Sim.Api.Catalog;

/// <summary>A tool Kombo integrates with (derived from Kombo's spec and coverage listing by tools/reference).</summary>
public sealed record ToolInfo
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public string? InternalLabel { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public required ToolAssets Assets { get; init; }

    public string? ConnectionGuideUrl { get; init; }

    public IReadOnlyList<PassthroughApi> PassthroughApis { get; init; } = [];
}

public sealed record ToolAssets(string LogoUrl, string IconUrl, string IconBlackUrl);

public sealed record PassthroughApi(string ToolApi, string? BaseUrl, string Description);

/// <summary>A read model or write action as GET /tools and GET /integrations/{id} report it.</summary>
public sealed record CapabilityInfo
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public IReadOnlyList<string> OperationIds { get; init; } = [];

    public string? OperationId { get; init; }
}

/// <summary>The tools, read models and write actions catalogs, loaded once from embedded JSON.</summary>
public sealed class ToolCatalog
{
    private readonly FrozenDictionary<string, ToolInfo> _byId;

    public ToolCatalog(
        IEnumerable<ToolInfo> tools,
        IReadOnlyDictionary<string, List<CapabilityInfo>> readModels,
        IReadOnlyDictionary<string, List<CapabilityInfo>> writeActions)
    {
        All = tools.ToList();
        _byId = All.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        ReadModels = readModels.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<CapabilityInfo>)p.Value);
        WriteActions = writeActions.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<CapabilityInfo>)p.Value);
    }

    public IReadOnlyList<ToolInfo> All { get; }

    /// <summary>Read models per category (HRIS, ATS, ASSESSMENT).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CapabilityInfo>> ReadModels { get; }

    /// <summary>Write actions per category (HRIS, ATS, ASSESSMENT).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CapabilityInfo>> WriteActions { get; }

    public static ToolCatalog Load() => new(
        EmbeddedCatalog.Read<List<ToolInfo>>("tools.json"),
        EmbeddedCatalog.Read<Dictionary<string, List<CapabilityInfo>>>("read_models.json"),
        EmbeddedCatalog.Read<Dictionary<string, List<CapabilityInfo>>>("write_actions.json"));

    public ToolInfo? Find(string toolId) => _byId.GetValueOrDefault(toolId);

    /// <summary>The tool's label, or its slug when the catalog does not know it.</summary>
    public string LabelOf(string toolId) => Find(toolId)?.Label ?? toolId;
}
