using System.Text.Json;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Infrastructure.Json;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Seeding;

/// <summary>
/// Reads a seed folder (Kombo's wire format; layout in seed-data/README.md): <c>world.json</c>, then
/// <c>environments/&lt;slug&gt;/environment.json</c> and <c>environments/&lt;slug&gt;/integrations/&lt;name&gt;/</c> with
/// <c>integration.json</c> and one file per model. Every integration is validated before the world is built.
/// </summary>
public sealed class SeedLoader
{
    public SeedWorld Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new SeedException(folder, null, "the seed folder does not exist.");
        }

        var world = Read<WorldFile>(Path.Combine(folder, "world.json"));
        var environmentsFolder = Path.Combine(folder, "environments");
        var environments = Directory.Exists(environmentsFolder)
            ? Directory.GetDirectories(environmentsFolder).Order(StringComparer.Ordinal).Select(LoadEnvironment).ToList()
            : [];
        return new SeedWorld(world.Clock, environments);
    }

    /// <summary>Reads one integration folder.</summary>
    public IntegrationState LoadIntegration(string folder) =>
        LoadIntegration(Read<Integration>(Path.Combine(folder, "integration.json")), new SeedFiles(folder));

    /// <summary>Reads an integration from an export document (the same format, held in memory).</summary>
    public IntegrationState LoadIntegration(Integration integration, IReadOnlyDictionary<string, JsonNode> files) =>
        LoadIntegration(integration, new SeedFiles("import", files));

    private static IntegrationState LoadIntegration(Integration integration, SeedFiles files)
    {
        var hris = HrisSeed.Load(files);
        var assessment = AssessmentSeed.Load(files, integration.CreatedAt);
        var ats = AtsSeed.Load(files);
        var state = new IntegrationState { Integration = integration, Hris = hris, Ats = ats, Assessment = assessment };
        return state with { NextRemoteNumber = NextRemoteNumber(state) };
    }

    private SeedEnvironment LoadEnvironment(string folder)
    {
        var environment = Read<EnvironmentFile>(Path.Combine(folder, "environment.json"));
        var integrationsFolder = Path.Combine(folder, "integrations");
        var integrations = Directory.Exists(integrationsFolder)
            ? LoadInParallel(Directory.GetDirectories(integrationsFolder).Order(StringComparer.Ordinal).ToList())
            : [];
        var duplicate = integrations.GroupBy(i => i.Integration.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SeedException(integrationsFolder, duplicate.Key, "two integrations share this id.");
        }

        return new SeedEnvironment(new SimEnvironment(environment.Id, environment.Name, environment.ApiKey), integrations);
    }

    /// <summary>
    /// Integrations are independent, so they are read in parallel (start-up time); the result keeps folder order and a
    /// bad seed still fails with the first failing folder's own exception, as a sequential read would.
    /// </summary>
    private List<IntegrationState> LoadInParallel(List<string> folders)
    {
        var results = new IntegrationState?[folders.Count];
        var errors = new System.Runtime.ExceptionServices.ExceptionDispatchInfo?[folders.Count];
        Parallel.For(0, folders.Count, i =>
        {
            try
            {
                results[i] = LoadIntegration(folders[i]);
            }
            catch (Exception exception)
            {
                errors[i] = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception);
            }
        });
        foreach (var error in errors)
        {
            error?.Throw();
        }

        return [.. results.Select(r => r!)];
    }

    internal static T Read<T>(string file)
    {
        if (!File.Exists(file))
        {
            throw new SeedException(file, null, "the file is missing.");
        }

        try
        {
            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize<T>(stream, KomboJson.Options) ?? throw new SeedException(file, null, "the file is empty.");
        }
        catch (JsonException exception)
        {
            throw new SeedException(file, null, $"not valid seed JSON: {exception.Message}");
        }
    }

    /// <summary>New records get remote ids above every numeric remote id of the seed, so they never collide.</summary>
    private static long NextRemoteNumber(IntegrationState state)
    {
        var highest = AllRecords(state)
            .Select(r => long.TryParse(r.RemoteId, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return Math.Max(highest + 1, state.NextRemoteNumber);
    }

    private static IEnumerable<IRecord> AllRecords(IntegrationState state) =>
        state.Hris.Employees.Rows.Cast<IRecord>()
            .Concat(state.Hris.Employments.Rows)
            .Concat(state.Hris.Groups.Rows)
            .Concat(state.Hris.Locations.Rows)
            .Concat(state.Hris.LegalEntities.Rows)
            .Concat(state.Hris.AbsenceTypes.Rows)
            .Concat(state.Hris.TimeOffBalances.Rows)
            .Concat(state.Hris.Absences.Rows)
            .Concat(state.Ats.Jobs.Rows)
            .Concat(state.Ats.Candidates.Rows)
            .Concat(state.Ats.Applications.Rows)
            .Concat(state.Ats.Tags.Rows)
            .Concat(state.Ats.Users.Rows);

    internal sealed record WorldFile(DateTimeOffset Clock);

    internal sealed record EnvironmentFile(string Id, string Name, string ApiKey);
}

/// <summary>The model files of one integration folder; a missing file is an empty model.</summary>
internal sealed class SeedFiles
{
    private readonly string _origin;
    private readonly IReadOnlyDictionary<string, JsonNode>? _documents;

    /// <summary>The files of a seed folder.</summary>
    public SeedFiles(string folder) => _origin = folder;

    /// <summary>Files held in memory (an imported export); <paramref name="origin"/> names them in messages.</summary>
    public SeedFiles(string origin, IReadOnlyDictionary<string, JsonNode> documents)
    {
        _origin = origin;
        _documents = documents;
    }

    public string PathOf(string fileName) => Path.Combine(_origin, fileName);

    public IReadOnlyList<T> Read<T>(string fileName)
    {
        if (_documents is null)
        {
            return File.Exists(PathOf(fileName)) ? SeedLoader.Read<List<T>>(PathOf(fileName)) : [];
        }

        if (!_documents.TryGetValue(fileName, out var document))
        {
            return [];
        }

        try
        {
            return document.Deserialize<List<T>>(KomboJson.Options) ?? [];
        }
        catch (JsonException exception)
        {
            throw new SeedException(PathOf(fileName), null, $"not valid seed JSON: {exception.Message}");
        }
    }

    /// <summary>Reads a file of wire records, imports each as its domain record and builds the table.</summary>
    public Table<TDomain> Load<TWire, TDomain>(string fileName, Func<TWire, TDomain> import, Func<TDomain, string?>? groupKey = null)
        where TDomain : class, IRecord =>
        Table(fileName, Read<TWire>(fileName).Select(import), groupKey);

    /// <summary>Builds a table; a repeated id stops the load naming the file and the record.</summary>
    public Table<T> Table<T>(string fileName, IEnumerable<T> rows, Func<T, string?>? groupKey = null)
        where T : class, IRecord
    {
        try
        {
            return State.Table<T>.Create(rows, groupKey);
        }
        catch (DuplicateIdException duplicate)
        {
            throw new SeedException(PathOf(fileName), duplicate.Id, "this id appears more than once.");
        }
    }

    /// <summary>Stops the load when a reference does not resolve.</summary>
    public void Require(bool resolves, string fileName, string recordId, string reference) =>
        Check(resolves, fileName, recordId, $"{reference} does not exist in this integration.");

    /// <summary>Stops the load, naming the file and the record, when a rule of the seed format is broken.</summary>
    public void Check(bool valid, string fileName, string recordId, string problem)
    {
        if (!valid)
        {
            throw new SeedException(PathOf(fileName), recordId, problem);
        }
    }
}
