using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Ats.Applications;
using Kombo.Sim.Api.Features.Ats.Candidates;
using Kombo.Sim.Api.Features.Ats.Jobs;
using Kombo.Sim.Api.Features.Ats.Tags;
using Kombo.Sim.Api.Features.Ats.Users;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Seeding;

/// <summary>
/// Loads and cross-checks an integration's ATS files: GET list items in Kombo's wire format, candidates without
/// <c>applications</c> (their <c>tags</c> are the memberships), applications without the nested candidate, stage and job.
/// </summary>
internal static class AtsSeed
{
    public const string JobsFile = "jobs.json";
    public const string CandidatesFile = "candidates.json";
    public const string ApplicationsFile = "applications.json";
    public const string TagsFile = "tags.json";
    public const string UsersFile = "users.json";

    public static AtsData Load(SeedFiles files)
    {
        var users = files.Load<UserModel, User>(UsersFile, SeedImport.ToDomain);
        var tags = files.Load<TagModel, Tag>(TagsFile, SeedImport.ToDomain);
        var jobs = files.Load<JobModel, Job>(JobsFile, SeedImport.ToDomain);
        var candidates = files.Load<CandidateCoreModel, Candidate>(CandidatesFile, SeedImport.ToDomain);
        var applications = files.Load<ApplicationModel, Application>(ApplicationsFile, SeedImport.ToDomain, AtsData.ApplicationGroupKey);

        foreach (var job in jobs.Rows)
        {
            files.Check(!string.IsNullOrEmpty(job.RemoteId), JobsFile, job.Id, "remote_id is missing (Kombo's jobs always have one).");
            files.Check(job.Stages.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() == job.Stages.Count, JobsFile, job.Id, "a stage id appears more than once in stages.");

            // A hiring team lists users; a seed without users.json leaves them unchecked.
            foreach (var member in users.Count == 0 ? [] : job.HiringTeam)
            {
                files.Require(users.Find(member.Id) is not null, JobsFile, job.Id, $"hiring_team user {member.Id}");
            }
        }

        foreach (var candidate in candidates.Rows)
        {
            files.Check(!string.IsNullOrEmpty(candidate.RemoteId), CandidatesFile, candidate.Id, "remote_id is missing (Kombo's candidates always have one).");
            foreach (var tagId in candidate.TagIds)
            {
                files.Require(tags.Find(tagId) is not null, CandidatesFile, candidate.Id, $"tag {tagId}");
            }
        }

        foreach (var application in applications.Rows)
        {
            files.Check(application.CandidateId.Length > 0, ApplicationsFile, application.Id, "candidate_id is missing.");
            files.Require(candidates.Find(application.CandidateId) is not null, ApplicationsFile, application.Id, $"candidate_id {application.CandidateId}");
            var job = application.JobId is null ? null : jobs.Find(application.JobId);
            files.Require(application.JobId is null || job is not null, ApplicationsFile, application.Id, $"job_id {application.JobId}");
            files.Require(application.CurrentStageId is null || job is not null && PipelineRules.FindStage(job, application.CurrentStageId) is not null,
                ApplicationsFile, application.Id, $"current_stage_id {application.CurrentStageId} (among the stages of job {application.JobId})");
        }

        var ats = new AtsData { Jobs = jobs, Candidates = candidates, Applications = applications, Tags = tags, Users = users };
        return TouchFromRelations(ats);
    }

    /// <summary>
    /// A candidate counts as updated when one of its applications changed later than itself, and an application
    /// when its candidate did (updated_after looks at nested data, digest §A9).
    /// </summary>
    private static AtsData TouchFromRelations(AtsData ats)
    {
        foreach (var application in ats.Applications.Rows)
        {
            ats = ats.TouchCandidate(application.CandidateId, application.ChangedAt);
        }

        foreach (var candidate in ats.Candidates.Rows)
        {
            ats = ats.TouchApplicationsOf(candidate.Id, candidate.ChangedAt);
        }

        return ats;
    }
}
