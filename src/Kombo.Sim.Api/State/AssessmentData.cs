using Kombo.Sim.Api.Domain.Assessment;

namespace Kombo.Sim.Api.State;

/// <summary>An assessment integration's records: one immutable value, replaced as a whole by each write.</summary>
public sealed record AssessmentData
{
    public static readonly AssessmentData Empty = new();

    /// <summary>Every package ever submitted: the current set in submitted order, then the deleted ones.</summary>
    public Table<AssessmentPackage> Packages { get; init; } = Table<AssessmentPackage>.Empty();

    /// <summary>Every order, whatever its status, in the order they were placed.</summary>
    public Table<AssessmentOrder> Orders { get; init; } = Table<AssessmentOrder>.Empty();

    /// <summary>The model name order ids derive from.</summary>
    public const string OrdersModel = "assessment_orders";

    /// <summary>Makes <paramref name="submitted"/> the package set (see <see cref="AssessmentRules.ReplacePackages"/>).</summary>
    public AssessmentData ReplacePackages(IReadOnlyList<PackageDefinition> submitted, DateTimeOffset now) =>
        this with { Packages = Table<AssessmentPackage>.Create(AssessmentRules.ReplacePackages(Packages.Rows, submitted, now)) };

    /// <summary>A package that is part of the current set, or null.</summary>
    public AssessmentPackage? FindLivePackage(string packageId) =>
        Packages.Find(packageId) is { RemoteDeletedAt: null } package ? package : null;

    /// <summary>
    /// Places a new OPEN order, as when a recruiter orders an assessment in the ATS. The id derives from the
    /// integration and its record counter, so the same calls give the same ids. The package must be live (check
    /// with <see cref="FindLivePackage"/> first to answer a client's mistake with a proper error).
    /// </summary>
    public static (IntegrationState State, AssessmentOrder Order) AddOrder(IntegrationState state, NewAssessmentOrder order, DateTimeOffset now)
    {
        if (state.Assessment.FindLivePackage(order.PackageId) is null)
        {
            throw new ArgumentException($"No live assessment package with ID {order.PackageId}.", nameof(order));
        }

        // Kombo's orders carry no remote id; the number only makes the id unique and repeatable.
        var (next, _, id) = state.NewRecordId(OrdersModel);
        var placed = new AssessmentOrder
        {
            Id = id,
            PackageId = order.PackageId,
            Status = AssessmentRules.Open,
            Candidate = order.Candidate,
            Application = order.Application,
            Job = order.Job,
            ChangedAt = now,
        };
        var assessment = next.Assessment;
        return (next with { Assessment = assessment with { Orders = assessment.Orders.Add(placed) } }, placed);
    }
}
