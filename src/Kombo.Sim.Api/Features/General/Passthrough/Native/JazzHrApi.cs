using System.Globalization;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.General.Passthrough.Native;

/// <summary>
/// JazzHR's v1 API (<c>https://api.resumatorapi.com/v1</c>): applicants (Kombo's candidates) and jobs as JSON arrays
/// with string ids, 100 per page, paged by path (<c>/applicants/page/2</c>) as JazzHR does.
/// </summary>
public sealed class JazzHrApi : NativeApi
{
    private const int PageSize = 100;

    public JazzHrApi()
    {
        Get("/applicants", call => Page(call, 1, Applicants(call.State.Ats), ApplicantSummary));
        Get("/applicants/page/{page}", call => Page(call, Applicants(call.State.Ats), ApplicantSummary));
        Get("/applicants/{id}", call => One(call, call.State.Ats.Candidates, applicant => Applicant(call.State.Ats, applicant)));
        Get("/jobs", call => Page(call, 1, Jobs(call.State.Ats), (_, job) => Job(job)));
        Get("/jobs/page/{page}", call => Page(call, Jobs(call.State.Ats), (_, job) => Job(job)));
        Get("/jobs/{id}", call => One(call, call.State.Ats.Jobs, Job));
    }

    public override string ToolApi => "jazzhr/v1";

    protected override UpstreamResponse NotFound(UpstreamRequest request) =>
        UpstreamResponse.Json(404, new JsonObject { ["error"] = "Not Found" });

    private static List<Candidate> Applicants(AtsData ats) => ats.Candidates.Rows.Live().ToList();

    private static List<Job> Jobs(AtsData ats) => ats.Jobs.Rows.Live().ToList();

    private UpstreamResponse Page<T>(NativeCall call, List<T> items, Func<AtsData, T, JsonObject> render) =>
        int.TryParse(call["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            ? Page(call, page, items, render)
            : NotFound(call.Request);

    private static UpstreamResponse Page<T>(NativeCall call, int page, List<T> items, Func<AtsData, T, JsonObject> render) =>
        UpstreamResponse.Ok(NativeJson.Array(items.Skip((int)Math.Min((long)(page - 1) * PageSize, items.Count)).Take(PageSize).Select(item => render(call.State.Ats, item))));

    private static JsonObject ApplicantSummary(AtsData ats, Candidate candidate)
    {
        var latest = ats.ApplicationsOf(candidate.Id).LastOrDefault();
        var job = latest?.JobId is { } jobId ? ats.Jobs.Find(jobId) : null;
        return new JsonObject
        {
            ["id"] = candidate.RemoteId,
            ["first_name"] = candidate.FirstName,
            ["last_name"] = candidate.LastName,
            ["prospect_phone"] = (candidate.PhoneNumbers.Count > 0 ? candidate.PhoneNumbers[0].Number : null),
            ["apply_date"] = NativeJson.Date(candidate.RemoteCreatedAt),
            ["job_id"] = job?.RemoteId,
            ["job_title"] = job?.Name,
        };
    }

    private static JsonObject Applicant(AtsData ats, Candidate candidate) => new()
    {
        ["id"] = candidate.RemoteId,
        ["first_name"] = candidate.FirstName,
        ["last_name"] = candidate.LastName,
        ["email"] = candidate.PrimaryEmail,
        ["phone"] = (candidate.PhoneNumbers.Count > 0 ? candidate.PhoneNumbers[0].Number : null),
        ["address"] = candidate.Location?.Raw,
        ["location"] = candidate.Location is { } location ? string.Join(", ", new[] { location.City, location.State }.Where(p => p is not null)) : null,
        ["linkedin_url"] = candidate.SocialMedia.FirstOrDefault(s => s.Type == "LINKEDIN")?.Link,
        ["source"] = candidate.Source,
        ["apply_date"] = NativeJson.Date(candidate.RemoteCreatedAt),
        ["jobs"] = NativeJson.Array(ats.ApplicationsOf(candidate.Id).Select(application =>
        {
            var job = application.JobId is { } jobId ? ats.Jobs.Find(jobId) : null;
            var step = job?.Stages.FirstOrDefault(s => s.Id == application.CurrentStageId);
            return (JsonNode)new JsonObject
            {
                ["job_id"] = job?.RemoteId,
                ["job_title"] = job?.Name,
                ["applicant_progress"] = application.Outcome switch { "HIRED" => "Hired", "DECLINED" => "Not Hired", _ => "Active" },
                ["workflow_step_id"] = step?.RemoteId,
                ["workflow_step_name"] = step?.Name,
                ["date"] = NativeJson.Date(application.RemoteCreatedAt),
            };
        })),
    };

    private static JsonObject Job(Job job) => new()
    {
        ["id"] = job.RemoteId,
        ["title"] = job.Name,
        ["city"] = job.Location?.City,
        ["state"] = job.Location?.State,
        ["zip"] = job.Location?.ZipCode,
        ["country_id"] = job.Location?.Country,
        ["department"] = job.Department,
        ["description"] = job.Description,
        ["minimum_salary"] = job.SalaryAmountFrom?.ToString(CultureInfo.InvariantCulture),
        ["maximum_salary"] = job.SalaryAmountTo?.ToString(CultureInfo.InvariantCulture),
        ["original_open_date"] = NativeJson.Date(job.OpenedAt),
        ["type"] = job.EmploymentType switch
        {
            "FULL_TIME" => "Full Time",
            "PART_TIME" => "Part Time",
            "CONTRACT" => "Contractor",
            "INTERNSHIP" => "Intern",
            "TEMPORARY" => "Temporary",
            _ => null,
        },
        ["status"] = job.Status switch
        {
            "OPEN" => "Open",
            "CLOSED" or "ARCHIVED" => "Closed",
            "DRAFT" => "Drafting",
            var other => other,
        },
        ["internal_code"] = job.JobCode,
        ["send_to_job_boards"] = job.Visibility == "PUBLIC",
    };
}
