using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Kombo.Sim.IntegrationTests.Contract;

/// <summary>
/// Kombo's response schemas, derived into the repo by tools/reference/derive_contract_schemas.py: one per
/// operation, the three error envelopes and the webhook payloads.
/// </summary>
public static partial class ContractSchemas
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Contract", "Schemas");
    private static readonly ConcurrentDictionary<string, JsonSchema> Cache = new();
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static IReadOnlyList<Operation> Operations { get; } = LoadOperations();

    private static readonly IReadOnlyDictionary<string, string> ErrorSchemaByOperation = LoadErrorIndex();

    /// <summary>The operation a /v1 request was routed to, by method and Kombo path template.</summary>
    public static Operation? Match(HttpMethod method, string path) =>
        Operations.FirstOrDefault(o => o.Method.Equals(method.Method, StringComparison.OrdinalIgnoreCase) && o.Pattern.IsMatch(path));

    /// <summary>Problems of a success body against the operation's schema (empty when valid).</summary>
    public static IReadOnlyList<string> CheckSuccess(string operationId, string body) =>
        Check(Path.Combine("operations", operationId + ".json"), body);

    /// <summary>Problems of an error body against the operation's error schema (General for unknown routes).</summary>
    public static IReadOnlyList<string> CheckError(string? operationId, string body) =>
        Check(Path.Combine("errors", (operationId is null ? null : ErrorSchemaByOperation.GetValueOrDefault(operationId)) ?? "ErrorResponseGeneral.json"), body);

    public static IReadOnlyList<string> CheckWebhook(string fileName, string body) => Check(Path.Combine("webhooks", fileName), body);

    public static IReadOnlyList<string> Check(string schemaFile, string body)
    {
        var schema = Cache.GetOrAdd(schemaFile, file => JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, file))));
        using var document = JsonDocument.Parse(body);
        var result = schema.Evaluate(document.RootElement, Options);
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Distinct()
            .Take(20)
            .ToList();
    }

    private static List<Operation> LoadOperations()
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "index.json")));
        return index.RootElement.EnumerateArray()
            .Select(o => new Operation(
                o.GetProperty("operationId").GetString()!,
                o.GetProperty("method").GetString()!,
                o.GetProperty("path").GetString()!))
            .ToList();
    }

    private static Dictionary<string, string> LoadErrorIndex()
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "errors", "index.json")));
        return index.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    public sealed partial record Operation(string OperationId, string Method, string Path)
    {
        public Regex Pattern { get; } = new("^/v1" + Placeholder().Replace(Regex.Escape(Path).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$");

        [GeneratedRegex(@"\{[a-z_]+\}")]
        private static partial Regex Placeholder();
    }
}
