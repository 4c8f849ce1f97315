using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Ats.Candidates;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.Ats.Applications;

/// <summary>Builds the application shapes with their related records: candidate, current stage and job.</summary>
public static class ApplicationProjection
{
    /// <summary>An item of GET /ats/applications.</summary>
    public static ApplicationModel ToModel(IMapper mapper, AtsData ats, Application application)
    {
        var model = mapper.Map<ApplicationModel>(application);
        Relate(mapper, ats, application, model);
        model.Candidate = ats.Candidates.Find(application.CandidateId) is { } candidate
            ? CandidateProjection.ToApplicationCandidate(mapper, ats, candidate)
            : null;
        return model;
    }

    /// <summary><c>data</c> of POST /ats/jobs/{job_id}/applications.</summary>
    public static ApplicationCreatedModel ToCreatedModel(IMapper mapper, AtsData ats, Application application)
    {
        var model = mapper.Map<ApplicationCreatedModel>(application);
        Relate(mapper, ats, application, model);
        model.Candidate = ats.Candidates.Find(application.CandidateId) is { } candidate
            ? CandidateProjection.ToCoreModel(mapper, ats, candidate)
            : null;
        return model;
    }

    public static StageRefModel? CurrentStage(IMapper mapper, AtsData ats, Application application) =>
        application is { JobId: { } jobId, CurrentStageId: { } stageId } && ats.Jobs.Find(jobId) is { } job && PipelineRules.FindStage(job, stageId) is { } stage
            ? mapper.Map<StageRefModel>(stage)
            : null;

    public static JobRefModel? Job(IMapper mapper, AtsData ats, Application application) =>
        application.JobId is { } jobId && ats.Jobs.Find(jobId) is { } job ? mapper.Map<JobRefModel>(job) : null;

    private static void Relate(IMapper mapper, AtsData ats, Application application, ApplicationCoreModel model)
    {
        model.CurrentStage = CurrentStage(mapper, ats, application);
        model.Job = Job(mapper, ats, application);
    }
}
