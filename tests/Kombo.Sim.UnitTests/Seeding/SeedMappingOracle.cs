using AutoMapper;
using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Assessment.Orders;
using Kombo.Sim.Api.Features.Assessment.Packages;
using Kombo.Sim.Api.Features.Ats.Applications;
using Kombo.Sim.Api.Features.Ats.Candidates;
using Kombo.Sim.Api.Features.Ats.Jobs;
using Kombo.Sim.Api.Features.Ats.Tags;
using Kombo.Sim.Api.Features.Ats.Users;
using Kombo.Sim.Api.Features.Hris.Absences;
using Kombo.Sim.Api.Features.Hris.AbsenceTypes;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Features.Hris.Employments;
using Kombo.Sim.Api.Features.Hris.Groups;
using Kombo.Sim.Api.Features.Hris.LegalEntities;
using Kombo.Sim.Api.Features.Hris.Locations;
using Kombo.Sim.Api.Features.Hris.TimeOffBalances;
using Kombo.Sim.Api.Infrastructure;
using AtsHiringTeamMember = Kombo.Sim.Api.Domain.Ats.HiringTeamMember;
using AtsHiringTeamMemberModel = Kombo.Sim.Api.Features.Ats.Jobs.HiringTeamMemberModel;
using OrderHiringTeamMember = Kombo.Sim.Api.Domain.Assessment.HiringTeamMember;
using OrderHiringTeamMemberModel = Kombo.Sim.Api.Features.Assessment.Orders.HiringTeamMemberModel;

namespace Kombo.Sim.UnitTests.Seeding;

/// <summary>
/// The AutoMapper profile that imported the seed until the import was written by hand (ADR 3, amended): the oracle the
/// hand-written <c>SeedImport</c> is compared with. AutoMapper checks that it maps or names every domain member.
/// </summary>
public sealed class SeedMappingOracle : Profile
{
    /// <summary>The configuration of this profile alone, with the application's AutoMapper settings.</summary>
    public static MapperConfiguration Configuration() => new(configuration =>
    {
        MappingConfiguration.Configure(configuration);
        configuration.AddProfile<SeedMappingOracle>();
    });

    public SeedMappingOracle()
    {
        Hris();
        Ats();
        Assessment();
    }

    private void Hris()
    {
        CreateMap<GroupModel, Group>();
        CreateMap<LocationModel, WorkLocation>();
        CreateMap<LegalEntityModel, LegalEntity>();
        CreateMap<AbsenceTypeModel, AbsenceType>();
        CreateMap<EmploymentModel, Employment>();
        CreateMap<TimeOffBalanceRefModel, TimeOffBalance>();
        CreateMap<AbsenceCoreModel, Absence>();

        // Seed import and export read employees in GET /hris/employees shape; `groups` carries the memberships.
        CreateMap<EmployeeModel, Employee>()
            .ForMember(e => e.GroupIds, o => o.MapFrom(m => m.Groups.Select(g => g.Id).ToList()))
            .ForMember(e => e.TouchedAt, o => o.MapFrom(m => m.ChangedAt))
            .ForMember(e => e.HomePhoneNumber, o => o.Ignore())
            .ForMember(e => e.Attachments, o => o.Ignore());
    }

    private void Ats()
    {
        CreateMap<UserModel, User>();
        CreateMap<TagModel, Tag>();

        // Jobs in GET /ats/jobs shape.
        CreateMap<JobModel, Job>();
        CreateMap<JobStageModel, JobStage>();
        CreateMap<ScreeningQuestionModel, ScreeningQuestion>();
        CreateMap<QuestionFormatModel, QuestionFormat>();
        CreateMap<JobPostingModel, JobPosting>();
        CreateMap<AtsHiringTeamMemberModel, AtsHiringTeamMember>();

        // Candidates in GET /ats/candidates shape without `applications`; `tags` carries the memberships.
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

        // Applications in GET /ats/applications shape without the nested candidate, stage and job.
        CreateMap<ApplicationModel, Application>()
            .ForMember(a => a.CandidateId, o => o.MapFrom(m => m.CandidateId ?? ""))
            .ForMember(a => a.TouchedAt, o => o.MapFrom(m => m.ChangedAt))
            .ForMember(a => a.SourcedByUserId, o => o.Ignore())
            .ForMember(a => a.Notes, o => o.Ignore())
            .ForMember(a => a.Attachments, o => o.Ignore())
            .ForMember(a => a.ResultLinks, o => o.Ignore());
        CreateMap<ScreeningAnswerModel, ScreeningAnswer>()
            .ForMember(a => a.QuestionId, o => o.Ignore())
            .ForMember(a => a.File, o => o.Ignore());
        CreateMap<AnsweredQuestionModel, AnsweredQuestion>();
        CreateMap<InterviewModel, Interview>();
        CreateMap<OfferModel, Offer>();
    }

    private void Assessment()
    {
        CreateMap<PackageModel, AssessmentPackage>()
            .ForMember(p => p.RemoteDeletedAt, o => o.Ignore());

        // The wire carries no timestamps and no result; the seed loader sets changed_at.
        CreateMap<OrderSeedModel, AssessmentOrder>()
            .ForMember(o => o.Result, o => o.Ignore())
            .ForMember(o => o.ChangedAt, o => o.Ignore())
            .ForMember(o => o.RemoteDeletedAt, o => o.Ignore());
        CreateMap<OrderCandidateModel, OrderCandidate>();
        CreateMap<OrderApplicationModel, OrderApplication>();
        CreateMap<OrderJobModel, OrderJob>();
        CreateMap<OrderHiringTeamMemberModel, OrderHiringTeamMember>();
    }
}
