using System.Diagnostics;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Seeding.Generation;
using static Kombo.Sim.UnitTests.Generation.GeneratedWorld;

namespace Kombo.Sim.UnitTests.Generation;

/// <summary>The load-test sizes, timed. Explicit: minutes of CPU on a small machine, so run by hand (see docs/adr/0012).</summary>
[Explicit("measures generation at load-test sizes; run by hand")]
public class GenerationTimingTests
{
    [TestCase(10_000, 5)]
    [TestCase(100_000, 5)]
    public void Hris_AtLoadTestSize(int employees, int absencesPerEmployee)
    {
        var request = Request("personio", Categories.Hris) with { Hris = new HrisSizes(employees, absencesPerEmployee) };

        var watch = Stopwatch.StartNew();
        var state = Generator.Generate(request);
        watch.Stop();

        TestContext.Out.WriteLine($"{employees} employees, {state.Hris.Absences.Count} absences, {state.Hris.Employments.Count} employments, {state.Hris.TimeOffBalances.Count} balances: {watch.Elapsed.TotalSeconds:F1} s");
        state.Hris.Absences.Count.Should().Be(employees * absencesPerEmployee);
    }

    [TestCase(5_000, 8_000)]
    [TestCase(5_000, 50_000)]
    public void Ats_AtLoadTestSize(int candidates, int applications)
    {
        var request = Request("greenhouse", Categories.Ats) with { Ats = new AtsSizes(null, candidates, applications) };

        var watch = Stopwatch.StartNew();
        var state = Generator.Generate(request);
        watch.Stop();

        TestContext.Out.WriteLine($"{state.Ats.Jobs.Count} jobs, {candidates} candidates, {applications} applications: {watch.Elapsed.TotalSeconds:F1} s");
        state.Ats.Applications.Count.Should().Be(applications);
    }
}
