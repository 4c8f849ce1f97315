using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.Infrastructure.Json;

namespace Kombo.Sim.Benchmarks;

/// <summary>
/// Serializing a page of 100 employees (about 390 KB of JSON) in Kombo's envelope: with the simulator's options
/// (source-generated metadata from KomboJsonContext) and with the same options on reflection-based metadata.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(512 * 1024);
    private SuccessEnvelope<Page<EmployeeModel>> _page = null!;
    private JsonSerializerOptions _reflection = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var fixture = new SimulatorFixture(1_000);
        var page = fixture.Mediator.Send(new ListEmployees.Query { Integration = fixture.HrisKey, PageSize = "100" }).GetAwaiter().GetResult();
        _page = new SuccessEnvelope<Page<EmployeeModel>> { Data = page };
        _reflection = KomboJson.Configure(new JsonSerializerOptions());
        _reflection.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
    }

    [Benchmark(Baseline = true)]
    public int SourceGenerated() => Write(KomboJson.Options);

    [Benchmark]
    public int Reflection() => Write(_reflection);

    private int Write(JsonSerializerOptions options)
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, _page, options);
        return _buffer.WrittenCount;
    }
}
