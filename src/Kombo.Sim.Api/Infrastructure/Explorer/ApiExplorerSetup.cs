using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Kombo.Sim.Api.Infrastructure.Explorer;

/// <summary>
/// The simulator's own OpenAPI document (Kombo's operations with Kombo's summaries, plus the /_sim control plane) at
/// <c>/openapi/v1.json</c>, and an interactive explorer (Scalar) at <c>/scalar</c> preset with the default API key.
/// </summary>
public static class ApiExplorerSetup
{
    public const string SecurityScheme = "KomboApiKey";

    public static IServiceCollection AddKomboApiExplorer(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath is { } path && (path.StartsWith("v1/", StringComparison.Ordinal) || path.StartsWith("_sim", StringComparison.Ordinal));
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Kombo.Sim",
                    Version = "v1",
                    Description = "A stateful simulator of the Kombo API. Kombo's operations live under /v1 (authenticate with "
                        + "`Authorization: Bearer <API key>`; the default key is `kombo-sim-demo-key`); the simulator's own control "
                        + "plane lives under /_sim.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "Your Kombo API key (default environment: kombo-sim-demo-key).",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var kombo = context.Description.ActionDescriptor.EndpointMetadata.OfType<KomboOperationAttribute>().FirstOrDefault();
                if (kombo is null)
                {
                    operation.Tags = new HashSet<OpenApiTagReference> { new("Simulator control plane") };
                    return Task.CompletedTask;
                }

                var info = context.ApplicationServices.GetRequiredService<OperationCatalog>().Get(kombo.OperationId);
                operation.OperationId = info.OperationId;
                operation.Summary = info.Summary;
                operation.Description = info.Deprecated ? "Deprecated by Kombo; still served." : null;
                operation.Tags = new HashSet<OpenApiTagReference> { new(info.Tag) };
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, context.Document)] = [] }];
                if (info.RequiresIntegration)
                {
                    operation.Parameters ??= [];
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = IntegrationMiddleware.HeaderName,
                        In = ParameterLocation.Header,
                        Required = true,
                        Description = "ID of the integration you want to interact with, e.g. personio:3q5sD8CFv8WK9jw7G5ozZiom.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    });
                }

                return Task.CompletedTask;
            });
        });

    /// <param name="defaultApiKey">The key the explorer is preset with, asked for when the page is served.</param>
    public static WebApplication MapKomboApiExplorer(this WebApplication app, Func<IServiceProvider, string> defaultApiKey)
    {
        app.MapOpenApi();
        app.MapScalarApiReference((options, context) => options
            .WithTitle("Kombo.Sim API explorer")
            .AddPreferredSecuritySchemes([SecurityScheme])
            .AddHttpAuthentication(SecurityScheme, scheme => scheme.WithToken(defaultApiKey(context.RequestServices))));
        return app;
    }
}
