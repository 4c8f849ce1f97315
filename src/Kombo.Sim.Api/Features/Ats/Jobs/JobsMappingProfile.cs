using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;

namespace Kombo.Sim.Api.Features.Ats.Jobs;

public sealed class JobsMappingProfile : Profile
{
    public JobsMappingProfile()
    {
        CreateMap<Job, JobModel>();
        CreateMap<JobStage, JobStageModel>();
        CreateMap<ScreeningQuestion, ScreeningQuestionModel>();
        CreateMap<QuestionFormat, QuestionFormatModel>();
        CreateMap<JobPosting, JobPostingModel>();
        CreateMap<HiringTeamMember, HiringTeamMemberModel>();

        // Seed import reads jobs in GET /ats/jobs shape.
        CreateMap<JobModel, Job>();
        CreateMap<JobStageModel, JobStage>();
        CreateMap<ScreeningQuestionModel, ScreeningQuestion>();
        CreateMap<QuestionFormatModel, QuestionFormat>();
        CreateMap<JobPostingModel, JobPosting>();
        CreateMap<HiringTeamMemberModel, HiringTeamMember>();
    }
}
