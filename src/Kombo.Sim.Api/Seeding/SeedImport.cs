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
using AtsHiringTeamMember = Kombo.Sim.Api.Domain.Ats.HiringTeamMember;
using AtsHiringTeamMemberModel = Kombo.Sim.Api.Features.Ats.Jobs.HiringTeamMemberModel;
using OrderHiringTeamMember = Kombo.Sim.Api.Domain.Assessment.HiringTeamMember;
using OrderHiringTeamMemberModel = Kombo.Sim.Api.Features.Assessment.Orders.HiringTeamMemberModel;

namespace Kombo.Sim.Api.Seeding;

/// <summary>
/// Seed import: the wire records of the seed files (Kombo's GET shapes) to domain records, written by hand (ADR 3,
/// amended): this direction runs only while the seed loads, on start-up's critical path, where configuring AutoMapper
/// and compiling its maps cost a third of the start. A missing, null or extra value is carried as it is; what the
/// wire does not have (attachments, notes, result links, write-only fields) starts empty. Nested values of shared
/// types (addresses, bank accounts, integration fields, custom fields, remote data) are immutable and shared.
/// The unit tests compare every import with the AutoMapper profile it replaced.
/// </summary>
internal static class SeedImport
{
    public static Group ToDomain(GroupModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        Name = m.Name,
        Type = m.Type,
        ParentId = m.ParentId,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        RemoteData = m.RemoteData,
    };

    public static WorkLocation ToDomain(LocationModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        Name = m.Name,
        Address = m.Address,
        Type = m.Type,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        RemoteData = m.RemoteData,
    };

    public static LegalEntity ToDomain(LegalEntityModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        Name = m.Name,
        Address = m.Address,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        RemoteData = m.RemoteData,
    };

    public static AbsenceType ToDomain(AbsenceTypeModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        Name = m.Name,
        Unit = m.Unit,
        HalfDaysSupported = m.HalfDaysSupported,
        ExactTimesSupported = m.ExactTimesSupported,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        RemoteData = m.RemoteData,
    };

    /// <summary>Employees in GET /hris/employees shape; <c>groups</c> carries the memberships.</summary>
    public static Employee ToDomain(EmployeeModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        EmployeeNumber = m.EmployeeNumber,
        FirstName = m.FirstName,
        LastName = m.LastName,
        Nationality = m.Nationality,
        DisplayFullName = m.DisplayFullName,
        JobTitle = m.JobTitle,
        WorkEmail = m.WorkEmail,
        PersonalEmail = m.PersonalEmail,
        MobilePhoneNumber = m.MobilePhoneNumber,
        Ssn = m.Ssn,
        TaxId = m.TaxId,
        Gender = m.Gender,
        Ethnicity = m.Ethnicity,
        MaritalStatus = m.MaritalStatus,
        EmploymentStatus = m.EmploymentStatus,
        EmploymentType = m.EmploymentType,
        WeeklyHours = m.WeeklyHours,
        Avatar = m.Avatar,
        WorkLocationId = m.WorkLocationId,
        LegalEntityId = m.LegalEntityId,
        ManagerId = m.ManagerId,
        HomeAddress = m.HomeAddress,
        BankAccounts = m.BankAccounts,
        DateOfBirth = m.DateOfBirth,
        StartDate = m.StartDate,
        TerminationDate = m.TerminationDate,
        RemoteCreatedAt = m.RemoteCreatedAt,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        CustomFields = m.CustomFields,
        IntegrationFields = m.IntegrationFields,
        RemoteData = m.RemoteData,
        GroupIds = m.Groups is null ? [] : Map(m.Groups, g => g.Id),
        TouchedAt = m.ChangedAt,
    };

    public static Employment ToDomain(EmploymentModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        EmployeeId = m.EmployeeId,
        JobTitle = m.JobTitle,
        PayRate = m.PayRate,
        PayPeriod = m.PayPeriod,
        PayFrequency = m.PayFrequency,
        EmploymentType = m.EmploymentType,
        PayCurrency = m.PayCurrency,
        EffectiveDate = m.EffectiveDate,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        RemoteData = m.RemoteData,
        CustomFields = m.CustomFields,
        IntegrationFields = m.IntegrationFields,
    };

    public static TimeOffBalance ToDomain(TimeOffBalanceRefModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        EmployeeId = m.EmployeeId,
        TypeId = m.TypeId,
        Balance = m.Balance,
        BalanceUnit = m.BalanceUnit,
        Used = m.Used,
        UsedUnit = m.UsedUnit,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        RemoteData = m.RemoteData,
    };

    public static Absence ToDomain(AbsenceCoreModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        EmployeeId = m.EmployeeId,
        ApproverId = m.ApproverId,
        StartDate = m.StartDate,
        EndDate = m.EndDate,
        StartHalfDay = m.StartHalfDay,
        EndHalfDay = m.EndHalfDay,
        StartTime = m.StartTime,
        EndTime = m.EndTime,
        Amount = m.Amount,
        Unit = m.Unit,
        Status = m.Status,
        EmployeeNote = m.EmployeeNote,
        TypeId = m.TypeId,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        RemoteCreatedAt = m.RemoteCreatedAt,
        RemoteUpdatedAt = m.RemoteUpdatedAt,
        RemoteData = m.RemoteData,
    };

    public static User ToDomain(UserModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        FirstName = m.FirstName,
        LastName = m.LastName,
        Email = m.Email,
        Status = m.Status,
        SystemRoles = m.SystemRoles,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        RemoteData = m.RemoteData,
    };

    public static Tag ToDomain(TagModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        Name = m.Name,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        RemoteData = m.RemoteData,
    };

    /// <summary>Jobs in GET /ats/jobs shape.</summary>
    public static Job ToDomain(JobModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        Name = m.Name,
        JobCode = m.JobCode,
        Description = m.Description,
        Confidential = m.Confidential,
        WeeklyHours = m.WeeklyHours,
        EmploymentType = m.EmploymentType,
        Status = m.Status,
        Visibility = m.Visibility,
        Category = m.Category,
        Department = m.Department,
        PostUrl = m.PostUrl,
        ExperienceLevel = m.ExperienceLevel,
        RemoteWorkStatus = m.RemoteWorkStatus,
        SalaryAmount = m.SalaryAmount,
        SalaryAmountFrom = m.SalaryAmountFrom,
        SalaryAmountTo = m.SalaryAmountTo,
        SalaryCurrency = m.SalaryCurrency,
        SalaryPeriod = m.SalaryPeriod,
        Location = m.Location,
        CustomFields = m.CustomFields,
        IntegrationFields = m.IntegrationFields,
        RemoteUrl = m.RemoteUrl,
        OpenedAt = m.OpenedAt,
        ClosedAt = m.ClosedAt,
        RemoteCreatedAt = m.RemoteCreatedAt,
        RemoteUpdatedAt = m.RemoteUpdatedAt,
        ContactId = m.ContactId,
        RemoteData = m.RemoteData,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        Stages = Map(m.Stages, ToDomain),
        ScreeningQuestions = Map(m.ScreeningQuestions, ToDomain),
        JobPostings = Map(m.JobPostings, ToDomain),
        HiringTeam = Map(m.HiringTeam, ToDomain),
    };

    private static JobStage ToDomain(JobStageModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        Name = m.Name,
        Index = m.Index,
        RemoteData = m.RemoteData,
    };

    private static ScreeningQuestion ToDomain(ScreeningQuestionModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        Title = m.Title,
        Description = m.Description,
        Format = Nested(m.Format, ToDomain)!,
        Category = m.Category,
        Index = m.Index,
        Required = m.Required,
        PreconditionQuestionId = m.PreconditionQuestionId,
        PreconditionOptions = m.PreconditionOptions,
    };

    private static QuestionFormat ToDomain(QuestionFormatModel m) => new()
    {
        Type = m.Type,
        DisplayType = m.DisplayType,
        MaxLength = m.MaxLength,
        Min = m.Min,
        Max = m.Max,
        AcceptedMimeTypes = m.AcceptedMimeTypes,
        MaxFileSizeBytes = m.MaxFileSizeBytes,
        Options = m.Options,
        RawQuestion = m.RawQuestion,
    };

    private static JobPosting ToDomain(JobPostingModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        Title = m.Title,
        DescriptionHtml = m.DescriptionHtml,
        Status = m.Status,
        Visibility = m.Visibility,
        Url = m.Url,
        RemoteData = m.RemoteData,
    };

    private static AtsHiringTeamMember ToDomain(AtsHiringTeamMemberModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        FirstName = m.FirstName,
        LastName = m.LastName,
        Email = m.Email,
        HiringTeamRoles = m.HiringTeamRoles,
        JobRoles = m.JobRoles,
    };

    /// <summary>Candidates in GET /ats/candidates shape without <c>applications</c>; <c>tags</c> carries the memberships.</summary>
    public static Candidate ToDomain(CandidateCoreModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        FirstName = m.FirstName,
        LastName = m.LastName,
        Company = m.Company,
        Title = m.Title,
        Confidential = m.Confidential,
        Source = m.Source,
        PhoneNumbers = m.PhoneNumbers is null ? [] : Map(m.PhoneNumbers, p => new PhoneNumber(p.PhoneNumber, p.Type)),
        EmailAddresses = m.EmailAddresses is null ? [] : Map(m.EmailAddresses, e => new EmailAddress(e.EmailAddress, e.Type)),
        SocialMedia = m.SocialMedia is null ? [] : Map(m.SocialMedia, s => new SocialMedia(s.Link, s.Type, s.Username)),
        Location = m.Location,
        CustomFields = m.CustomFields,
        IntegrationFields = m.IntegrationFields,
        RemoteUrl = m.RemoteUrl,
        RemoteCreatedAt = m.RemoteCreatedAt,
        RemoteUpdatedAt = m.RemoteUpdatedAt,
        RemoteData = m.RemoteData,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        TagIds = m.Tags is null ? [] : Map(m.Tags, t => t.Id),
        TouchedAt = m.ChangedAt,
    };

    /// <summary>Applications in GET /ats/applications shape without the nested candidate, stage and job.</summary>
    public static Application ToDomain(ApplicationModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        Outcome = m.Outcome,
        RejectionReasonName = m.RejectionReasonName,
        RejectedAt = m.RejectedAt,
        CurrentStageId = m.CurrentStageId,
        JobId = m.JobId,
        CandidateId = m.CandidateId ?? "",
        ScreeningQuestionAnswers = Map(m.ScreeningQuestionAnswers, ToDomain),
        CustomFields = m.CustomFields,
        IntegrationFields = m.IntegrationFields,
        RemoteUrl = m.RemoteUrl,
        ChangedAt = m.ChangedAt,
        RemoteDeletedAt = m.RemoteDeletedAt,
        RemoteCreatedAt = m.RemoteCreatedAt,
        RemoteUpdatedAt = m.RemoteUpdatedAt,
        RemoteData = m.RemoteData,
        Interviews = Map(m.Interviews, ToDomain),
        Offers = Map(m.Offers, ToDomain),
        TouchedAt = m.ChangedAt,
    };

    private static ScreeningAnswer ToDomain(ScreeningAnswerModel m) => new()
    {
        Question = Nested(m.Question, q => new AnsweredQuestion { RemoteId = q.RemoteId, Title = q.Title, Type = q.Type })!,
        Answer = m.Answer,
    };

    private static Interview ToDomain(InterviewModel m) => new()
    {
        Id = m.Id,
        RemoteId = m.RemoteId,
        Title = m.Title,
        StartingAt = m.StartingAt,
        EndingAt = m.EndingAt,
        Location = m.Location,
        Canceled = m.Canceled,
    };

    private static Offer ToDomain(OfferModel m) => new() { Id = m.Id, RemoteId = m.RemoteId, Status = m.Status };

    public static AssessmentPackage ToDomain(PackageModel m) => new()
    {
        Id = m.Id,
        Type = m.Type,
        Name = m.Name,
        Description = m.Description,
        UpdatedAt = m.UpdatedAt,
    };

    /// <summary>The wire carries no timestamps and no result: a seeded order counts as placed at <paramref name="placedAt"/>.</summary>
    public static AssessmentOrder ToDomain(OrderSeedModel m, DateTimeOffset placedAt) => new()
    {
        Id = m.Id,
        PackageId = m.PackageId,
        Status = m.Status,
        Candidate = Nested(m.Candidate, c => new OrderCandidate
        {
            Email = c.Email,
            FirstName = c.FirstName,
            LastName = c.LastName,
            Phone = c.Phone,
            RemoteId = c.RemoteId,
        })!,
        Application = Nested(m.Application, a => new OrderApplication { RemoteId = a.RemoteId })!,
        Job = Nested(m.Job, j => new OrderJob
        {
            RemoteId = j.RemoteId,
            Name = j.Name,
            Location = j.Location,
            HiringTeam = Map(j.HiringTeam, ToDomain),
        })!,
        ChangedAt = placedAt,
    };

    private static OrderHiringTeamMember ToDomain(OrderHiringTeamMemberModel m) => new()
    {
        RemoteId = m.RemoteId,
        Email = m.Email,
        FirstName = m.FirstName,
        LastName = m.LastName,
        HiringTeamRoles = m.HiringTeamRoles,
    };

    /// <summary>A nested list, element by element; a null list stays null, as the wire had it (the seed checks catch it).</summary>
    private static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        if (items is null)
        {
            return null!;
        }

        var result = new TOut[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(items[i]);
        }

        return result;
    }

    /// <summary>A nested object; null stays null, as the wire had it (the seed checks catch a missing one).</summary>
    private static TOut? Nested<TIn, TOut>(TIn? item, Func<TIn, TOut> map)
        where TIn : class
        where TOut : class =>
        item is null ? null : map(item);
}
