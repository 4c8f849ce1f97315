namespace Kombo.Sim.Api.Infrastructure.Journal;

/// <summary>One /v1 request as the journal keeps it. Bodies are raw (bounded) bytes; they are redacted when read.</summary>
public sealed record JournalEntry
{
    public required long Id { get; init; }

    public required DateTimeOffset Time { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    public string? Query { get; init; }

    public string? OperationId { get; init; }

    public string? IntegrationId { get; init; }

    public string? EnvironmentId { get; init; }

    public int Status { get; init; }

    public double DurationMs { get; init; }

    public string? ErrorCode { get; init; }

    public byte[] RequestBody { get; init; } = [];

    public bool RequestBodyTruncated { get; init; }

    public byte[] ResponseBody { get; init; } = [];

    public bool ResponseBodyTruncated { get; init; }

    /// <summary>Set by the fault injection when a rule changed this request.</summary>
    public string? FaultRuleId { get; init; }
}
