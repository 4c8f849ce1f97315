using System.Text.Json.Serialization;

namespace Kombo.Sim.Api.Infrastructure.Http;

/// <summary>Kombo's success envelope for reads: <c>{"status":"success","data":…}</c>.</summary>
public sealed class SuccessEnvelope<T>
{
    [JsonPropertyOrder(0)]
    public string Status => "success";

    [JsonPropertyOrder(1)]
    public required T Data { get; init; }
}

/// <summary>Kombo's success envelope for writes: <c>{"status":"success","data":…,"warnings":[]}</c>.</summary>
public sealed class WriteEnvelope<T>
{
    [JsonPropertyOrder(0)]
    public string Status => "success";

    [JsonPropertyOrder(1)]
    public required T Data { get; init; }

    [JsonPropertyOrder(2)]
    public required IReadOnlyList<Warning> Warnings { get; init; }
}

/// <summary>A non-fatal remark on a write (Kombo: e.g. an unknown screening question that was skipped).</summary>
public sealed record Warning(string Message);

/// <summary>The result of a write handler: its data and the warnings to put beside it.</summary>
public sealed record Written<T>(T Data, IReadOnlyList<Warning> Warnings)
{
    public static Written<T> Clean(T data) => new(data, []);
}

/// <summary><c>data</c> of every paginated list: an opaque cursor (null on the last page) and the page.</summary>
public sealed record Page<T>(string? Next, IReadOnlyList<T> Results);

/// <summary>The empty object Kombo returns as <c>data</c> of many writes.</summary>
public sealed record Empty
{
    public static readonly Empty Instance = new();
}
