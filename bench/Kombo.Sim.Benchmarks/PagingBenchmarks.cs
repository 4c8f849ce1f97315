using BenchmarkDotNet.Attributes;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using Kombo.Sim.Api.State.Paging;

namespace Kombo.Sim.Benchmarks;

/// <summary>
/// Paging seek: a page from deep in the walk (a cursor 150 records before the end) must cost the same at 1,000 and
/// at 100,000 employees, because the cursor is a position and the table seeks to it.
/// </summary>
[MemoryDiagnoser]
public class PagingBenchmarks : IDisposable
{
    private SimulatorFixture _fixture = null!;
    private Table<Employee> _employees = null!;
    private string _deepId = "";
    private ListEmployees.Query _deepQuery = null!;

    [Params(1_000, 100_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new SimulatorFixture(Employees);
        _employees = _fixture.HrisState.Hris.Employees;
        var position = _employees.Count - 150;
        _deepId = _employees[position].Id;
        var query = new ListEmployees.Query { Integration = _fixture.HrisKey, PageSize = "100" };
        _deepQuery = query with { Cursor = Cursor.Encode(position, query.Fingerprint()) };
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The id index: where a record sits in its table.</summary>
    [Benchmark]
    public Employee PositionLookup() => _employees[_employees.PositionOf(_deepId)];

    /// <summary>GET /hris/employees?page_size=100&amp;cursor=… without HTTP: validation, seek, 100 projections.</summary>
    [Benchmark]
    public Page<EmployeeModel> DeepPage() => _fixture.Mediator.Send(_deepQuery).GetAwaiter().GetResult();
}
