using System.Text.Json;
using System.Text.Json.Serialization;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.Features.Ats.Jobs;

/// <summary>An item of GET /ats/jobs (also the seed format of <c>jobs.json</c>).</summary>
public sealed class JobModel
{
    public string Id { get; set; } = "";

    public string RemoteId { get; set; } = "";

    public string? Name { get; set; }

    public string? JobCode { get; set; }

    public string? Description { get; set; }

    public bool? Confidential { get; set; }

    public double? WeeklyHours { get; set; }

    public string? EmploymentType { get; set; }

    public string? Status { get; set; }

    public string? Visibility { get; set; }

    public string? Category { get; set; }

    public string? Department { get; set; }

    public string? PostUrl { get; set; }

    public string? ExperienceLevel { get; set; }

    public string? RemoteWorkStatus { get; set; }

    public double? SalaryAmount { get; set; }

    public double? SalaryAmountFrom { get; set; }

    public double? SalaryAmountTo { get; set; }

    public string? SalaryCurrency { get; set; }

    public string? SalaryPeriod { get; set; }

    public Address? Location { get; set; }

    public JsonElement? CustomFields { get; set; }

    public IReadOnlyList<IntegrationField> IntegrationFields { get; set; } = [];

    public string? RemoteUrl { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset? RemoteCreatedAt { get; set; }

    public DateTimeOffset? RemoteUpdatedAt { get; set; }

    public string? ContactId { get; set; }

    public JsonElement? RemoteData { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }

    public IReadOnlyList<JobStageModel> Stages { get; set; } = [];

    public IReadOnlyList<ScreeningQuestionModel> ScreeningQuestions { get; set; } = [];

    public IReadOnlyList<JobPostingModel> JobPostings { get; set; } = [];

    public IReadOnlyList<HiringTeamMemberModel> HiringTeam { get; set; } = [];
}

public sealed class JobStageModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Name { get; set; }

    public JsonElement? RemoteData { get; set; }

    public int? Index { get; set; }
}

public sealed class ScreeningQuestionModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public QuestionFormatModel? Format { get; set; }

    public string? Category { get; set; }

    public int? Index { get; set; }

    public bool? Required { get; set; }

    public string? PreconditionQuestionId { get; set; }

    public JsonElement? PreconditionOptions { get; set; }
}

/// <summary>
/// Kombo's question format: <c>type</c> plus the fields of that type only (the others are left out, as Kombo
/// writes them, rather than written as nulls).
/// </summary>
public sealed class QuestionFormatModel
{
    public string Type { get; set; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisplayType { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? MaxLength { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Min { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Max { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AcceptedMimeTypes { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? MaxFileSizeBytes { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<QuestionOption>? Options { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? RawQuestion { get; set; }
}

public sealed class JobPostingModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Title { get; set; }

    public string? DescriptionHtml { get; set; }

    public string? Status { get; set; }

    public string? Visibility { get; set; }

    public string? Url { get; set; }

    public JsonElement? RemoteData { get; set; }
}

public sealed class HiringTeamMemberModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public IReadOnlyList<string> HiringTeamRoles { get; set; } = [];

    /// <summary>Kombo's SDK requires it although the spec does not list it (tools/reference/SDK-STRICTNESS.md).</summary>
    public IReadOnlyList<RoleAssignment> JobRoles { get; set; } = [];
}
