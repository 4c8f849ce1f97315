using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FluentValidation;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Features.Ats.Candidates;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.Ats.Applications;

/// <summary>
/// What POST /ats/jobs/{job_id}/applications and the deprecated POST /ats/candidates share: the candidate, the
/// files, the screening answers and where the application came from.
/// </summary>
public abstract record ApplicationIntakeBody : IIntegrationRequest
{
    [JsonIgnore]
    public IntegrationKey Integration { get; init; }

    public CandidateInput? Candidate { get; init; }

    public IReadOnlyList<AttachmentInput>? Attachments { get; init; }

    public IReadOnlyList<ScreeningAnswerInput>? ScreeningQuestionAnswers { get; init; }

    /// <summary>Deprecated by Kombo; <c>name</c> becomes a new candidate's source.</summary>
    public SourceInput? Source { get; init; }

    public SourcedByInput? SourcedBy { get; init; }

    public GdprConsentInput? GdprConsent { get; init; }

    public JsonElement? RemoteFields { get; init; }
}

public sealed record ScreeningAnswerInput
{
    public string? QuestionId { get; init; }

    /// <summary>A string, boolean, number, array of option ids, date string or file object, by question type.</summary>
    public JsonElement Answer { get; init; }
}

public sealed record SourceInput
{
    public string? Name { get; init; }

    public string? UnifiedKey { get; init; }

    public string? Id { get; init; }
}

public sealed record SourcedByInput
{
    /// <summary>Kombo id or <c>remote:&lt;remote id&gt;</c> of an ATS user.</summary>
    public string? UserId { get; init; }
}

public sealed record GdprConsentInput
{
    public string? ExpiresAt { get; init; }

    public bool? Given { get; init; }
}

/// <summary>The body rules both application-creating writes share; each command's validator adds its own.</summary>
public abstract class ApplicationIntakeValidator<T> : AbstractValidator<T>
    where T : ApplicationIntakeBody
{
    protected ApplicationIntakeValidator()
    {
        RuleFor(c => c.Candidate).NotNull();
        RuleFor(c => c.Candidate!).SetValidator(new CandidateInputValidator()).When(c => c.Candidate is not null);
        RuleForEach(c => c.Attachments).NotNull().SetValidator(new AttachmentInputValidator());
        RuleForEach(c => c.ScreeningQuestionAnswers).NotNull().ChildRules(answer =>
        {
            answer.RuleFor(a => a.QuestionId).NotEmpty();
            answer.RuleFor(a => a.Answer).Must(a => a.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
                .WithMessage("answer is required.");
            answer.RuleFor(a => FileInput.FromJson(a.Answer))
                .SetValidator(new FileInputValidator())
                .When(a => a.Answer.ValueKind == JsonValueKind.Object)
                .OverridePropertyName("answer");
        });
        RuleFor(c => c.SourcedBy!.UserId).NotEmpty().When(c => c.SourcedBy is not null).OverridePropertyName("sourced_by.user_id");
        RuleFor(c => c.GdprConsent!.ExpiresAt).Must(CandidateInputRules.IsDate).When(c => c.GdprConsent is not null)
            .OverridePropertyName("gdpr_consent.expires_at").WithMessage("gdpr_consent.expires_at must be an ISO-8601 datetime.");
    }
}

/// <summary>Where the new application goes: the job (Kombo id or <c>remote:</c>) and, optionally, its stage.</summary>
public sealed record Placement(string JobReference, string? StageId, bool JobFromPath)
{
    public string StageField => JobFromPath ? "stage_id" : "application.stage_id";
}

/// <summary>The application created, the state it lives in, and what to warn the caller about.</summary>
public sealed record IntakeResult(Application Application, AtsData Ats, IReadOnlyList<Warning> Warnings);

/// <summary>
/// Creates an application and, unless one with the same primary email exists, its candidate (digest §C4.16).
/// Everything is checked before anything is built, so a rejected request leaves the state as it was.
/// </summary>
public static partial class ApplicationIntake
{
    /// <summary>
    /// Kombo: a new candidate's source defaults to the environment's name without a trailing qualifier
    /// ("Example Customer (Prod)" becomes "Example Customer").
    /// </summary>
    public static string? DefaultSource(World world, IntegrationKey integration) =>
        world.FindEnvironment(integration.EnvironmentId)?.Name is { } name ? TrailingQualifier().Replace(name, "") : null;

    public static (IntegrationState, IntakeResult) Create(
        IntegrationState state, ApplicationIntakeBody body, Placement placement, string? defaultSource, DateTimeOffset now)
    {
        var ats = state.Ats;
        var job = FindJob(ats, placement);
        if (!PipelineRules.TakesApplications(job))
        {
            throw new KomboException(ErrorCodes.JobClosed, $"The job {job.Id} (\"{job.Name}\") does not take applications: its status is {job.Status ?? "unknown"}, not OPEN.");
        }

        var stage = placement.StageId is { } stageId
            ? PipelineRules.FindStage(job, stageId)
              ?? throw KomboException.InputInvalid($"{placement.StageField}: {stageId} is not one of the stages of job {job.Id}. Use an ID from the job's stages (GET /ats/jobs).")
            : PipelineRules.FirstStage(job);
        var sourcedBy = body.SourcedBy?.UserId is { } userReference
            ? ats.FindUser(userReference) is { RemoteDeletedAt: null } user
                ? user.Id
                : throw KomboException.InputInvalid($"sourced_by.user_id: no user with ID {userReference} exists in this integration.")
            : null;
        var warnings = new List<Warning>();
        var answers = CheckAnswers(job, body.ScreeningQuestionAnswers ?? [], now, warnings);

        var input = body.Candidate!;
        var existing = ats.FindCandidateByEmail(input.EmailAddress!);
        if (existing is not null && ats.ApplicationsOf(existing.Id).FirstOrDefault(a => a.JobId == job.Id) is { } previous)
        {
            throw new KomboException(ErrorCodes.ApplicationAlreadyExists,
                $"The candidate {existing.Id} with the email {input.EmailAddress} has already applied to the job {job.Id} (application {previous.Id}).");
        }

        var next = state;
        Candidate candidate;
        if (existing is null)
        {
            (next, var candidateRemoteId, var candidateId) = next.NewRecordId("ats_candidates");
            candidate = NewCandidate(input, candidateId, candidateRemoteId, body.Source?.Name ?? defaultSource, body.GdprConsent, now);
            ats = ats with { Candidates = ats.Candidates.Add(candidate) };
        }
        else
        {
            candidate = existing;
            warnings.Add(new Warning($"A candidate with the email {input.EmailAddress} already exists ({existing.Id}); the application was added to that candidate and its details were left unchanged."));
        }

        (next, var remoteId, var id) = next.NewRecordId("ats_applications");
        var application = new Application
        {
            Id = id,
            RemoteId = remoteId,
            Outcome = PipelineRules.Pending,
            CurrentStageId = stage?.Id,
            JobId = job.Id,
            CandidateId = candidate.Id,
            ScreeningQuestionAnswers = answers,
            CustomFields = JsonValues.EmptyObject,
            ChangedAt = now,
            RemoteCreatedAt = now,
            RemoteUpdatedAt = now,
            SourcedByUserId = sourcedBy,
            Attachments = [.. (body.Attachments ?? []).Select(a => a.ToStoredFile(now, a.Type))],
            TouchedAt = now,
        };
        ats = (ats with { Applications = ats.Applications.Add(application) }).TouchCandidate(candidate.Id, now);
        return (next with { Ats = ats }, new IntakeResult(application, ats, warnings));
    }

    private static Job FindJob(AtsData ats, Placement placement)
    {
        if (ats.FindJob(placement.JobReference) is { RemoteDeletedAt: null } job)
        {
            return job;
        }

        throw placement.JobFromPath
            ? KomboException.NotFound("Job", placement.JobReference)
            : KomboException.InputInvalid($"application.job_id: no job with ID {placement.JobReference} exists in this integration.");
    }

    private static List<ScreeningAnswer> CheckAnswers(Job job, IReadOnlyList<ScreeningAnswerInput> inputs, DateTimeOffset now, List<Warning> warnings)
    {
        var answers = new List<ScreeningAnswer>();
        var answered = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (job.ScreeningQuestions.FirstOrDefault(q => q.Id == input.QuestionId) is not { } question)
            {
                // Kombo: an unknown question is reported as a warning, not an error.
                warnings.Add(new Warning($"screening_question_answers[{i}]: the job {job.Id} has no screening question {input.QuestionId}; the answer was ignored."));
                continue;
            }

            if (!answered.Add(question.Id))
            {
                throw KomboException.InputInvalid($"screening_question_answers[{i}].question_id: question {question.Id} is answered more than once.");
            }

            var check = ScreeningAnswerRules.Check(question, input.Answer, now);
            if (check.Error is { } error)
            {
                throw KomboException.InputInvalid($"screening_question_answers[{i}].answer: {error}");
            }

            if (check.Skipped is { } reason)
            {
                warnings.Add(new Warning($"screening_question_answers[{i}]: {reason}"));
                continue;
            }

            answers.Add(check.Answer!);
        }

        warnings.AddRange(ScreeningAnswerRules.UnansweredRequired(job.ScreeningQuestions, answered)
            .Select(q => new Warning($"The required screening question {q.Id} (\"{q.Title}\") of job {job.Id} was not answered.")));
        return answers;
    }

    private static Candidate NewCandidate(CandidateInput input, string id, string remoteId, string? source, GdprConsentInput? gdpr, DateTimeOffset now) => new()
    {
        Id = id,
        RemoteId = remoteId,
        FirstName = input.FirstName,
        LastName = input.LastName,
        Company = input.Company,
        Title = input.Title,
        Confidential = false,
        Source = source,
        EmailAddresses = CandidateInputRules.Emails(input.EmailAddress, input.AdditionalEmailAddresses),
        PhoneNumbers = CandidateInputRules.Phones(input.PhoneNumber, input.AdditionalPhoneNumbers),
        SocialMedia = CandidateInputRules.Social(input.SocialLinks),
        Location = input.Location?.ToAddress(),
        Gender = input.Gender,
        AvailabilityDate = CandidateInputRules.Date(input.AvailabilityDate),
        SalaryExpectations = CandidateInputRules.Salary(input.SalaryExpectations),
        GdprConsent = gdpr is null ? null : new GdprConsent(QueryValues.TryParseInstant(gdpr.ExpiresAt ?? "", out var expires) ? expires : null, gdpr.Given),
        CustomFields = JsonValues.EmptyObject,
        RemoteCreatedAt = now,
        RemoteUpdatedAt = now,
        ChangedAt = now,
        TouchedAt = now,
    };

    [GeneratedRegex(@"\s*\([^()]*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingQualifier();
}
