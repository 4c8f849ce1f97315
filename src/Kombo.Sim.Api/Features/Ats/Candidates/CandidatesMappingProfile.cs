using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Ats.Applications;

namespace Kombo.Sim.Api.Features.Ats.Candidates;

public sealed class CandidatesMappingProfile : Profile
{
    public CandidatesMappingProfile()
    {
        CreateMap<Candidate, CandidateCoreModel>()
            .ForMember(m => m.Tags, o => o.Ignore());
        CreateMap<Candidate, CandidateModel>()
            .IncludeBase<Candidate, CandidateCoreModel>()
            .ForMember(m => m.Applications, o => o.Ignore());
        CreateMap<Candidate, ApplicationCandidateModel>()
            .ForMember(m => m.Tags, o => o.Ignore());
        CreateMap<Application, CandidateApplicationModel>()
            .ForMember(m => m.CurrentStage, o => o.Ignore())
            .ForMember(m => m.Job, o => o.Ignore());
        CreateMap<Tag, TagRefModel>();
        CreateMap<EmailAddress, EmailAddressModel>()
            .ForMember(m => m.EmailAddress, o => o.MapFrom(e => e.Address));
        CreateMap<PhoneNumber, PhoneNumberModel>()
            .ForMember(m => m.PhoneNumber, o => o.MapFrom(p => p.Number));
        CreateMap<SocialMedia, SocialMediaModel>();
    }
}
