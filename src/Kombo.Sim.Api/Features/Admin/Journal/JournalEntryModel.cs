using System.Text.Json.Nodes;
using Kombo.Sim.Api.Infrastructure.Journal;

namespace Kombo.Sim.Api.Features.Admin.Journal;

/// <summary>A journal entry as the control plane shows it, bodies redacted.</summary>
public sealed record JournalEntryModel(
    long Id,
    DateTimeOffset Time,
    string Method,
    string Path,
    string? Query,
    string? OperationId,
    string? IntegrationId,
    string? EnvironmentId,
    int Status,
    double DurationMs,
    string? ErrorCode,
    string? FaultRuleId,
    JsonNode? RequestBody,
    bool RequestBodyTruncated,
    JsonNode? ResponseBody,
    bool ResponseBodyTruncated)
{
    public static JournalEntryModel From(JournalEntry entry) => new(
        entry.Id, entry.Time, entry.Method, entry.Path, Redaction.Query(entry.Query), entry.OperationId, entry.IntegrationId,
        entry.EnvironmentId, entry.Status, Math.Round(entry.DurationMs, 3), entry.ErrorCode, entry.FaultRuleId,
        Redaction.Body(entry.RequestBody, entry.RequestBodyTruncated), entry.RequestBodyTruncated,
        Redaction.Body(entry.ResponseBody, entry.ResponseBodyTruncated), entry.ResponseBodyTruncated);
}
