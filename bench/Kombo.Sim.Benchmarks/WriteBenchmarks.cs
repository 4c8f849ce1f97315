using BenchmarkDotNet.Attributes;
using Kombo.Sim.Api.Features.Hris.Absences;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.Infrastructure.Json;

namespace Kombo.Sim.Benchmarks;

/// <summary>One write: POST /hris/absences without HTTP (validation, the atomic state change, the balance, the mapping).</summary>
[MemoryDiagnoser]
public class WriteBenchmarks : IDisposable
{
    // Personio's Vacation type in the default seed.
    private const string Vacation = "3u1rzTM4xRcLe9iEdL2U7pkf";

    private SimulatorFixture _fixture = null!;
    private CreateAbsence.Command[] _commands = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new SimulatorFixture(10_000);
        var employees = _fixture.HrisState.Hris.Employees;
        _commands = Enumerable.Range(0, 64).Select(i => new CreateAbsence.Command
        {
            Integration = _fixture.HrisKey,
            EmployeeId = employees[employees.Count - 1 - (i * 37)].Id,
            AbsenceTypeId = Vacation,
            Status = "REQUESTED",
            StartDate = $"2027-02-{(i % 20) + 1:00}",
            EndDate = $"2027-02-{(i % 20) + 2:00}",
            StartHalfDay = false,
            EndHalfDay = false,
            EmployeeNote = Optional<string?>.Of(null),
        }).ToArray();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public Written<AbsenceCoreModel> CreateAbsence() =>
        _fixture.Mediator.Send(_commands[_next++ % _commands.Length]).GetAwaiter().GetResult();
}
