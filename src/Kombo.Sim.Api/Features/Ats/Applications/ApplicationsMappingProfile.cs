using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;

namespace Kombo.Sim.Api.Features.Ats.Applications;

public sealed class ApplicationsMappingProfile : Profile
{
    public ApplicationsMappingProfile()
    {
        CreateMap<Application, ApplicationCoreModel>()

            // Kombo: answers to FILE questions are not returned.
            .ForMember(m => m.ScreeningQuestionAnswers, o => o.MapFrom(a => a.ScreeningQuestionAnswers.Where(x => x.File == null)))
            .ForMember(m => m.CurrentStage, o => o.Ignore())
            .ForMember(m => m.Job, o => o.Ignore());
        CreateMap<Application, ApplicationModel>()
            .IncludeBase<Application, ApplicationCoreModel>()
            .ForMember(m => m.Candidate, o => o.Ignore());
        CreateMap<Application, ApplicationCreatedModel>()
            .IncludeBase<Application, ApplicationCoreModel>()
            .ForMember(m => m.Candidate, o => o.Ignore());
        CreateMap<ScreeningAnswer, ScreeningAnswerModel>();
        CreateMap<AnsweredQuestion, AnsweredQuestionModel>();
        CreateMap<Interview, InterviewModel>();
        CreateMap<Offer, OfferModel>();
        CreateMap<JobStage, StageRefModel>();
        CreateMap<Job, JobRefModel>();
    }
}
