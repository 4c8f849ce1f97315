using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Infrastructure.Auth;

/// <summary>
/// Resolves <c>X-Integration-Id</c> for the operations that declare it and answers as Kombo does when the
/// integration is missing, unknown, of another environment, not set up, inactive, or of a tool or category
/// that does not support the operation (digest §A2, §A13).
/// </summary>
public sealed class IntegrationMiddleware(RequestDelegate next, World world, OperationCatalog operations, ToolCatalog tools)
{
    public const string HeaderName = "X-Integration-Id";

    public Task InvokeAsync(HttpContext context)
    {
        var operationId = context.GetEndpoint()?.Metadata.GetMetadata<KomboOperationAttribute>()?.OperationId;
        if (operationId is null || context.Features.Get<CallerFeature>() is not { } caller)
        {
            return next(context);
        }

        var operation = operations.Get(operationId);
        context.Features.Set(new OperationFeature(operation));
        if (!operation.RequiresIntegration)
        {
            return next(context);
        }

        var integrationId = context.Request.Headers[HeaderName].ToString().Trim();
        if (integrationId.Length == 0)
        {
            return ErrorResponder.WriteAsync(context, ErrorCodes.InputInvalid,
                $"The {HeaderName} header is required for {operation.Method} {operation.Path}. Pass the ID of the integration you want to interact with.");
        }

        if (world.FindIntegration(caller.Environment.Id, integrationId) is not { } store)
        {
            return ErrorResponder.WriteAsync(context, ErrorCodes.IntegrationNotFound,
                $"The integration with ID {integrationId} could not be found in this environment.");
        }

        var integration = store.Current.Integration;
        if (Refuse(operation, integration) is { } refusal)
        {
            return ErrorResponder.WriteAsync(context, InSchemaOf(operation, refusal.Error), refusal.Message);
        }

        context.Features.Set(new IntegrationFeature(new IntegrationKey(caller.Environment.Id, integration.Id), integration.Tool, integration.Category));
        return next(context);
    }

    private (KomboError Error, string Message)? Refuse(OperationInfo operation, Integration integration)
    {
        // The messages are built only for a refusal: this runs on every request.
        if (!CategoryMatches(operation, integration))
        {
            var label = tools.LabelOf(integration.Tool);
            return (Unavailable(operation), $"{What(operation)} not available for {label} integrations: {operation.Method} {operation.Path} needs {Needed(operation)}, but {integration.Id} is an {integration.Category} integration of {label}.");
        }

        if (!operation.IsSupportedBy(integration.Tool))
        {
            return (Unavailable(operation), $"{What(operation)} not yet available for {tools.LabelOf(integration.Tool)}. Please reach out to Kombo if you need this functionality.");
        }

        return integration switch
        {
            { Status: IntegrationStatuses.Inactive } =>
                (ErrorCodes.IntegrationInactive, $"The integration {integration.Id} is inactive. Reactivate it in the Kombo dashboard."),
            { Status: IntegrationStatuses.Invalid } =>
                (ErrorCodes.IntegrationAuthenticationInvalid, $"The credentials of integration {integration.Id} are invalid. Ask the customer to relink it."),
            { SetupStatus: SetupStatuses.Incomplete } when IsDataOperation(operation) =>
                (ErrorCodes.SetupIncomplete, $"The setup of integration {integration.Id} is not finished yet."),
            { SetupStatus: SetupStatuses.FinalSyncPending } when IsDataOperation(operation) =>
                (ErrorCodes.SetupSyncPending, $"The first sync of integration {integration.Id} has not finished yet."),
            _ => null,
        };
    }

    private static KomboError Unavailable(OperationInfo operation) =>
        operation.IsWrite ? ErrorCodes.ActionNotAvailable : ErrorCodes.ModelNotAvailable;

    private static string What(OperationInfo operation) =>
        operation.IsWrite ? $"The \"{operation.Summary}\" action is" : $"The \"{ModelName(operation)}\" model is";

    /// <summary>
    /// Kombo's General operations (force-sync, passthrough, the DATEV and Silae endpoints) document only
    /// PLATFORM.* codes, and Kombo's SDK rejects any other; their refusals keep the status but use INPUT_INVALID.
    /// </summary>
    private static KomboError InSchemaOf(OperationInfo operation, KomboError error) =>
        operation.ErrorSchema == "General" && error.Code?.StartsWith("PLATFORM.", StringComparison.Ordinal) != true
            ? ErrorCodes.InputInvalid with { Status = error.Status, Title = error.Title }
            : error;

    // Kombo: the provisioning setup link is how an integration in setup gets finished, so it works during setup.
    private static bool IsDataOperation(OperationInfo operation) =>
        operation.Category is not ("GENERAL" or "CONNECT") && operation.OperationId != "PostHrisProvisioningGroupsGroupIdSetupLinks";

    private static bool CategoryMatches(OperationInfo operation, Integration integration) => operation.Category switch
    {
        "HRIS" => integration.Category == Categories.Hris,
        "ATS" => integration.Category == Categories.Ats,
        "ASSESSMENT" => integration.Category == Categories.Assessment,
        "DATEV" => integration.Tool is "datev" or "datevlug" or "datevhr",
        "SILAE" => integration.Tool == "silae",
        _ => true,
    };

    private static string Needed(OperationInfo operation) => operation.Category switch
    {
        "DATEV" => "a DATEV integration",
        "SILAE" => "a Silae integration",
        var category => $"an {category} integration",
    };

    /// <summary>Kombo names the model in plain words: <c>hris_time_off_balances</c> → "time off balances".</summary>
    private static string ModelName(OperationInfo operation) =>
        operation.ReadModel is { } model
            ? model[(model.IndexOf('_', StringComparison.Ordinal) + 1)..].Replace('_', ' ')
            : operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Last(segment => !segment.StartsWith('{')).Replace('-', ' ');
}
