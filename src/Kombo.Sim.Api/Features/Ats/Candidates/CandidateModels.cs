using System.Text.Json;
using System.Text.Json.Serialization;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Features.Ats.Applications;

namespace Kombo.Sim.Api.Features.Ats.Candidates;

/// <summary>
/// A candidate with its tags, without its applications: nested in POST /ats/jobs/{job_id}/applications, and the
/// seed format of <c>candidates.json</c> (where <c>tags</c> lists the candidate's tags).
/// </summary>
public class CandidateCoreModel
{
    public string Id { get; set; } = "";

    public string RemoteId { get; set; } = "";

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Company { get; set; }

    public string? Title { get; set; }

    public bool? Confidential { get; set; }

    public string? Source { get; set; }

    public IReadOnlyList<PhoneNumberModel>? PhoneNumbers { get; set; } = [];

    public IReadOnlyList<EmailAddressModel>? EmailAddresses { get; set; } = [];

    public IReadOnlyList<SocialMediaModel>? SocialMedia { get; set; } = [];

    public Address? Location { get; set; }

    public JsonElement? CustomFields { get; set; }

    public IReadOnlyList<IntegrationField> IntegrationFields { get; set; } = [];

    public string? RemoteUrl { get; set; }

    public DateTimeOffset? RemoteCreatedAt { get; set; }

    public DateTimeOffset? RemoteUpdatedAt { get; set; }

    public JsonElement? RemoteData { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }

    [JsonPropertyOrder(2)]
    public IReadOnlyList<TagRefModel> Tags { get; set; } = [];
}

/// <summary>An item of GET /ats/candidates, and <c>data</c> of POST /ats/candidates and PATCH /ats/candidates/{id}.</summary>
public sealed class CandidateModel : CandidateCoreModel
{
    [JsonPropertyOrder(1)]
    public IReadOnlyList<CandidateApplicationModel> Applications { get; set; } = [];
}

/// <summary>An application as nested in a candidate.</summary>
public sealed class CandidateApplicationModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Outcome { get; set; }

    public string? RejectionReasonName { get; set; }

    public DateTimeOffset? RejectedAt { get; set; }

    public string? RemoteUrl { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteCreatedAt { get; set; }

    public DateTimeOffset? RemoteUpdatedAt { get; set; }

    public StageRefModel? CurrentStage { get; set; }

    public JobRefModel? Job { get; set; }
}

public sealed class EmailAddressModel
{
    public string? EmailAddress { get; set; }

    public string? Type { get; set; }
}

public sealed class PhoneNumberModel
{
    public string PhoneNumber { get; set; } = "";

    public string? Type { get; set; }
}

public sealed class SocialMediaModel
{
    public string? Link { get; set; }

    public string? Type { get; set; }

    public string? Username { get; set; }
}

/// <summary>A tag as nested in a candidate: <c>{id, remote_id, name}</c>.</summary>
public sealed class TagRefModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Name { get; set; }
}
