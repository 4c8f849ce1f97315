using System.Collections.Immutable;
using System.Text.Json;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.Domain.Ats;

/// <summary>A job (Kombo §B3) with its stages, screening questions, postings and hiring team. Read-only seed data.</summary>
public sealed record Job : IRecord
{
    public required string Id { get; init; }

    public required string? RemoteId { get; init; }

    public string? Name { get; init; }

    public string? JobCode { get; init; }

    public string? Description { get; init; }

    public bool? Confidential { get; init; }

    public double? WeeklyHours { get; init; }

    public string? EmploymentType { get; init; }

    /// <summary>OPEN, CLOSED, DRAFT, ARCHIVED or a tool's own value; only OPEN jobs take applications.</summary>
    public string? Status { get; init; }

    public string? Visibility { get; init; }

    public string? Category { get; init; }

    public string? Department { get; init; }

    public string? PostUrl { get; init; }

    public string? ExperienceLevel { get; init; }

    public string? RemoteWorkStatus { get; init; }

    public double? SalaryAmount { get; init; }

    public double? SalaryAmountFrom { get; init; }

    public double? SalaryAmountTo { get; init; }

    public string? SalaryCurrency { get; init; }

    public string? SalaryPeriod { get; init; }

    public Address? Location { get; init; }

    public JsonElement? CustomFields { get; init; }

    public IReadOnlyList<IntegrationField> IntegrationFields { get; init; } = [];

    public string? RemoteUrl { get; init; }

    public DateTimeOffset? OpenedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public DateTimeOffset? RemoteCreatedAt { get; init; }

    public DateTimeOffset? RemoteUpdatedAt { get; init; }

    public string? ContactId { get; init; }

    public JsonElement? RemoteData { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public IReadOnlyList<JobStage> Stages { get; init; } = [];

    public IReadOnlyList<ScreeningQuestion> ScreeningQuestions { get; init; } = [];

    public IReadOnlyList<JobPosting> JobPostings { get; init; } = [];

    public IReadOnlyList<HiringTeamMember> HiringTeam { get; init; } = [];

    // Jobs are read-only and their nested data is part of the job itself.
    public DateTimeOffset TouchedAt => ChangedAt;
}

/// <summary>A stage of a job's pipeline; applications of the job move through these.</summary>
public sealed record JobStage
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    public string? Name { get; init; }

    public int? Index { get; init; }

    public JsonElement? RemoteData { get; init; }
}

public sealed record ScreeningQuestion
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The answer format; null when the tool does not say (treated like UNKNOWN).</summary>
    public QuestionFormat? Format { get; init; }

    /// <summary>EEO or DEMOGRAPHIC.</summary>
    public string? Category { get; init; }

    public int? Index { get; init; }

    public bool? Required { get; init; }

    public string? PreconditionQuestionId { get; init; }

    /// <summary>Option ids or booleans of the precondition question that make this one apply.</summary>
    public JsonElement? PreconditionOptions { get; init; }
}

/// <summary>
/// Kombo's question format, one flat record for all its variants: <see cref="Type"/> says which of the other
/// fields apply (TEXT: display type, max length; NUMBER: display type, min, max; FILE: MIME types, size;
/// SINGLE_SELECT/MULTI_SELECT: options; UNKNOWN: raw question).
/// </summary>
public sealed record QuestionFormat
{
    public required string Type { get; init; }

    public string? DisplayType { get; init; }

    public long? MaxLength { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public IReadOnlyList<string>? AcceptedMimeTypes { get; init; }

    public long? MaxFileSizeBytes { get; init; }

    public IReadOnlyList<QuestionOption>? Options { get; init; }

    public JsonElement? RawQuestion { get; init; }
}

public sealed record QuestionOption
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    public required string Name { get; init; }
}

public sealed record JobPosting
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    public string? Title { get; init; }

    public string? DescriptionHtml { get; init; }

    public string? Status { get; init; }

    public string? Visibility { get; init; }

    public string? Url { get; init; }

    public JsonElement? RemoteData { get; init; }
}

/// <summary>A user on a job's hiring team (its <see cref="Id"/> is the user's Kombo id).</summary>
public sealed record HiringTeamMember
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    /// <summary>RECRUITER and/or HIRING_MANAGER.</summary>
    public IReadOnlyList<string> HiringTeamRoles { get; init; } = [];

    public IReadOnlyList<RoleAssignment> JobRoles { get; init; } = [];
}

/// <summary>A role a user holds in the ATS, system-wide or on one job (Kombo SDK's role assignment).</summary>
public sealed record RoleAssignment
{
    public string? RemoteId { get; init; }

    public string? RemoteLabel { get; init; }

    /// <summary>SYSTEM or JOB.</summary>
    public string? Scope { get; init; }

    /// <summary>HIRING_MANAGER, RECRUITER, COORDINATOR, SOURCER, INTERVIEWER or ADMIN.</summary>
    public string? UnifiedType { get; init; }
}

/// <summary>A candidate (Kombo §B3). Applications are their own table; tags are ids into the tag table.</summary>
public sealed record Candidate : IRecord
{
    public required string Id { get; init; }

    public required string? RemoteId { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Company { get; init; }

    public string? Title { get; init; }

    public bool? Confidential { get; init; }

    public string? Source { get; init; }

    /// <summary>The first entry is the primary phone number of the writes.</summary>
    public IReadOnlyList<PhoneNumber> PhoneNumbers { get; init; } = [];

    /// <summary>The first entry is the primary email: the one that identifies a returning candidate.</summary>
    public IReadOnlyList<EmailAddress> EmailAddresses { get; init; } = [];

    public IReadOnlyList<SocialMedia> SocialMedia { get; init; } = [];

    public Address? Location { get; init; }

    public JsonElement? CustomFields { get; init; }

    public IReadOnlyList<IntegrationField> IntegrationFields { get; init; } = [];

    public string? RemoteUrl { get; init; }

    public DateTimeOffset? RemoteCreatedAt { get; init; }

    public DateTimeOffset? RemoteUpdatedAt { get; init; }

    public JsonElement? RemoteData { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    /// <summary>Kombo ids of the candidate's tags, in the order they were added.</summary>
    public IReadOnlyList<string> TagIds { get; init; } = [];

    // Accepted on writes; Kombo's candidate model has no field to read them back.
    public string? Gender { get; init; }

    public DateOnly? AvailabilityDate { get; init; }

    public SalaryExpectations? SalaryExpectations { get; init; }

    public GdprConsent? GdprConsent { get; init; }

    public ImmutableList<StoredFile> Attachments { get; init; } = [];

    public ImmutableList<ResultLink> ResultLinks { get; init; } = [];

    public required DateTimeOffset TouchedAt { get; init; }

    public string? PrimaryEmail => EmailAddresses.Count > 0 ? EmailAddresses[0].Address : null;
}

public sealed record EmailAddress(string? Address, string? Type);

public sealed record PhoneNumber(string Number, string? Type);

public sealed record SocialMedia(string? Link, string? Type, string? Username);

public sealed record SalaryExpectations(string Period, double Amount);

public sealed record GdprConsent(DateTimeOffset? ExpiresAt, bool? Given);

/// <summary>An application of a candidate to a job (Kombo §B3).</summary>
public sealed record Application : IRecord
{
    public required string Id { get; init; }

    public required string? RemoteId { get; init; }

    /// <summary>PENDING, HIRED or DECLINED.</summary>
    public string? Outcome { get; init; }

    public string? RejectionReasonName { get; init; }

    public DateTimeOffset? RejectedAt { get; init; }

    public string? CurrentStageId { get; init; }

    public string? JobId { get; init; }

    public required string CandidateId { get; init; }

    public IReadOnlyList<ScreeningAnswer> ScreeningQuestionAnswers { get; init; } = [];

    public JsonElement? CustomFields { get; init; }

    public IReadOnlyList<IntegrationField> IntegrationFields { get; init; } = [];

    public string? RemoteUrl { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public DateTimeOffset? RemoteCreatedAt { get; init; }

    public DateTimeOffset? RemoteUpdatedAt { get; init; }

    public JsonElement? RemoteData { get; init; }

    public IReadOnlyList<Interview> Interviews { get; init; } = [];

    public IReadOnlyList<Offer> Offers { get; init; } = [];

    /// <summary>The user who sourced the application (Kombo id), from <c>sourced_by</c>.</summary>
    public string? SourcedByUserId { get; init; }

    public ImmutableList<Note> Notes { get; init; } = [];

    public ImmutableList<StoredFile> Attachments { get; init; } = [];

    public ImmutableList<ResultLink> ResultLinks { get; init; } = [];

    public required DateTimeOffset TouchedAt { get; init; }
}

/// <summary>
/// An answer to one of the job's screening questions, in Kombo's read shape: the question as it was answered
/// and the answer object for its type (e.g. <c>{"content": "…"}</c> for TEXT). FILE answers keep the file instead;
/// Kombo does not return them.
/// </summary>
public sealed record ScreeningAnswer
{
    /// <summary>Kombo id of the question answered; null for seeded answers.</summary>
    public string? QuestionId { get; init; }

    public required AnsweredQuestion Question { get; init; }

    public JsonElement Answer { get; init; }

    public StoredFile? File { get; init; }
}

public sealed record AnsweredQuestion
{
    public string? RemoteId { get; init; }

    public required string Title { get; init; }

    public required string Type { get; init; }
}

public sealed record Interview
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    public string? Title { get; init; }

    public DateTimeOffset? StartingAt { get; init; }

    public DateTimeOffset? EndingAt { get; init; }

    public Address? Location { get; init; }

    public bool? Canceled { get; init; }
}

public sealed record Offer
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    /// <summary>ACCEPTED, DECLINED, SENT, APPROVED, DRAFT or ABANDONED.</summary>
    public string? Status { get; init; }
}

/// <summary>A note added to an application (no unified read shows it; the control plane does).</summary>
public sealed record Note(string Content, string ContentType, DateTimeOffset ReceivedAt);

public sealed record Tag : IRecord
{
    public required string Id { get; init; }

    public required string? RemoteId { get; init; }

    public string? Name { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public JsonElement? RemoteData { get; init; }

    public DateTimeOffset TouchedAt => ChangedAt;
}

/// <summary>A user of the ATS (recruiter, hiring manager, …); read-only seed data.</summary>
public sealed record User : IRecord
{
    public required string Id { get; init; }

    public required string? RemoteId { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    /// <summary>ACTIVE or INACTIVE.</summary>
    public string? Status { get; init; }

    public IReadOnlyList<RoleAssignment> SystemRoles { get; init; } = [];

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public JsonElement? RemoteData { get; init; }

    public DateTimeOffset TouchedAt => ChangedAt;
}

/// <summary>An item of the deprecated GET /ats/application-stages: a job stage seen across all jobs.</summary>
public sealed record ApplicationStage : IRecord
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    public string? Name { get; init; }

    public JsonElement? RemoteData { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public DateTimeOffset TouchedAt => ChangedAt;
}
