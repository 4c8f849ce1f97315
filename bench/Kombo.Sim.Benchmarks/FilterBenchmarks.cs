using BenchmarkDotNet.Attributes;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Infrastructure.Http;

namespace Kombo.Sim.Benchmarks;

/// <summary>
/// Filters over a page: group_ids + employment_statuses on 10,000 employees, first page and a page from deep in
/// the walk (the cursor of the page at 90 % of it), as bench/run.sh loads them over HTTP.
/// </summary>
[MemoryDiagnoser]
public class FilterBenchmarks : IDisposable
{
    // Personio's Engineering department in the default seed.
    private const string Engineering = "J3JZBY2JtaKMW8njJCdMWtME";

    private SimulatorFixture _fixture = null!;
    private ListEmployees.Query _first = null!;
    private ListEmployees.Query _deep = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new SimulatorFixture(10_000);
        _first = new ListEmployees.Query
        {
            Integration = _fixture.HrisKey,
            PageSize = "100",
            GroupIds = Engineering,
            EmploymentStatuses = "ACTIVE,LEAVE",
        };
        var cursors = new List<string>();
        for (var page = Send(_first); page.Next is { } next; page = Send(_first with { Cursor = next }))
        {
            cursors.Add(next);
        }

        _deep = _first with { Cursor = cursors[cursors.Count * 9 / 10] };
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public Page<EmployeeModel> FilteredFirstPage() => Send(_first);

    [Benchmark]
    public Page<EmployeeModel> FilteredDeepPage() => Send(_deep);

    private Page<EmployeeModel> Send(ListEmployees.Query query) => _fixture.Mediator.Send(query).GetAwaiter().GetResult();
}
