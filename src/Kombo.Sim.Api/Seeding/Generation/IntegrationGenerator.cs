using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.State;
using Microsoft.Extensions.Options;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>
/// A connected integration with a small, deterministic data set, for flows that create integrations at run time
/// (Kombo Connect): the same environment, tool, sequence number, clock and <c>Generator:Seed</c> give the same data.
/// </summary>
public sealed class IntegrationGenerator(WorldGenerator generator, IOptions<GeneratorOptions> options)
{
    /// <summary>25 employees with three absences each.</summary>
    public static readonly HrisSizes DefaultHris = new(25, 3);

    /// <summary>Twelve jobs, 40 candidates, 60 applications.</summary>
    public static readonly AtsSizes DefaultAts = new(12, 40, 60);

    /// <summary>Three packages, five open orders.</summary>
    public static readonly AssessmentSizes DefaultAssessment = new(3, 5);

    /// <summary>
    /// A new ACTIVE integration of <paramref name="tool"/> created at <paramref name="now"/>, with its id derived from the
    /// environment, the tool and <paramref name="sequence"/> (the n-th integration created there), and generated data.
    /// </summary>
    public IntegrationState Create(string environmentSlug, string tool, string category, EndUser endUser, DateTimeOffset now, int sequence) =>
        Create(new Integration
        {
            Id = KomboIds.ForIntegration(environmentSlug, tool, $"generated-{sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)}"),
            Tool = tool,
            Category = category,
            EndUser = endUser,
            CreatedAt = now,
        }, now);

    /// <summary>The state of an integration built elsewhere (status, scope config, …), filled with generated data.</summary>
    public IntegrationState Create(Integration integration, DateTimeOffset now) => generator.Generate(new GeneratorRequest
    {
        Integration = integration,
        Now = now,
        Seed = options.Value.Seed,
        Hris = DefaultHris,
        Ats = DefaultAts,
        Assessment = DefaultAssessment,
    });
}
