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
    }
}
