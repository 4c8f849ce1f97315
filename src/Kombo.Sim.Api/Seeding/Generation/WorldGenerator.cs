using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>
/// The deterministic data generator: realistic HRIS, ATS or assessment data for one integration, from a seed. Pure:
/// the same request gives the same state (ids, names, timestamps), and nothing depends on the wall clock or on
/// other integrations. Models the tool does not serve (Kombo's coverage) are not generated.
/// </summary>
public sealed class WorldGenerator(OperationCatalog operations)
{
    /// <summary>Remote ids of a new integration's records start here, as in the default seed.</summary>
    public const long FirstRemoteNumber = 1001;

    private static readonly Dictionary<string, CountryProfile> ToolCountries = new(StringComparer.Ordinal)
    {
        ["personio"] = CountryProfile.Germany,
        ["datev"] = CountryProfile.Germany,
        ["datevlug"] = CountryProfile.Germany,
        ["datevhr"] = CountryProfile.Germany,
        ["silae"] = CountryProfile.France,
        ["payfit"] = CountryProfile.France,
        ["lucca"] = CountryProfile.France,
        ["hibob"] = CountryProfile.UnitedKingdom,
        ["factorial"] = CountryProfile.Spain,
        ["nmbrs"] = CountryProfile.Netherlands,
        ["afas"] = CountryProfile.Netherlands,
        ["jazzhr"] = CountryProfile.UnitedStates,
        ["bamboohr"] = CountryProfile.UnitedStates,
        ["gusto"] = CountryProfile.UnitedStates,
        ["rippling"] = CountryProfile.UnitedStates,
    };

    /// <summary>A new integration's state: the organisation and the requested number of people or orders.</summary>
    public IntegrationState Generate(GeneratorRequest request) =>
        Build(new IntegrationState { Integration = request.Integration }, request, extend: false);

    /// <summary>
    /// Adds generated records to an integration's data, after its own records. Its organisation (groups, offices,
    /// entities, absence types, jobs, users, tags) is reused rather than duplicated; new remote ids continue after its
    /// highest one. The request's integration is replaced by the existing one.
    /// </summary>
    public IntegrationState Extend(IntegrationState existing, GeneratorRequest request) =>
        Build(existing, request with { Integration = existing.Integration }, extend: true);

    private IntegrationState Build(IntegrationState state, GeneratorRequest request, bool extend)
    {
        request.Validate();
        var context = new GenerationContext(request, extend ? state.NextRemoteNumber : FirstRemoteNumber);
        var home = HomeCountry(context, state, extend);
        var tool = request.Integration.Tool;
        var generated = request.Integration.Category switch
        {
            Categories.Hris => state with { Hris = HrisGenerator.Generate(context, state.Hris, HrisCoverageOf(tool, extend ? state.Hris : null), home, extend) },
            Categories.Ats => state with { Ats = AtsGenerator.Generate(context, state.Ats, new AtsCoverage(Supports(tool, "GetAtsTags"), Supports(tool, "GetAtsUsers")), home, extend) },
            Categories.Assessment => state with { Assessment = AssessmentGenerator.Generate(context, state.Assessment, home) },
            var category => throw new ArgumentException($"Category {category} has no generator; use HRIS, ATS or ASSESSMENT.", nameof(request)),
        };
        return generated with { NextRemoteNumber = Math.Max(context.NextRemoteNumber, state.NextRemoteNumber) };
    }

    /// <summary>
    /// The HRIS models to generate: those the tool serves, and when extending also those the integration already has
    /// (a seed that gives DATEV employees employments keeps that shape for the new employees).
    /// </summary>
    private HrisCoverage HrisCoverageOf(string tool, HrisData? existing) => new(
        Groups: Supports(tool, "GetHrisGroups"),
        Locations: Supports(tool, "GetHrisLocations"),
        LegalEntities: Supports(tool, "GetHrisLegalEntities"),
        AbsenceTypes: Supports(tool, "GetHrisAbsenceTypes"),
        Balances: Supports(tool, "GetHrisTimeOffBalances") || existing?.TimeOffBalances.Count > 0,
        Absences: Supports(tool, "GetHrisAbsences") || existing?.Absences.Count > 0,
        Employments: Supports(tool, "GetHrisEmployments") || existing?.Employments.Count > 0);

    private bool Supports(string tool, string operationId) => operations.Find(operationId)?.IsSupportedBy(tool) == true;

    /// <summary>
    /// The company's country: as requested; else where the data being extended is; else what the organisation's legal
    /// form or the tool suggests; else one drawn from the seed.
    /// </summary>
    private static CountryProfile HomeCountry(GenerationContext context, IntegrationState state, bool extend)
    {
        var request = context.Request;
        if (CountryProfile.Find(request.Country) is { } requested)
        {
            return requested;
        }

        var existing = extend
            ? state.Hris.Locations.Rows.Select(l => l.Address?.Country)
                .Concat(state.Hris.LegalEntities.Rows.Select(e => e.Address?.Country))
                .Concat(state.Ats.Jobs.Rows.Select(j => j.Location?.Country))
                .Concat(state.Hris.Employees.Rows.Select(e => e.HomeAddress?.Country))
                .Select(CountryProfile.Find)
                .OfType<CountryProfile>()
                .GroupBy(p => p.Code, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.First())
                .FirstOrDefault()
            : null;
        return existing
            ?? CountryProfile.FromOrganizationName(request.Integration.EndUser.OrganizationName)
            ?? ToolCountries.GetValueOrDefault(request.Integration.Tool)
            ?? context.Stream("country").One(CountryProfile.All);
    }
}
