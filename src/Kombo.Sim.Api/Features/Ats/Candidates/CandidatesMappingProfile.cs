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

        // Seed import reads candidates in GET /ats/candidates shape without `applications`; `tags` carries the memberships.
        CreateMap<CandidateCoreModel, Candidate>()
            .ForMember(c => c.TagIds, o => o.MapFrom(m => m.Tags.Select(t => t.Id).ToList()))
            .ForMember(c => c.TouchedAt, o => o.MapFrom(m => m.ChangedAt))
            .ForMember(c => c.PhoneNumbers, o => o.MapFrom(m => m.PhoneNumbers ?? new List<PhoneNumberModel>()))
            .ForMember(c => c.EmailAddresses, o => o.MapFrom(m => m.EmailAddresses ?? new List<EmailAddressModel>()))
            .ForMember(c => c.SocialMedia, o => o.MapFrom(m => m.SocialMedia ?? new List<SocialMediaModel>()))
            .ForMember(c => c.Gender, o => o.Ignore())
            .ForMember(c => c.AvailabilityDate, o => o.Ignore())
            .ForMember(c => c.SalaryExpectations, o => o.Ignore())
            .ForMember(c => c.GdprConsent, o => o.Ignore())
            .ForMember(c => c.Attachments, o => o.Ignore())
            .ForMember(c => c.ResultLinks, o => o.Ignore());
        CreateMap<EmailAddressModel, EmailAddress>()
            .ForCtorParam("Address", o => o.MapFrom(m => m.EmailAddress));
        CreateMap<PhoneNumberModel, PhoneNumber>()
            .ForCtorParam("Number", o => o.MapFrom(m => m.PhoneNumber));
        CreateMap<SocialMediaModel, SocialMedia>();
    }
}
