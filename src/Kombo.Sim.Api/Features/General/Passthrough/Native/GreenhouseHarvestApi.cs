using System.Text.Json;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.General.Passthrough.Native;

/// <summary>
/// Greenhouse's Harvest API v1 (<c>https://harvest.greenhouse.io/v1</c>): candidates, applications, jobs and users as
/// JSON arrays, paginated with <c>per_page</c> (1–500, default 100) and <c>page</c> (from 1) and a <c>link</c> header
/// with <c>next</c>, <c>prev</c> and <c>last</c> (no <c>last</c> with <c>skip_count=true</c>).
/// </summary>
public sealed class GreenhouseHarvestApi : NativeApi
{
    private const int DefaultPerPage = 100;
    private const int MaxPerPage = 500;

    public GreenhouseHarvestApi()
    {
        Get("/candidates", ListCandidates);
        Get("/candidates/{id}", call => One(call, call.State.Ats.Candidates, candidate => Candidate(call.State.Ats, candidate)));
        Get("/applications", ListApplications);
        Get("/applications/{id}", call => One(call, call.State.Ats.Applications, application => Application(call.State.Ats, application)));
        Get("/jobs", ListJobs);
        Get("/jobs/{id}", call => One(call, call.State.Ats.Jobs, Job));
        Get("/users", call => Page(call, call.State.Ats.Users.Rows.Live().ToList(), User));
        Get("/users/{id}", call => One(call, call.State.Ats.Users, User));
    }

    public override string ToolApi => "greenhouse/harvest";

    protected override UpstreamResponse NotFound(UpstreamRequest request) =>
        UpstreamResponse.Json(404, new JsonObject { ["message"] = "Resource not found" });

    private static UpstreamResponse ListCandidates(NativeCall call)
    {
        var ats = call.State.Ats;
        var email = call.Request.QueryValue("email");
        var ids = Csv(call.Request.QueryValue("candidate_ids"));
        var jobId = call.Request.QueryValue("job_id");
        var candidates = ats.Candidates.Rows.Live()
            .Where(c => string.IsNullOrEmpty(email) || c.EmailAddresses.Any(e => string.Equals(e.Address, email, StringComparison.OrdinalIgnoreCase)))
            .Where(c => ids is null || ids.Contains(c.RemoteId ?? ""))
            .Where(c => string.IsNullOrEmpty(jobId) || ats.ApplicationsOf(c.Id).Any(a => ats.Jobs.Find(a.JobId ?? "")?.RemoteId == jobId))
            .ToList();
        return Page(call, candidates, candidate => Candidate(ats, candidate));
    }

    private static UpstreamResponse ListApplications(NativeCall call)
    {
        var ats = call.State.Ats;
        var jobId = call.Request.QueryValue("job_id");
        var status = call.Request.QueryValue("status");
        var applications = ats.Applications.Rows.Live()
            .Where(a => string.IsNullOrEmpty(jobId) || ats.Jobs.Find(a.JobId ?? "")?.RemoteId == jobId)
            .Where(a => string.IsNullOrEmpty(status) || Status(a) == status)
            .ToList();
        return Page(call, applications, application => Application(ats, application));
    }

    private static UpstreamResponse ListJobs(NativeCall call)
    {
        var status = call.Request.QueryValue("status");
        var jobs = call.State.Ats.Jobs.Rows.Live().Where(j => string.IsNullOrEmpty(status) || JobStatus(j) == status).ToList();
        return Page(call, jobs, Job);
    }

    private static UpstreamResponse Page<T>(NativeCall call, IReadOnlyList<T> items, Func<T, JsonObject> render)
    {
        var request = call.Request;
        var perPage = request.QueryInt("per_page", DefaultPerPage, 1, MaxPerPage);
        var page = request.QueryInt("page", 1, 1, int.MaxValue);
        var last = Math.Max(1, (items.Count + perPage - 1) / perPage);
        var skip = (long)(page - 1) * perPage;
        var results = skip >= items.Count ? [] : items.Skip((int)skip).Take(perPage).Select(render);

        var links = new List<string>();
        if (page < last)
        {
            links.Add(Link(request, page + 1, perPage, "next"));
        }

        if (page > 1)
        {
            links.Add(Link(request, Math.Min(page - 1, last), perPage, "prev"));
        }

        if (!string.Equals(request.QueryValue("skip_count"), "true", StringComparison.OrdinalIgnoreCase))
        {
            links.Add(Link(request, last, perPage, "last"));
        }

        return links.Count == 0
            ? UpstreamResponse.Ok(NativeJson.Array(results))
            : UpstreamResponse.Ok(NativeJson.Array(results), KeyValuePair.Create("link", string.Join(',', links)));
    }

    private static string Link(UpstreamRequest request, int page, int perPage, string rel)
    {
        var query = request.Query
            .Where(p => p.Key is not ("page" or "per_page"))
            .Append(KeyValuePair.Create("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(KeyValuePair.Create("per_page", perPage.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}");
        return $"<{request.UrlWithoutQuery}?{string.Join('&', query)}>; rel=\"{rel}\"";
    }

    private static JsonObject Candidate(AtsData ats, Candidate candidate)
    {
        var applications = ats.ApplicationsOf(candidate.Id).ToList();
        return new JsonObject
        {
            ["id"] = NativeJson.NumericId(candidate.RemoteId),
            ["first_name"] = candidate.FirstName,
            ["last_name"] = candidate.LastName,
            ["company"] = candidate.Company,
            ["title"] = candidate.Title,
            ["created_at"] = NativeJson.Timestamp(candidate.RemoteCreatedAt),
            ["updated_at"] = NativeJson.Timestamp(candidate.RemoteUpdatedAt ?? candidate.ChangedAt),
            ["last_activity"] = NativeJson.Timestamp(candidate.RemoteUpdatedAt ?? candidate.ChangedAt),
            ["is_private"] = candidate.Confidential ?? false,
            ["photo_url"] = null,
            ["attachments"] = Attachments(candidate.Attachments.Concat(applications.SelectMany(a => a.Attachments))),
            ["application_ids"] = NativeJson.Array(applications.Select(a => NativeJson.NumericId(a.RemoteId))),
            ["phone_numbers"] = NativeJson.Array(candidate.PhoneNumbers.Select(p => (JsonNode)new JsonObject { ["value"] = p.Number, ["type"] = ContactType(p.Type) })),
            ["addresses"] = candidate.Location?.Raw is { } address
                ? new JsonArray(new JsonObject { ["value"] = address, ["type"] = "home" })
                : new JsonArray(),
            ["email_addresses"] = NativeJson.Array(candidate.EmailAddresses.Select(e => (JsonNode)new JsonObject { ["value"] = e.Address, ["type"] = ContactType(e.Type) })),
            ["website_addresses"] = new JsonArray(),
            ["social_media_addresses"] = NativeJson.Array(candidate.SocialMedia.Select(s => (JsonNode)new JsonObject { ["value"] = s.Link })),
            ["tags"] = NativeJson.Array(candidate.TagIds.Select(ats.Tags.Find).OfType<Tag>().Where(t => t.RemoteDeletedAt is null).Select(t => (JsonNode?)t.Name)),
            ["applications"] = NativeJson.Array(applications.Select(a => Application(ats, a))),
            ["educations"] = new JsonArray(),
            ["employments"] = new JsonArray(),
            ["custom_fields"] = NativeJson.ObjectOrEmpty(candidate.CustomFields),
        }
        .WithMissing(NativeJson.RemoteData(candidate.RemoteData, "/v1/candidates"))
        .WithDefault("recruiter", null)
        .WithDefault("coordinator", null)
        .WithDefault("can_email", true);
    }

    private static JsonObject Application(AtsData ats, Application application)
    {
        var job = ats.Jobs.Find(application.JobId ?? "");
        var stage = job?.Stages.FirstOrDefault(s => s.Id == application.CurrentStageId);
        var candidate = ats.Candidates.Find(application.CandidateId);
        return new JsonObject
        {
            ["id"] = NativeJson.NumericId(application.RemoteId),
            ["candidate_id"] = NativeJson.NumericId(candidate?.RemoteId),
            ["prospect"] = false,
            ["applied_at"] = NativeJson.Timestamp(application.RemoteCreatedAt),
            ["rejected_at"] = NativeJson.Timestamp(application.RejectedAt),
            ["last_activity_at"] = NativeJson.Timestamp(application.RemoteUpdatedAt ?? application.ChangedAt),
            ["source"] = candidate?.Source is { } source ? new JsonObject { ["id"] = null, ["public_name"] = source } : null,
            ["rejection_reason"] = application.Outcome == "DECLINED"
                ? new JsonObject { ["id"] = null, ["name"] = application.RejectionReasonName }
                : null,
            ["jobs"] = job is null ? new JsonArray() : new JsonArray(new JsonObject { ["id"] = NativeJson.NumericId(job.RemoteId), ["name"] = job.Name }),
            ["status"] = Status(application),
            ["current_stage"] = stage is null ? null : new JsonObject { ["id"] = NativeJson.NumericId(stage.RemoteId), ["name"] = stage.Name },
            ["answers"] = NativeJson.Array(application.ScreeningQuestionAnswers.Select(a => (JsonNode)new JsonObject
            {
                ["question"] = a.Question.Title,
                ["answer"] = AnswerText(a.Answer),
            })),
            ["attachments"] = Attachments(application.Attachments),
            ["custom_fields"] = NativeJson.ObjectOrEmpty(application.CustomFields),
        }
        .WithMissing(NativeJson.RemoteData(application.RemoteData, "/v1/applications"))
        .WithDefault("credited_to", null)
        .WithDefault("location", null);
    }

    private static JsonObject Job(Job job) => new JsonObject
    {
        ["id"] = NativeJson.NumericId(job.RemoteId),
        ["name"] = job.Name,
        ["requisition_id"] = job.JobCode,
        ["notes"] = null,
        ["confidential"] = job.Confidential ?? false,
        ["status"] = JobStatus(job),
        ["created_at"] = NativeJson.Timestamp(job.RemoteCreatedAt),
        ["opened_at"] = NativeJson.Timestamp(job.OpenedAt),
        ["closed_at"] = NativeJson.Timestamp(job.ClosedAt),
        ["updated_at"] = NativeJson.Timestamp(job.RemoteUpdatedAt ?? job.ChangedAt),
        ["is_template"] = false,
        ["departments"] = job.Department is { } department
            ? new JsonArray(new JsonObject { ["id"] = null, ["name"] = department, ["parent_id"] = null, ["child_ids"] = new JsonArray(), ["external_id"] = null })
            : new JsonArray(),
        ["offices"] = job.Location is { } location
            ? new JsonArray(new JsonObject { ["id"] = null, ["name"] = location.City, ["location"] = new JsonObject { ["name"] = location.Raw }, ["external_id"] = null })
            : new JsonArray(),
        ["hiring_team"] = new JsonObject
        {
            ["hiring_managers"] = TeamMembers(job, "HIRING_MANAGER"),
            ["recruiters"] = TeamMembers(job, "RECRUITER"),
            ["coordinators"] = new JsonArray(),
            ["sourcers"] = new JsonArray(),
        },
        ["custom_fields"] = NativeJson.ObjectOrEmpty(job.CustomFields),
    }
    .WithMissing(NativeJson.RemoteData(job.RemoteData, "/v1/jobs"));

    private static JsonObject User(User user) => new JsonObject
    {
        ["id"] = NativeJson.NumericId(user.RemoteId),
        ["name"] = $"{user.FirstName} {user.LastName}".Trim(),
        ["first_name"] = user.FirstName,
        ["last_name"] = user.LastName,
        ["primary_email_address"] = user.Email,
        ["emails"] = user.Email is { } email ? new JsonArray(JsonValue.Create(email)) : new JsonArray(),
        ["disabled"] = user.Status == "INACTIVE",
        ["site_admin"] = user.SystemRoles.Any(r => r.UnifiedType == "ADMIN"),
        ["updated_at"] = NativeJson.Timestamp(user.ChangedAt),
    }
    .WithMissing(NativeJson.RemoteData(user.RemoteData, "/v1/users"));

    private static JsonArray TeamMembers(Job job, string role) => NativeJson.Array(job.HiringTeam
        .Where(m => m.HiringTeamRoles.Contains(role))
        .Select(m => (JsonNode)new JsonObject
        {
            ["id"] = NativeJson.NumericId(m.RemoteId),
            ["first_name"] = m.FirstName,
            ["last_name"] = m.LastName,
            ["name"] = $"{m.FirstName} {m.LastName}".Trim(),
            ["employee_id"] = null,
            ["responsible"] = false,
        }));

    private static JsonArray Attachments(IEnumerable<StoredFile> files) => NativeJson.Array(files.Select(f => (JsonNode)new JsonObject
    {
        ["filename"] = f.Name,
        ["url"] = f.DataUrl,
        ["type"] = f.Type switch { "CV" => "resume", "COVER_LETTER" => "cover_letter", _ => "other" },
        ["created_at"] = NativeJson.Timestamp(f.ReceivedAt),
    }));

    // Kombo's answer objects ({"content": "…"}, {"choices": […]}) as Greenhouse's plain answer text.
    private static string? AnswerText(JsonElement answer) => answer.ValueKind switch
    {
        JsonValueKind.Object => answer.EnumerateObject().Select(p => AnswerText(p.Value)).FirstOrDefault(),
        JsonValueKind.Array => string.Join(", ", answer.EnumerateArray().Select(AnswerText)),
        JsonValueKind.String => answer.GetString(),
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        _ => answer.GetRawText(),
    };

    private static string Status(Application application) => application.Outcome switch
    {
        "HIRED" => "hired",
        "DECLINED" => "rejected",
        _ => "active",
    };

    private static string? JobStatus(Job job) => job.Status switch
    {
        "ARCHIVED" => "closed",
        var status => NativeJson.Lower(status),
    };

    private static string ContactType(string? type) => type switch
    {
        "MOBILE" or "HOME" or "WORK" or "PERSONAL" => type.ToLowerInvariant(),
        _ => "other",
    };

    private static HashSet<string>? Csv(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
