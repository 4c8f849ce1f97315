using System.Text.Json;
using System.Text.Json.Serialization;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Features.Ats.Candidates;

namespace Kombo.Sim.Api.Features.Ats.Applications;

/// <summary>The fields every application shape shares (the seed format of <c>applications.json</c> adds interviews and offers).</summary>
public class ApplicationCoreModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Outcome { get; set; }

    public string? RejectionReasonName { get; set; }

    public DateTimeOffset? RejectedAt { get; set; }

    public string? CurrentStageId { get; set; }

    public string? JobId { get; set; }

    public string? CandidateId { get; set; }

    public IReadOnlyList<ScreeningAnswerModel> ScreeningQuestionAnswers { get; set; } = [];

    public JsonElement? CustomFields { get; set; }

    public IReadOnlyList<IntegrationField> IntegrationFields { get; set; } = [];

    public string? RemoteUrl { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }

    public DateTimeOffset? RemoteCreatedAt { get; set; }

    public DateTimeOffset? RemoteUpdatedAt { get; set; }

    public JsonElement? RemoteData { get; set; }

    [JsonPropertyOrder(1)]
    public StageRefModel? CurrentStage { get; set; }

    [JsonPropertyOrder(1)]
    public JobRefModel? Job { get; set; }
}

/// <summary>An item of GET /ats/applications, with its candidate, current stage, job, interviews and offers.</summary>
public sealed class ApplicationModel : ApplicationCoreModel
{
    [JsonPropertyOrder(1)]
    public ApplicationCandidateModel? Candidate { get; set; }

    [JsonPropertyOrder(2)]
    public IReadOnlyList<InterviewModel> Interviews { get; set; } = [];

    [JsonPropertyOrder(2)]
    public IReadOnlyList<OfferModel> Offers { get; set; } = [];
}

/// <summary><c>data</c> of POST /ats/jobs/{job_id}/applications: the application with its full candidate.</summary>
public sealed class ApplicationCreatedModel : ApplicationCoreModel
{
    [JsonPropertyOrder(1)]
    public CandidateCoreModel? Candidate { get; set; }
}

/// <summary>Kombo's read shape of a screening answer: the question as answered and the answer object of its type.</summary>
public sealed class ScreeningAnswerModel
{
    public AnsweredQuestionModel Question { get; set; } = new();

    public JsonElement Answer { get; set; }
}

public sealed class AnsweredQuestionModel
{
    public string? RemoteId { get; set; }

    public string Title { get; set; } = "";

    public string Type { get; set; } = "";
}

/// <summary>The candidate nested in a GET /ats/applications item.</summary>
public sealed class ApplicationCandidateModel
{
    public string Id { get; set; } = "";

    public string RemoteId { get; set; } = "";

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public IReadOnlyList<EmailAddressModel>? EmailAddresses { get; set; } = [];

    public IReadOnlyList<PhoneNumberModel>? PhoneNumbers { get; set; } = [];

    public IReadOnlyList<SocialMediaModel>? SocialMedia { get; set; } = [];

    public string? Source { get; set; }

    public string? RemoteUrl { get; set; }

    public IReadOnlyList<TagRefModel> Tags { get; set; } = [];
}

/// <summary>A stage as nested in applications: <c>{id, remote_id, name, index}</c>.</summary>
public sealed class StageRefModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Name { get; set; }

    public int? Index { get; set; }
}

/// <summary>A job as nested in applications: <c>{id, remote_id, name}</c>.</summary>
public sealed class JobRefModel
{
    public string Id { get; set; } = "";

    public string RemoteId { get; set; } = "";

    public string? Name { get; set; }
}

public sealed class InterviewModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Title { get; set; }

    public DateTimeOffset? StartingAt { get; set; }

    public DateTimeOffset? EndingAt { get; set; }

    public Address? Location { get; set; }

    public bool? Canceled { get; set; }
}

public sealed class OfferModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Status { get; set; }
}
