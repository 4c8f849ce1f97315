using System.Collections.Frozen;
using System.Text.Json;
using Kombo.Sim.Api.Infrastructure.Json;

namespace Kombo.Sim.Api.Catalog;

/// <summary>One of the 54 Kombo operations the simulator serves (derived from Kombo's spec by tools/reference).</summary>
public sealed record OperationInfo
{
    public required string OperationId { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    public required string Summary { get; init; }

    public required string Tag { get; init; }

    public bool Deprecated { get; init; }

    /// <summary>GENERAL, CONNECT, HRIS, ATS, ASSESSMENT, DATEV or SILAE.</summary>
    public required string Category { get; init; }

    public bool RequiresIntegration { get; init; }

    public required string ErrorSchema { get; init; }

    public bool HasWarnings { get; init; }

    /// <summary>READ or WRITE.</summary>
    public required string Kind { get; init; }

    public string? ReadModel { get; init; }

    public string? WriteAction { get; init; }

    public IReadOnlyList<string> ChangedModels { get; init; } = [];

    /// <summary>Slugs of the tools that support the operation; null when every tool does.</summary>
    public IReadOnlyList<string>? SupportedTools { get; init; }

    public bool IsWrite => Kind == "WRITE";

    public bool IsSupportedBy(string tool) => SupportedTools is null || SupportedTools.Contains(tool, StringComparer.Ordinal);
}

/// <summary>The operations catalog, loaded once from the embedded <c>Catalog/operations.json</c>.</summary>
public sealed class OperationCatalog
{
    private readonly FrozenDictionary<string, OperationInfo> _byId;

    public OperationCatalog(IEnumerable<OperationInfo> operations)
    {
        All = operations.ToList();
        _byId = All.ToFrozenDictionary(o => o.OperationId, StringComparer.Ordinal);
    }

    public IReadOnlyList<OperationInfo> All { get; }

    public static OperationCatalog Load() => new(EmbeddedCatalog.Read<List<OperationInfo>>("operations.json"));

    public OperationInfo Get(string operationId) =>
        _byId.TryGetValue(operationId, out var operation)
            ? operation
            : throw new KeyNotFoundException($"Operation {operationId} is not in the catalog.");

    public OperationInfo? Find(string operationId) => _byId.GetValueOrDefault(operationId);
}

/// <summary>Reads the JSON files embedded from the Catalog folder.</summary>
public static class EmbeddedCatalog
{
    public static T Read<T>(string fileName)
    {
        var assembly = typeof(EmbeddedCatalog).Assembly;
        var name = $"Kombo.Sim.Api.Catalog.{fileName}";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return JsonSerializer.Deserialize<T>(stream, KomboJson.Options)
            ?? throw new InvalidOperationException($"Embedded resource {name} is empty.");
    }
}
