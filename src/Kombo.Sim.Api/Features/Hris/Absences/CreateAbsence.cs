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

namespace Kombo.Sim.Api.Features.Hris.Absences;

/// <summary>POST /hris/absences: creates an absence, computes its amount and takes it from the employee's balance.</summary>
public static class CreateAbsence
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<AbsenceCoreModel>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        /// <summary>Kombo id or <c>remote:&lt;remote id&gt;</c>.</summary>
        public string? EmployeeId { get; init; }

        public string? AbsenceTypeId { get; init; }

        public string? Status { get; init; }

        public string? StartDate { get; init; }

        public string? EndDate { get; init; }

        public bool? StartHalfDay { get; init; }

        public bool? EndHalfDay { get; init; }

        public double? Amount { get; init; }

        public string? Unit { get; init; }

        /// <summary>Kombo: the key is required, its value may be null.</summary>
        public Optional<string?> EmployeeNote { get; init; }

        public string? StartTime { get; init; }

        public string? EndTime { get; init; }

        public JsonElement? RemoteFields { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.EmployeeId).NotEmpty();
            RuleFor(c => c.AbsenceTypeId).NotEmpty();
            RuleFor(c => c.Status).Must(s => s is null || AbsenceRules.CreatableStatuses.Contains(s))
                .WithMessage("status must be REQUESTED or APPROVED.");
            RuleFor(c => c.StartDate).NotEmpty().Must(BeDate).WithMessage("start_date must be a date (yyyy-MM-dd).");
            RuleFor(c => c.EndDate).NotEmpty().Must(BeDate).WithMessage("end_date must be a date (yyyy-MM-dd).");
            RuleFor(c => c)
                .Must(c => Date(c.StartDate) <= Date(c.EndDate))
                .When(c => BeDate(c.StartDate) && BeDate(c.EndDate))
                .OverridePropertyName("end_date")
                .WithMessage("end_date must not be before start_date.");
            RuleFor(c => c.EmployeeNote).Must(n => n.IsSet)
                .WithMessage("employee_note is required (send null for no note).");
            RuleFor(c => c.Amount).GreaterThanOrEqualTo(0).When(c => c.Amount is not null);
            RuleFor(c => c.Unit).Must(u => u is AbsenceRules.Days or AbsenceRules.Hours).When(c => c.Unit is not null)
                .WithMessage("unit must be HOURS or DAYS.");
            RuleFor(c => c.Unit).NotNull().When(c => c.Amount is not null).WithMessage("unit is required when amount is given.");
            RuleFor(c => c.Amount).NotNull().When(c => c.Unit is not null).WithMessage("amount is required when unit is given.");
            RuleFor(c => c.StartTime).Must(BeTime).When(c => c.StartTime is not null).WithMessage("start_time must be HH:mm or HH:mm:ss.");
            RuleFor(c => c.EndTime).Must(BeTime).When(c => c.EndTime is not null).WithMessage("end_time must be HH:mm or HH:mm:ss.");
            RuleFor(c => c.EndTime).NotNull().When(c => c.StartTime is not null).WithMessage("end_time is required when start_time is given.");
            RuleFor(c => c.StartTime).NotNull().When(c => c.EndTime is not null).WithMessage("start_time is required when end_time is given.");
            RuleFor(c => c)
                .Must(c => Time(c.StartTime) < Time(c.EndTime))
                .When(c => BeTime(c.StartTime) && BeTime(c.EndTime))
                .OverridePropertyName("end_time")
                .WithMessage("end_time must be after start_time.");
        }

        private static bool BeDate(string? value) => QueryValues.TryParsePlainDate(value, out _);

        private static bool BeTime(string? value) => QueryValues.TryParseTime(value, out _);

        private static DateOnly Date(string? value) => QueryValues.TryParsePlainDate(value, out var date) ? date : default;

        private static TimeOnly Time(string? value) => QueryValues.TryParseTime(value, out var time) ? time : default;
    }

    internal sealed class Handler(World world, TimeProvider clock, IMapper mapper) : IRequestHandler<Command, Written<AbsenceCoreModel>>
    {
        public Task<Written<AbsenceCoreModel>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var (absence, warnings) = world.Store(command.Integration).Write(state => Create(state, command, now));
            return Task.FromResult(new Written<AbsenceCoreModel>(mapper.Map<AbsenceCoreModel>(absence), warnings));
        }

        private static (IntegrationState, (Absence, IReadOnlyList<Warning>)) Create(IntegrationState state, Command command, DateTimeOffset now)
        {
            var hris = state.Hris;
            var employee = hris.FindEmployee(command.EmployeeId!) is { RemoteDeletedAt: null } found
                ? found
                : throw KomboException.InputInvalid($"employee_id: no employee with ID {command.EmployeeId} exists in this integration.");
            var type = hris.AbsenceTypes.Find(command.AbsenceTypeId!) is { RemoteDeletedAt: null } foundType
                ? foundType
                : throw KomboException.InputInvalid($"absence_type_id: no absence type with ID {command.AbsenceTypeId} exists in this integration.");

            var halfDays = type.HalfDaysSupported == true;
            if (!halfDays && (command.StartHalfDay == true || command.EndHalfDay == true))
            {
                throw KomboException.InputInvalid($"start_half_day/end_half_day: the absence type \"{type.Name}\" does not support half days.");
            }

            var hasTimes = command.StartTime is not null;
            if (hasTimes && type.ExactTimesSupported != true)
            {
                throw KomboException.InputInvalid($"start_time/end_time: the absence type \"{type.Name}\" does not support exact times.");
            }

            // The validator has checked both dates.
            var start = QueryValues.TryParsePlainDate(command.StartDate, out var s) ? s : default;
            var end = QueryValues.TryParsePlainDate(command.EndDate, out var e) ? e : default;
            TimeOnly? startTime = QueryValues.TryParseTime(command.StartTime, out var st) ? st : null;
            TimeOnly? endTime = QueryValues.TryParseTime(command.EndTime, out var et) ? et : null;
            // The stored record keeps the rules' own strings, not the copies parsed from this body (one object less per absence).
            var unit = type.Unit ?? (command.Unit == AbsenceRules.Hours ? AbsenceRules.Hours : AbsenceRules.Days);
            var amount = command.Amount is { } given
                ? AbsenceRules.Convert(given, command.Unit!, unit)
                : AbsenceRules.ComputeAmount(unit, start, end, command.StartHalfDay == true, command.EndHalfDay == true, startTime, endTime);

            var (next, remoteId, id) = state.NewRecordId("hris_absences");
            var absence = new Absence
            {
                Id = id,
                RemoteId = remoteId,
                EmployeeId = employee.Id,
                StartDate = start,
                EndDate = end,
                StartHalfDay = halfDays ? command.StartHalfDay ?? false : null,
                EndHalfDay = halfDays ? command.EndHalfDay ?? false : null,
                StartTime = startTime,
                EndTime = endTime,
                Amount = amount,
                Unit = unit,
                Status = command.Status == "APPROVED" ? "APPROVED" : "REQUESTED",
                EmployeeNote = command.EmployeeNote.Value,
                TypeId = type.Id,
                ChangedAt = now,
                RemoteCreatedAt = now,
                RemoteUpdatedAt = now,
            };

            var warnings = new List<Warning>();
            hris = hris with { Absences = hris.Absences.Add(absence) };
            if (hris.OpenBalance(employee.Id, type.Id) is { } balance)
            {
                var updated = AbsenceRules.Apply(balance, amount, unit, now);
                if (updated.Balance < 0)
                {
                    warnings.Add(new Warning($"The absence exceeds the employee's remaining \"{type.Name}\" balance; the balance is now {updated.Balance} {updated.BalanceUnit}."));
                }

                hris = hris with { TimeOffBalances = hris.TimeOffBalances.Replace(updated) };
            }

            hris = hris.TouchEmployee(employee.Id, now);
            return (next with { Hris = hris }, (absence, warnings));
        }
    }
}
