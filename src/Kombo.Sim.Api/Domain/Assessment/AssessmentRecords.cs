using System.Collections.Immutable;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.Domain.Assessment;

/// <summary>
/// An assessment package the assessment vendor offers (Kombo §C5.1). Its id is the vendor's own string; Kombo has
/// no remote id for it. A package left out of a later <c>PUT /assessment/packages</c> stays, marked deleted.
/// </summary>
public sealed record AssessmentPackage : IRecord
{
    public required string Id { get; init; }

    /// <summary>BEHAVIORAL, VIDEO_INTERVIEW, SKILLS_TEST, BACKGROUND_CHECK or REFERENCE_CHECK (null only if seeded so).</summary>
    public string? Type { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>When the package was last submitted with new content; null only if seeded so.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Set when a later submission left the package out.</summary>
    public DateTimeOffset? RemoteDeletedAt { get; init; }

    string? IRecord.RemoteId => null;

    DateTimeOffset IRecord.ChangedAt => UpdatedAt ?? DateTimeOffset.MinValue;

    DateTimeOffset IRecord.TouchedAt => UpdatedAt ?? DateTimeOffset.MinValue;
}

/// <summary>
/// An order for an assessment of one candidate, placed in the ATS (Kombo §C5.3). Only OPEN orders are served; a
/// result reported for the order is kept on it.
/// </summary>
public sealed record AssessmentOrder : IRecord
{
    public required string Id { get; init; }

    public required string PackageId { get; init; }

    /// <summary>OPEN, COMPLETED or CANCELLED.</summary>
    public required string Status { get; init; }

    public required OrderCandidate Candidate { get; init; }

    public required OrderApplication Application { get; init; }

    public required OrderJob Job { get; init; }

    /// <summary>The latest result reported through <c>PUT /assessment/orders/{id}/result</c>, if any.</summary>
    public AssessmentResult? Result { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    string? IRecord.RemoteId => null;

    public DateTimeOffset TouchedAt => ChangedAt;
}

public sealed record OrderCandidate
{
    public required string Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Phone { get; init; }

    public string? RemoteId { get; init; }
}

public sealed record OrderApplication
{
    public string? RemoteId { get; init; }
}

public sealed record OrderJob
{
    public string? RemoteId { get; init; }

    public string? Name { get; init; }

    public Address? Location { get; init; }

    public IReadOnlyList<HiringTeamMember> HiringTeam { get; init; } = [];
}

public sealed record HiringTeamMember
{
    public required string RemoteId { get; init; }

    public string? Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    /// <summary>RECRUITER and/or HIRING_MANAGER.</summary>
    public IReadOnlyList<string> HiringTeamRoles { get; init; } = [];
}

/// <summary>What the assessment vendor reported for an order.</summary>
public sealed record AssessmentResult
{
    /// <summary>The status reported with the result: OPEN, COMPLETED or CANCELLED.</summary>
    public required string Status { get; init; }

    public required string ResultUrl { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public double? Score { get; init; }

    public double? MaxScore { get; init; }

    public IReadOnlyList<ResultAttribute> Attributes { get; init; } = [];

    public ImmutableList<StoredFile> Attachments { get; init; } = [];

    public required DateTimeOffset ReceivedAt { get; init; }
}

/// <summary>
/// One attribute of a result, named as Kombo names it: TEXT (<see cref="Label"/>, <see cref="Value"/>) or SUB_RESULT
/// (<see cref="Id"/>, <see cref="Label"/>, <see cref="Score"/>, <see cref="Status"/>).
/// </summary>
public sealed record ResultAttribute
{
    public required string Type { get; init; }

    public required string Label { get; init; }

    public string? Value { get; init; }

    /// <summary>The vendor's id of the sub-test.</summary>
    public string? Id { get; init; }

    public SubResultScore? Score { get; init; }

    /// <summary>COMPLETED or CANCELLED.</summary>
    public string? Status { get; init; }
}

public sealed record SubResultScore(double Value, double Max);

/// <summary>The ATS side of a new order: what the control plane (or a test) supplies to place one.</summary>
public sealed record NewAssessmentOrder
{
    public required string PackageId { get; init; }

    public required OrderCandidate Candidate { get; init; }

    public OrderApplication Application { get; init; } = new();

    public OrderJob Job { get; init; } = new();
}
