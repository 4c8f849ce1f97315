using System.Text.Json.Nodes;
using Kombo.Sim.Api.Seeding;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Seeding;

/// <summary>A bad seed stops the start with a message naming the file and the record.</summary>
public class SeedValidationTests
{
    private string _folder = null!;

    [SetUp]
    public void CopyTheDefaultSeed()
    {
        _folder = Path.Combine(Path.GetTempPath(), "kombo-sim-seed-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "seed-data"), _folder);
    }

    [TearDown]
    public void Remove() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void DuplicateId_StopsTheStartNamingFileAndRecord()
    {
        var file = Path.Combine(_folder, "environments", "acme", "integrations", "personio", "groups.json");
        var groups = JsonNode.Parse(File.ReadAllText(file))!.AsArray();
        var duplicate = groups[0]!.DeepClone();
        groups.Add(duplicate);
        File.WriteAllText(file, groups.ToJsonString());

        var start = () => StartWith(_folder);

        start.Should().Throw<SeedException>()
            .Where(e => e.File.EndsWith("groups.json", StringComparison.Ordinal) && e.RecordId == duplicate["id"]!.GetValue<string>())
            .Which.Message.Should().Contain("more than once");
    }

    [Test]
    public void DanglingManager_StopsTheStartNamingFileAndRecord()
    {
        var file = Path.Combine(_folder, "environments", "acme", "integrations", "personio", "employees.json");
        var employees = JsonNode.Parse(File.ReadAllText(file))!.AsArray();
        employees[3]!["manager_id"] = "NoSuchManager";
        File.WriteAllText(file, employees.ToJsonString());

        var start = () => StartWith(_folder);

        start.Should().Throw<SeedException>()
            .Where(e => e.File.EndsWith("employees.json", StringComparison.Ordinal) && e.RecordId == employees[3]!["id"]!.GetValue<string>())
            .Which.Message.Should().Contain("manager_id NoSuchManager");
    }

    [Test]
    public void MalformedFile_StopsTheStartNamingTheFile()
    {
        var file = Path.Combine(_folder, "environments", "acme", "integrations", "hibob", "absences.json");
        File.WriteAllText(file, "[{\"id\": ");

        var start = () => StartWith(_folder);

        start.Should().Throw<SeedException>().Where(e => e.File == file);
    }

    private static void StartWith(string folder)
    {
        using var host = new SimulatorHost(settings: new Dictionary<string, string?> { ["Seed:Path"] = folder });
        _ = host.Server;
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(source, target, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, target, StringComparison.Ordinal));
        }
    }
}
