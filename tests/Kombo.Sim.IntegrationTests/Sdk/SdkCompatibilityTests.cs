using System.Diagnostics;
using System.Text;
using Kombo.Sim.IntegrationTests.Seeding;

namespace Kombo.Sim.IntegrationTests.Sdk;

/// <summary>
/// Runs Kombo's official TypeScript SDK (<c>@kombo-api/sdk</c>, pinned in tests/sdk/package.json) through
/// tests/sdk/flow.mjs against the simulator on the default seed over a real port. The SDK parses every response with
/// its own schemas, so a green run proves the simulator satisfies the SDK, not only Kombo's OpenAPI document.
/// Needs Node.js and <c>npm ci --prefix tests/sdk</c> (.ci/run does both); without them the test reports itself skipped,
/// unless <c>KOMBOSIM_REQUIRE_SDK=1</c>.
/// </summary>
[NonParallelizable]
public class SdkCompatibilityTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Test]
    public async Task OfficialTypeScriptSdk_RunsTheIntegrationFlowAgainstTheDefaultWorld()
    {
        var sdkFolder = Path.Combine(RepositoryRoot(), "tests", "sdk");
        var node = FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node");
        if (node is null)
        {
            SkipOrFail("Node.js (node) is not on PATH.");
        }

        if (!File.Exists(Path.Combine(sdkFolder, "node_modules", "@kombo-api", "sdk", "package.json")))
        {
            SkipOrFail($"the SDK is not installed ({Path.Combine(sdkFolder, "node_modules")} is missing).");
        }

        using var host = DefaultSeedTests.StartWithDefaultSeed();
        host.UseKestrel(0);
        host.StartServer();
        var baseUrl = host.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        var (exitCode, output) = await RunNode(node!, sdkFolder, baseUrl);

        TestContext.Out.WriteLine(output);
        if (exitCode != 0)
        {
            Assert.Fail($"node flow.mjs {baseUrl} exited with {exitCode}; its output:\n{output}");
        }

        output.Should().Contain("steps passed").And.NotContain("skipped", "every step of the flow runs against a fresh simulator");
    }

    private static async Task<(int ExitCode, string Output)> RunNode(string node, string sdkFolder, string baseUrl)
    {
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = sdkFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("KOMBO_SIM_API_KEY"); // the flow's override of the default world's key
        start.ArgumentList.Add("flow.mjs");
        start.ArgumentList.Add(baseUrl);

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"node flow.mjs did not finish within {Timeout.TotalSeconds:0} s; its output so far:\n{Snapshot(output)}");
        }

        // The parameterless wait also drains the redirected streams.
        await process.WaitForExitAsync();
        return (process.ExitCode, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static void SkipOrFail(string reason)
    {
        if (Environment.GetEnvironmentVariable("KOMBOSIM_REQUIRE_SDK") == "1")
        {
            Assert.Fail($"KOMBOSIM_REQUIRE_SDK=1 but {reason} Install Node.js 18+ and run 'npm ci --prefix tests/sdk'.");
        }

        Assert.Ignore($"Skipped: {reason} To check the simulator against Kombo's TypeScript SDK, install Node.js 18+ and run 'npm ci --prefix tests/sdk' (.ci/run does).");
    }

    private static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, executable))
            .FirstOrDefault(File.Exists);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Kombo.Sim.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Kombo.Sim.sln above {TestContext.CurrentContext.TestDirectory}.");
    }
}
