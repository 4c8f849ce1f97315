using FluentValidation;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Features.Shared;

namespace Kombo.Sim.Api.Features.Ats.Candidates;

/// <summary>The <c>candidate</c> object of POST /ats/jobs/{job_id}/applications and POST /ats/candidates.</summary>
public sealed record CandidateInput
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? EmailAddress { get; init; }

    public IReadOnlyList<TypedEmailInput>? AdditionalEmailAddresses { get; init; }

    public string? Company { get; init; }

    public string? Title { get; init; }

    public string? PhoneNumber { get; init; }

    public IReadOnlyList<TypedPhoneInput>? AdditionalPhoneNumbers { get; init; }

    public LocationInput? Location { get; init; }

    public string? Gender { get; init; }

    public string? AvailabilityDate { get; init; }

    public SalaryExpectationsInput? SalaryExpectations { get; init; }

    public IReadOnlyList<SocialLinkInput>? SocialLinks { get; init; }
}

public sealed record TypedEmailInput
{
    public string? Type { get; init; }

    public string? EmailAddress { get; init; }
}

public sealed record TypedPhoneInput
{
    public string? Type { get; init; }

    public string? PhoneNumber { get; init; }
}

/// <summary>A candidate's location in a write: country as ISO-3166-1 alpha-2 (required), city, state, zip code.</summary>
public sealed record LocationInput
{
    public string? City { get; init; }

    public string? Country { get; init; }

    public string? State { get; init; }

    public string? ZipCode { get; init; }

    public Address ToAddress() => new()
    {
        City = City,
        Country = Country,
        State = State,
        ZipCode = ZipCode,
        Raw = string.Join(", ", new[] { $"{ZipCode} {City}".Trim(), State, Country }.Where(p => !string.IsNullOrWhiteSpace(p))),
    };
}

public sealed record SalaryExpectationsInput
{
    public string? Period { get; init; }

    public double? Amount { get; init; }
}

public sealed record SocialLinkInput
{
    public string? Url { get; init; }
}

/// <summary>Turns candidate write inputs into the candidate's stored lists.</summary>
public static class CandidateInputRules
{
    public static readonly string[] Genders = ["MALE", "FEMALE", "OTHER"];
    public static readonly string[] ContactTypes = ["PERSONAL", "WORK", "OTHER"];
    public static readonly string[] SalaryPeriods = ["MONTH", "YEAR"];

    /// <summary>The primary address first (its type unknown), then the additional ones.</summary>
    public static IReadOnlyList<EmailAddress> Emails(string? primary, IEnumerable<TypedEmailInput>? additional) =>
        [.. primary is null ? [] : new[] { new EmailAddress(primary, null) }, .. (additional ?? []).Select(e => new EmailAddress(e.EmailAddress, e.Type))];

    /// <summary>The primary number first (its type unknown), then the additional ones.</summary>
    public static IReadOnlyList<PhoneNumber> Phones(string? primary, IEnumerable<TypedPhoneInput>? additional) =>
        [.. primary is null ? [] : new[] { new PhoneNumber(primary, null) }, .. (additional ?? []).Select(p => new PhoneNumber(p.PhoneNumber!, p.Type))];

    public static IReadOnlyList<SocialMedia> Social(IEnumerable<SocialLinkInput>? links) =>
        (links ?? []).Select(l => new SocialMedia(l.Url, null, null)).ToList();

    public static SalaryExpectations? Salary(SalaryExpectationsInput? input) =>
        input is { Period: { } period, Amount: { } amount } ? new SalaryExpectations(period, amount) : null;

    public static DateOnly? Date(string? value) => QueryValues.TryParsePlainDate(value, out var date) ? date : null;

    public static bool IsDate(string? value) => value is null || QueryValues.TryParsePlainDate(value, out _);

    public static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

public sealed class CandidateInputValidator : AbstractValidator<CandidateInput>
{
    public CandidateInputValidator()
    {
        RuleFor(c => c.FirstName).NotEmpty();
        RuleFor(c => c.LastName).NotEmpty();
        RuleFor(c => c.EmailAddress).NotEmpty().EmailAddress();
        RuleForEach(c => c.AdditionalEmailAddresses).NotNull().SetValidator(new TypedEmailInputValidator());
        RuleForEach(c => c.AdditionalPhoneNumbers).NotNull().SetValidator(new TypedPhoneInputValidator());
        RuleFor(c => c.Location!).SetValidator(new LocationInputValidator()).When(c => c.Location is not null);
        RuleFor(c => c.Gender).Must(g => g is null || CandidateInputRules.Genders.Contains(g))
            .WithMessage("gender must be one of MALE, FEMALE, OTHER.");
        RuleFor(c => c.AvailabilityDate).Must(CandidateInputRules.IsDate).WithMessage("availability_date must be an ISO-8601 date or datetime.");
        RuleFor(c => c.SalaryExpectations!).SetValidator(new SalaryExpectationsInputValidator()).When(c => c.SalaryExpectations is not null);
        RuleForEach(c => c.SocialLinks).NotNull().SetValidator(new SocialLinkInputValidator());
    }
}

public sealed class TypedEmailInputValidator : AbstractValidator<TypedEmailInput>
{
    public TypedEmailInputValidator()
    {
        RuleFor(e => e.Type).Must(t => CandidateInputRules.ContactTypes.Contains(t)).WithMessage("type must be one of PERSONAL, WORK, OTHER.");
        RuleFor(e => e.EmailAddress).NotEmpty().EmailAddress();
    }
}

public sealed class TypedPhoneInputValidator : AbstractValidator<TypedPhoneInput>
{
    public TypedPhoneInputValidator()
    {
        RuleFor(p => p.Type).Must(t => CandidateInputRules.ContactTypes.Contains(t)).WithMessage("type must be one of PERSONAL, WORK, OTHER.");
        RuleFor(p => p.PhoneNumber).NotEmpty();
    }
}

public sealed class LocationInputValidator : AbstractValidator<LocationInput>
{
    public LocationInputValidator() =>
        RuleFor(l => l.Country).NotEmpty().Must(QueryValues.IsCountryCode)
            .WithMessage("country must be an uppercase ISO-3166-1 alpha-2 code such as DE.");
}

public sealed class SalaryExpectationsInputValidator : AbstractValidator<SalaryExpectationsInput>
{
    public SalaryExpectationsInputValidator()
    {
        RuleFor(s => s.Period).Must(p => CandidateInputRules.SalaryPeriods.Contains(p)).WithMessage("period must be MONTH or YEAR.");
        RuleFor(s => s.Amount).NotNull();
    }
}

public sealed class SocialLinkInputValidator : AbstractValidator<SocialLinkInput>
{
    public SocialLinkInputValidator() =>
        RuleFor(l => l.Url).Must(CandidateInputRules.IsHttpUrl).WithMessage("url must be an absolute http(s) URL.");
}
