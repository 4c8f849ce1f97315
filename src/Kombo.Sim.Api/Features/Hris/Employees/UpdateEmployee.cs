using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMapper;
using FluentValidation;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.Infrastructure.Json;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Hris.Employees;

/// <summary>PATCH /hris/employees/{employee_id}: changes exactly the fields sent.</summary>
public static class UpdateEmployee
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<EmployeeUpdatedModel>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        /// <summary>Kombo id or <c>remote:&lt;remote id&gt;</c>.</summary>
        [JsonIgnore]
        public string EmployeeId { get; init; } = "";

        public Optional<string?> FirstName { get; init; }

        public Optional<string?> LastName { get; init; }

        /// <summary>Kombo's spec marks it required even on this PATCH.</summary>
        public Optional<string?> WorkEmail { get; init; }

        public Optional<string?> Gender { get; init; }

        public Optional<string?> JobTitle { get; init; }

        public Optional<AddressInput?> HomeAddress { get; init; }

        public Optional<string?> DateOfBirth { get; init; }

        public Optional<string?> MobilePhoneNumber { get; init; }

        public Optional<string?> HomePhoneNumber { get; init; }

        public Optional<string?> Nationality { get; init; }

        public Optional<string?> StartDate { get; init; }

        public Optional<string?> LegalEntityId { get; init; }

        public Optional<string?> LocationId { get; init; }

        public Optional<string?> Ssn { get; init; }

        public Optional<string?> MaritalStatus { get; init; }

        public Optional<string?> TerminationDate { get; init; }

        public Optional<string?> TaxId { get; init; }

        public JsonElement? RemoteFields { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.EmployeeId).NotEmpty();
            RuleFor(c => c.WorkEmail).Must(e => e.IsSet && !string.IsNullOrEmpty(e.Value))
                .WithMessage("work_email is required.");
            RuleFor(c => c.WorkEmail.Value).EmailAddress().When(c => c.WorkEmail.Value is not null).OverridePropertyName("work_email");
            RuleFor(c => c.FirstName).Must(v => !v.IsSet || !string.IsNullOrEmpty(v.Value)).WithMessage("first_name must not be empty.");
            RuleFor(c => c.LastName).Must(v => !v.IsSet || !string.IsNullOrEmpty(v.Value)).WithMessage("last_name must not be empty.");
            RuleFor(c => c.Gender).Must(g => g.Value is null || EmployeeInputRules.Genders.Contains(g.Value))
                .WithMessage("gender must be one of MALE, FEMALE, NON_BINARY, NOT_SPECIFIED.");
            RuleFor(c => c.MaritalStatus).Must(m => m.Value is null || EmployeeInputRules.MaritalStatuses.Contains(m.Value))
                .WithMessage($"marital_status must be one of {string.Join(", ", EmployeeInputRules.MaritalStatuses)}.");
            RuleFor(c => c.HomeAddress.Value!).SetValidator(new AddressInputValidator()).When(c => c.HomeAddress.Value is not null)
                .OverridePropertyName("home_address");
            RuleFor(c => c.DateOfBirth).Must(v => EmployeeInputRules.IsPlainDate(v.Value)).WithMessage("date_of_birth must be a date (yyyy-MM-dd).");
            RuleFor(c => c.StartDate).Must(v => EmployeeInputRules.IsPlainDate(v.Value)).WithMessage("start_date must be a date (yyyy-MM-dd).");
            RuleFor(c => c.TerminationDate).Must(v => EmployeeInputRules.IsPlainDate(v.Value)).WithMessage("termination_date must be a date (yyyy-MM-dd).");
            RuleFor(c => c.Nationality).Must(v => EmployeeInputRules.IsCountryCode(v.Value))
                .WithMessage("nationality must be an uppercase ISO-3166-1 alpha-2 code such as DE.");
        }
    }

    internal sealed class Handler(World world, TimeProvider clock, IMapper mapper) : IRequestHandler<Command, Written<EmployeeUpdatedModel>>
    {
        public Task<Written<EmployeeUpdatedModel>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var employee = world.Store(command.Integration).Write(state => Update(state, command, now));
            return Task.FromResult(Written<EmployeeUpdatedModel>.Clean(mapper.Map<EmployeeUpdatedModel>(employee)));
        }

        private static (IntegrationState, Employee) Update(IntegrationState state, Command c, DateTimeOffset now)
        {
            var hris = state.Hris;
            var current = hris.FindEmployee(c.EmployeeId) is { RemoteDeletedAt: null } found
                ? found
                : throw KomboException.NotFound("Employee", c.EmployeeId);
            EmployeeWrites.CheckReferences(hris, c.LegalEntityId.Value, c.LocationId.Value);
            EmployeeWrites.CheckEmailIsFree(hris, c.WorkEmail.Value, current.Id);

            var updated = current with
            {
                FirstName = c.FirstName.Or(current.FirstName),
                LastName = c.LastName.Or(current.LastName),
                WorkEmail = c.WorkEmail.Or(current.WorkEmail),
                Gender = c.Gender.Or(current.Gender),
                JobTitle = c.JobTitle.Or(current.JobTitle),
                HomeAddress = c.HomeAddress.IsSet ? c.HomeAddress.Value?.ToAddress() : current.HomeAddress,
                DateOfBirth = c.DateOfBirth.IsSet ? EmployeeInputRules.Midnight(c.DateOfBirth.Value) : current.DateOfBirth,
                MobilePhoneNumber = c.MobilePhoneNumber.Or(current.MobilePhoneNumber),
                HomePhoneNumber = c.HomePhoneNumber.Or(current.HomePhoneNumber),
                Nationality = c.Nationality.Or(current.Nationality),
                StartDate = c.StartDate.IsSet ? EmployeeInputRules.Midnight(c.StartDate.Value) : current.StartDate,
                LegalEntityId = c.LegalEntityId.Or(current.LegalEntityId),
                WorkLocationId = c.LocationId.Or(current.WorkLocationId),
                Ssn = c.Ssn.Or(current.Ssn),
                MaritalStatus = c.MaritalStatus.Or(current.MaritalStatus),
                TerminationDate = c.TerminationDate.IsSet ? EmployeeInputRules.Midnight(c.TerminationDate.Value) : current.TerminationDate,
                TaxId = c.TaxId.Or(current.TaxId),
            };
            updated = updated with
            {
                DisplayFullName = $"{updated.FirstName} {updated.LastName}".Trim(),
                EmploymentStatus = EmploymentStatusRules.After(updated, now),
            };

            if (updated == current)
            {
                return (state, current);
            }

            updated = updated with { ChangedAt = now, TouchedAt = now };
            return (state with { Hris = hris with { Employees = hris.Employees.Replace(updated) } }, updated);
        }
    }
}
