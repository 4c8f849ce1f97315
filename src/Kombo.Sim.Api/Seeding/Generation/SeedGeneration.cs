using System.Diagnostics;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.State;
using Microsoft.Extensions.Options;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>
/// Applies the <c>Generator</c> settings to the loaded seed, once at start-up: the result is the seed world that
/// start-up, full resets, environment copies and integration resets all use. Integrations are generated in parallel;
/// each one's data depends only on the settings, the integration and the clock's start, never on timing.
/// </summary>
public sealed class SeedGeneration(WorldGenerator generator, IOptions<GeneratorOptions> options, ILogger<SeedGeneration> logger)
{
    /// <summary>The seed with generated records added (or in place of its own, with <c>Mode=Replace</c>).</summary>
    /// <param name="now">The clock's starting instant: generated timestamps lie at or before it.</param>
    public SeedWorld Apply(SeedWorld seed, DateTimeOffset now)
    {
        var settings = options.Value;
        settings.Validate();
        if (!AllCategories.Any(settings.Touches))
        {
            return seed;
        }

        var environments = seed.Environments
            .Select(environment => environment with { Integrations = GenerateAll(environment.Integrations, settings, now) })
            .ToList();
        return seed with { Environments = environments };
    }

    /// <summary>Generates in parallel; a failure is reported for the first failing integration in seed order, whatever the timing.</summary>
    private List<IntegrationState> GenerateAll(IReadOnlyList<IntegrationState> integrations, GeneratorOptions settings, DateTimeOffset now)
    {
        var outcomes = integrations.AsParallel().AsOrdered().Select(integration =>
        {
            try
            {
                return (State: Generate(integration, settings, now), Error: (Exception?)null);
            }
            catch (InvalidOperationException error)
            {
                return (State: integration, Error: error);
            }
        }).ToList();
        if (outcomes.FirstOrDefault(o => o.Error is not null).Error is { } first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        return [.. outcomes.Select(o => o.State)];
    }

    private static readonly string[] AllCategories = [Categories.Hris, Categories.Ats, Categories.Assessment];

    private IntegrationState Generate(IntegrationState state, GeneratorOptions settings, DateTimeOffset now)
    {
        var integration = state.Integration;
        if (!settings.Touches(integration.Category) || settings.Integrations.Count > 0 && !settings.Integrations.Contains(integration.Id))
        {
            return state;
        }

        var livePackages = state.Assessment.Packages.Rows.Count(p => p.RemoteDeletedAt is null);
        var request = new GeneratorRequest
        {
            Integration = integration,
            Now = now,
            Seed = settings.Seed,
            Hris = new HrisSizes(settings.Employees, settings.AbsencesPerEmployee),
            Ats = new AtsSizes(settings.Jobs, settings.Candidates, settings.ApplicationCount),
            Assessment = new AssessmentSizes(settings.Replaces || livePackages == 0 ? 3 : 0, settings.OpenOrders),
        };

        var watch = Stopwatch.StartNew();
        IntegrationState generated;
        try
        {
            generated = settings.Replaces ? Replace(state, generator.Generate(request)) : generator.Extend(state, request);
        }
        catch (GeneratorSizeException problem)
        {
            throw new InvalidOperationException($"{GeneratorOptions.Section}: cannot generate data for {integration.Id}: {problem.Message}", problem);
        }

        logger.LogInformation(
            "Generated data for {IntegrationId} ({Category}) in {Milliseconds} ms: {Employees} employees, {Absences} absences, {Candidates} candidates, {Applications} applications, {Orders} orders",
            integration.Id, integration.Category, watch.ElapsedMilliseconds,
            generated.Hris.Employees.Count, generated.Hris.Absences.Count, generated.Ats.Candidates.Count, generated.Ats.Applications.Count, generated.Assessment.Orders.Count);
        return generated;
    }

    /// <summary>The integration as it was, with the generated data of its category instead of the seed's.</summary>
    private static IntegrationState Replace(IntegrationState state, IntegrationState generated) => state.Integration.Category switch
    {
        Categories.Hris => state with { Hris = generated.Hris, NextRemoteNumber = generated.NextRemoteNumber },
        Categories.Ats => state with { Ats = generated.Ats, NextRemoteNumber = generated.NextRemoteNumber },
        _ => state with { Assessment = generated.Assessment, NextRemoteNumber = generated.NextRemoteNumber },
    };
}
