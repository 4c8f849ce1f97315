namespace Kombo.Sim.Api.Domain.Assessment;

/// <summary>A package as the vendor submits it in <c>PUT /assessment/packages</c>.</summary>
public sealed record PackageDefinition(string Id, string Type, string Name, string Description);

/// <summary>Kombo's assessment rules as the simulator applies them (digest §C5).</summary>
public static class AssessmentRules
{
    public const string Open = "OPEN";
    public const string Completed = "COMPLETED";
    public const string Cancelled = "CANCELLED";

    public const string TextAttribute = "TEXT";
    public const string SubResultAttribute = "SUB_RESULT";

    public static readonly string[] PackageTypes = ["BEHAVIORAL", "VIDEO_INTERVIEW", "SKILLS_TEST", "BACKGROUND_CHECK", "REFERENCE_CHECK"];

    /// <summary>The statuses an order can have, and that a result can report.</summary>
    public static readonly string[] OrderStatuses = [Open, Completed, Cancelled];

    public static readonly string[] SubResultStatuses = [Completed, Cancelled];

    public static readonly string[] AttributeTypes = [TextAttribute, SubResultAttribute];

    public static readonly string[] HiringTeamRoles = ["RECRUITER", "HIRING_MANAGER"];

    /// <summary>Kombo accepts at most this many attachments with a result.</summary>
    public const int MaxResultAttachments = 5;

    /// <summary>A result that closes the order (it leaves the open list); Kombo expects <c>completed_at</c> with it.</summary>
    public static bool IsFinal(string status) => status is Completed or Cancelled;

    /// <summary>Kombo: an order's status can only change while it is OPEN; the simulator refuses any later result.</summary>
    public static bool AcceptsResult(AssessmentOrder order) => order.Status == Open;

    /// <summary>
    /// The package list after a submission: the submitted packages in the submitted order, then every other package
    /// marked deleted. <c>updated_at</c> moves to <paramref name="now"/> for new, changed and revived packages only.
    /// </summary>
    public static IReadOnlyList<AssessmentPackage> ReplacePackages(
        IReadOnlyList<AssessmentPackage> current,
        IReadOnlyList<PackageDefinition> submitted,
        DateTimeOffset now)
    {
        var previous = current.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var submittedIds = submitted.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var result = new List<AssessmentPackage>(current.Count + submitted.Count);
        foreach (var definition in submitted)
        {
            result.Add(previous.TryGetValue(definition.Id, out var existing) && IsUnchanged(existing, definition)
                ? existing
                : new AssessmentPackage
                {
                    Id = definition.Id,
                    Type = definition.Type,
                    Name = definition.Name,
                    Description = definition.Description,
                    UpdatedAt = now,
                });
        }

        foreach (var left in current.Where(p => !submittedIds.Contains(p.Id)))
        {
            result.Add(left.RemoteDeletedAt is null ? left with { RemoteDeletedAt = now, UpdatedAt = now } : left);
        }

        return result;
    }

    private static bool IsUnchanged(AssessmentPackage existing, PackageDefinition definition) =>
        existing.RemoteDeletedAt is null
        && existing.Type == definition.Type
        && existing.Name == definition.Name
        && existing.Description == definition.Description;

    /// <summary>The order after a result was reported: it takes the result's status.</summary>
    public static AssessmentOrder ReportResult(AssessmentOrder order, AssessmentResult result) =>
        AcceptsResult(order)
            ? order with { Status = result.Status, Result = result, ChangedAt = result.ReceivedAt }
            : throw new InvalidOperationException($"Assessment order {order.Id} is {order.Status}; it no longer accepts results.");
}
