using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMapper;
using FluentValidation;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Hris.Employees;

/// <summary>POST /hris/employees: creates an employee (Kombo deprecates it in favour of the form endpoint).</summary>
public static class CreateEmployee
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<EmployeeCoreModel>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        public string? FirstName { get; init; }

        public string? LastName { get; init; }

        public string? WorkEmail { get; init; }

        public string? Gender { get; init; }

        public string? JobTitle { get; init; }

        public AddressInput? HomeAddress { get; init; }

        public string? DateOfBirth { get; init; }

        public string? MobilePhoneNumber { get; init; }

        public string? HomePhoneNumber { get; init; }

        public string? Nationality { get; init; }

        public string? StartDate { get; init; }

        public string? LegalEntityId { get; init; }

        public string? LocationId { get; init; }

        public JsonElement? RemoteFields { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.FirstName).NotEmpty();
            RuleFor(c => c.LastName).NotEmpty();
            RuleFor(c => c.WorkEmail).EmailAddress().When(c => c.WorkEmail is not null);
            RuleFor(c => c.Gender).Must(g => g is null || EmployeeInputRules.Genders.Contains(g))
                .WithMessage("gender must be one of MALE, FEMALE, NON_BINARY, NOT_SPECIFIED.");
            RuleFor(c => c.HomeAddress!).SetValidator(new AddressInputValidator()).When(c => c.HomeAddress is not null);
            RuleFor(c => c.DateOfBirth).Must(EmployeeInputRules.IsPlainDate).WithMessage("date_of_birth must be a date (yyyy-MM-dd).");
            RuleFor(c => c.StartDate).Must(EmployeeInputRules.IsPlainDate).WithMessage("start_date must be a date (yyyy-MM-dd).");
            RuleFor(c => c.Nationality).Must(EmployeeInputRules.IsCountryCode)
                .WithMessage("nationality must be an uppercase ISO-3166-1 alpha-2 code such as DE.");
        }
    }

    internal sealed class Handler(World world, TimeProvider clock, IMapper mapper) : IRequestHandler<Command, Written<EmployeeCoreModel>>
    {
        public Task<Written<EmployeeCoreModel>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var employee = world.Store(command.Integration).Write(state => Create(state, command, now));
            return Task.FromResult(Written<EmployeeCoreModel>.Clean(mapper.Map<EmployeeCoreModel>(employee)));
        }

        private static (IntegrationState, Employee) Create(IntegrationState state, Command command, DateTimeOffset now)
        {
            var hris = state.Hris;
            EmployeeWrites.CheckReferences(hris, command.LegalEntityId, command.LocationId);
            EmployeeWrites.CheckEmailIsFree(hris, command.WorkEmail, exceptEmployeeId: null);

            var (next, remoteId, id) = state.NewRecordId("hris_employees");
            var startDate = EmployeeInputRules.Midnight(command.StartDate);
            var employee = new Employee
            {
                Id = id,
                RemoteId = remoteId,
                EmployeeNumber = remoteId,
                FirstName = command.FirstName,
                LastName = command.LastName,
                DisplayFullName = $"{command.FirstName} {command.LastName}",
                Nationality = command.Nationality,
                JobTitle = command.JobTitle,
                WorkEmail = command.WorkEmail,
                MobilePhoneNumber = command.MobilePhoneNumber,
                HomePhoneNumber = command.HomePhoneNumber,
                Gender = command.Gender,
                EmploymentStatus = startDate > now ? "PENDING" : "ACTIVE",
                WorkLocationId = command.LocationId,
                LegalEntityId = command.LegalEntityId,
                HomeAddress = command.HomeAddress?.ToAddress(),
                DateOfBirth = EmployeeInputRules.Midnight(command.DateOfBirth),
                StartDate = startDate,
                RemoteCreatedAt = now,
                ChangedAt = now,
                TouchedAt = now,
                CustomFields = Domain.Common.JsonValues.EmptyObject,
            };

            return (next with { Hris = hris with { Employees = hris.Employees.Add(employee) } }, employee);
        }
    }
}

/// <summary>Checks shared by the employee writes.</summary>
internal static class EmployeeWrites
{
    public static void CheckReferences(HrisData hris, string? legalEntityId, string? locationId)
    {
        if (legalEntityId is not null && hris.LegalEntities.Find(legalEntityId) is not { RemoteDeletedAt: null })
        {
            throw KomboException.InputInvalid($"legal_entity_id: no legal entity with ID {legalEntityId} exists in this integration.");
        }

        if (locationId is not null && hris.Locations.Find(locationId) is not { RemoteDeletedAt: null })
        {
            throw KomboException.InputInvalid($"location_id: no work location with ID {locationId} exists in this integration.");
        }
    }

    /// <summary>Kombo: creating an employee whose work email is taken answers HRIS.EMPLOYEE_ALREADY_EXISTS.</summary>
    public static void CheckEmailIsFree(HrisData hris, string? workEmail, string? exceptEmployeeId)
    {
        if (workEmail is null)
        {
            return;
        }

        var taken = hris.Employees.Rows.FirstOrDefault(e =>
            e.RemoteDeletedAt is null && e.Id != exceptEmployeeId && string.Equals(e.WorkEmail, workEmail, StringComparison.OrdinalIgnoreCase));
        if (taken is not null)
        {
            throw new KomboException(ErrorCodes.EmployeeAlreadyExists, $"An employee with the work email {workEmail} already exists (ID {taken.Id}).");
        }
    }
}
