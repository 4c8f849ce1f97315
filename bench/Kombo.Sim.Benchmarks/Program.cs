using BenchmarkDotNet.Running;

namespace Kombo.Sim.Benchmarks;

/// <summary>The entry point: BenchmarkDotNet's switcher picks benchmarks by <c>--filter</c>.</summary>
internal static class BenchmarkProgram
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
