namespace Kombo.Sim.Baseline;

/// <summary>The body of POST /v1/hris/absences, as the benchmark sends it.</summary>
public sealed record AbsenceBody(
    string? EmployeeId, string? AbsenceTypeId, string? Status, DateOnly? StartDate, DateOnly? EndDate,
    bool? StartHalfDay, bool? EndHalfDay, double? Amount, string? Unit, string? EmployeeNote, string? StartTime, string? EndTime);

public sealed record AbsenceData(
    string Id, string RemoteId, string? EmployeeId, string? ApproverId, DateOnly? StartDate, DateOnly? EndDate, bool? StartHalfDay,
    bool? EndHalfDay, string? StartTime, string? EndTime, double Amount, string Unit, string Status, string? EmployeeNote, string? TypeId,
    DateTimeOffset ChangedAt, DateTimeOffset? RemoteDeletedAt, DateTimeOffset RemoteCreatedAt, DateTimeOffset RemoteUpdatedAt, object? RemoteData);

public sealed record WriteEnvelope<T>(string Status, T Data, IReadOnlyList<string> Warnings);

public static class AbsenceAnswer
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static int _next;

    /// <summary>An answer of the simulator's shape: a new id and the amount in days.</summary>
    public static WriteEnvelope<AbsenceData> For(AbsenceBody body)
    {
        var number = Interlocked.Increment(ref _next);
        var days = body.StartDate is { } start && body.EndDate is { } end ? end.DayNumber - start.DayNumber + 1 : 0;
        return new WriteEnvelope<AbsenceData>("success", new AbsenceData(
            EmployeePage.Id(number), $"{200000 + number}", body.EmployeeId, null, body.StartDate, body.EndDate, body.StartHalfDay ?? false,
            body.EndHalfDay ?? false, body.StartTime, body.EndTime, body.Amount ?? days, body.Unit ?? "DAYS", body.Status ?? "REQUESTED",
            body.EmployeeNote, body.AbsenceTypeId, Now, null, Now, Now, null), []);
    }
}
