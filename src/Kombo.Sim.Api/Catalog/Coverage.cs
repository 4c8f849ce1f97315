namespace Kombo.Sim.Api.Catalog;

/// <summary>What a tool supports, per read model and write action, from the operations' coverage lists.</summary>
public sealed class Coverage(OperationCatalog operations, ToolCatalog tools)
{
    public const string Supported = "SUPPORTED";
    public const string Unsupported = "UNSUPPORTED";

    public IEnumerable<(CapabilityInfo Model, bool Supported)> ReadModels(string tool, string category) =>
        tools.ReadModels.GetValueOrDefault(category, [])
            .Select(m => (m, m.OperationIds.Any(id => operations.Find(id)?.IsSupportedBy(tool) == true)));

    public IEnumerable<(CapabilityInfo Action, bool Supported)> WriteActions(string tool, string category) =>
        tools.WriteActions.GetValueOrDefault(category, [])
            .Where(a => a.OperationId is not null && OperationFits(a.OperationId, tool))
            .Select(a => (a, operations.Find(a.OperationId!)?.IsSupportedBy(tool) == true));

    public static string Status(bool supported) => supported ? Supported : Unsupported;

    // DATEV and Silae write actions only exist for their own tools.
    private bool OperationFits(string operationId, string tool) => operations.Find(operationId)?.Category switch
    {
        "DATEV" => tool is "datev" or "datevlug" or "datevhr",
        "SILAE" => tool == "silae",
        _ => true,
    };
}
