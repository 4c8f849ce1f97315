using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMapper;
using FluentValidation;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.Infrastructure.Json;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.Candidates;

/// <summary>
/// PATCH /ats/candidates/{candidate_id} (Kombo closed beta; body inferred from the candidate of POST /ats/candidates):
/// changes exactly the fields sent.
/// </summary>
public static class UpdateCandidate
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<CandidateModel>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string CandidateId { get; init; } = "";

        public Optional<string?> FirstName { get; init; }

        public Optional<string?> LastName { get; init; }

        /// <summary>Replaces the primary email (the first of <c>email_addresses</c>).</summary>
        public Optional<string?> EmailAddress { get; init; }

        /// <summary>Replaces every email but the primary one.</summary>
        public Optional<IReadOnlyList<TypedEmailInput>?> AdditionalEmailAddresses { get; init; }

        public Optional<string?> Company { get; init; }

        public Optional<string?> Title { get; init; }

        /// <summary>Replaces the primary phone number (the first of <c>phone_numbers</c>).</summary>
        public Optional<string?> PhoneNumber { get; init; }

        /// <summary>Replaces every phone number but the primary one.</summary>
        public Optional<IReadOnlyList<TypedPhoneInput>?> AdditionalPhoneNumbers { get; init; }

        public Optional<LocationInput?> Location { get; init; }

        public Optional<string?> Gender { get; init; }

        public Optional<string?> AvailabilityDate { get; init; }

        public Optional<SalaryExpectationsInput?> SalaryExpectations { get; init; }

        public Optional<IReadOnlyList<SocialLinkInput>?> SocialLinks { get; init; }

        public JsonElement? RemoteFields { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CandidateId).NotEmpty();
            RuleFor(c => c.FirstName).Must(v => !v.IsSet || !string.IsNullOrEmpty(v.Value)).WithMessage("first_name must not be empty.");
            RuleFor(c => c.LastName).Must(v => !v.IsSet || !string.IsNullOrEmpty(v.Value)).WithMessage("last_name must not be empty.");
            RuleFor(c => c.EmailAddress).Must(v => !v.IsSet || !string.IsNullOrEmpty(v.Value)).WithMessage("email_address must not be empty.");
            RuleFor(c => c.EmailAddress.Value).EmailAddress().When(c => c.EmailAddress.Value is not null).OverridePropertyName("email_address");
            RuleForEach(c => c.AdditionalEmailAddresses.Value).NotNull().SetValidator(new TypedEmailInputValidator()).OverridePropertyName("additional_email_addresses");
            RuleForEach(c => c.AdditionalPhoneNumbers.Value).NotNull().SetValidator(new TypedPhoneInputValidator()).OverridePropertyName("additional_phone_numbers");
            RuleFor(c => c.Location.Value!).SetValidator(new LocationInputValidator()).When(c => c.Location.Value is not null).OverridePropertyName("location");
            RuleFor(c => c.Gender.Value).Must(g => g is null || CandidateInputRules.Genders.Contains(g)).OverridePropertyName("gender")
                .WithMessage("gender must be one of MALE, FEMALE, OTHER.");
            RuleFor(c => c.AvailabilityDate.Value).Must(CandidateInputRules.IsDate).OverridePropertyName("availability_date")
                .WithMessage("availability_date must be an ISO-8601 date or datetime.");
            RuleFor(c => c.SalaryExpectations.Value!).SetValidator(new SalaryExpectationsInputValidator())
                .When(c => c.SalaryExpectations.Value is not null).OverridePropertyName("salary_expectations");
            RuleForEach(c => c.SocialLinks.Value).NotNull().SetValidator(new SocialLinkInputValidator()).OverridePropertyName("social_links");
        }
    }

    internal sealed class Handler(World world, TimeProvider clock, IMapper mapper) : IRequestHandler<Command, Written<CandidateModel>>
    {
        public Task<Written<CandidateModel>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var (candidate, ats) = world.Store(command.Integration).Write(state => Update(state, command, now));
            return Task.FromResult(Written<CandidateModel>.Clean(CandidateProjection.ToModel(mapper, ats, candidate)));
        }

        private static (IntegrationState, (Candidate, AtsData)) Update(IntegrationState state, Command c, DateTimeOffset now)
        {
            var current = AtsWrites.RequireCandidate(state.Ats, c.CandidateId);
            var emails = current.EmailAddresses;
            var phones = current.PhoneNumbers;
            var updated = current with
            {
                FirstName = c.FirstName.Or(current.FirstName),
                LastName = c.LastName.Or(current.LastName),
                EmailAddresses = [.. Primary(emails, c.EmailAddress, a => new EmailAddress(a, null)),
                    .. c.AdditionalEmailAddresses.IsSet ? CandidateInputRules.Emails(null, c.AdditionalEmailAddresses.Value) : emails.Skip(1)],
                Company = c.Company.Or(current.Company),
                Title = c.Title.Or(current.Title),
                PhoneNumbers = [.. Primary(phones, c.PhoneNumber, n => new PhoneNumber(n, null)),
                    .. c.AdditionalPhoneNumbers.IsSet ? CandidateInputRules.Phones(null, c.AdditionalPhoneNumbers.Value) : phones.Skip(1)],
                Location = c.Location.IsSet ? c.Location.Value?.ToAddress() : current.Location,
                Gender = c.Gender.Or(current.Gender),
                AvailabilityDate = c.AvailabilityDate.IsSet ? CandidateInputRules.Date(c.AvailabilityDate.Value) : current.AvailabilityDate,
                SalaryExpectations = c.SalaryExpectations.IsSet ? CandidateInputRules.Salary(c.SalaryExpectations.Value) : current.SalaryExpectations,
                SocialMedia = c.SocialLinks.IsSet ? CandidateInputRules.Social(c.SocialLinks.Value) : current.SocialMedia,
            };

            if (Same(updated, current))
            {
                return (state, (current, state.Ats));
            }

            updated = updated with { ChangedAt = now, RemoteUpdatedAt = now, TouchedAt = now };
            var ats = state.Ats.WithCandidate(updated, now, nestedInApplications: true);
            return (state with { Ats = ats }, (updated, ats));
        }

        /// <summary>The list's primary entry after the patch: replaced when sent, kept otherwise.</summary>
        private static IEnumerable<T> Primary<T>(IReadOnlyList<T> list, Optional<string?> sent, Func<string, T> create)
        {
            if (!sent.IsSet)
            {
                return list.Take(1);
            }

            return sent.Value is null ? [] : [create(sent.Value)];
        }

        // Records compare lists by reference; compare the rebuilt lists by content.
        private static bool Same(Candidate a, Candidate b) =>
            a with { EmailAddresses = b.EmailAddresses, PhoneNumbers = b.PhoneNumbers, SocialMedia = b.SocialMedia } == b
            && a.EmailAddresses.SequenceEqual(b.EmailAddresses)
            && a.PhoneNumbers.SequenceEqual(b.PhoneNumbers)
            && a.SocialMedia.SequenceEqual(b.SocialMedia);
    }
}
