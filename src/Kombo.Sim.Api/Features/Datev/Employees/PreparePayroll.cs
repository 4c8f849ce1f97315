using System.Collections.Immutable;
using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Domain.Payroll;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Datev.Employees;

/// <summary>
/// PUT /custom/datev/employees/{employee_id}/prepare-payroll: replaces what is prepared for the employee's payroll
/// of the month of <c>payroll_run.date</c>; the payroll push of that month turns it into LODAS bookings.
/// </summary>
public static class PreparePayroll
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string EmployeeId { get; init; } = "";

        public PayrollRunInput? PayrollRun { get; init; }

        public IReadOnlyList<HourlyPaymentInput?>? HourlyPayments { get; init; }

        public IReadOnlyList<FixedPaymentInput?>? FixedPayments { get; init; }

        /// <summary>Kombo: defaults to [].</summary>
        public IReadOnlyList<CustomLodasInput?>? CustomLodas { get; init; }
    }

    public sealed record PayrollRunInput(string? Date);

    public sealed record HourlyPaymentInput(double? Hours, double? Lohnart);

    public sealed record FixedPaymentInput(double? Amount, double? Lohnart);

    public sealed record CustomLodasInput(double? Amount, double? Lohnart, double? Bearbeitungsschluessel);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.EmployeeId).NotEmpty();
            RuleFor(c => c.PayrollRun).NotNull();
            RuleFor(c => c.PayrollRun!.Date).PlainDate().When(c => c.PayrollRun is not null).OverridePropertyName("payroll_run.date");
            RuleFor(c => c.HourlyPayments).NotNull();
            RuleForEach(c => c.HourlyPayments).NotNull().WithMessage(DatevInputRules.NullItemMessage).ChildRules(payment =>
            {
                payment.RuleFor(p => p!.Hours).Cascade(CascadeMode.Stop).NotNull()
                    .InclusiveBetween(0, DatevInputRules.MaxHoursPerMonth)
                    .WithMessage($"must be between 0 and {DatevInputRules.MaxHoursPerMonth} (the hours of a month).");
                payment.RuleFor(p => p!.Lohnart).Lohnart();
            });
            RuleFor(c => c.FixedPayments).NotNull();
            RuleForEach(c => c.FixedPayments).NotNull().WithMessage(DatevInputRules.NullItemMessage).ChildRules(payment =>
            {
                payment.RuleFor(p => p!.Amount).Amount();
                payment.RuleFor(p => p!.Lohnart).Lohnart();
            });
            RuleForEach(c => c.CustomLodas).NotNull().WithMessage(DatevInputRules.NullItemMessage).ChildRules(line =>
            {
                line.RuleFor(l => l!.Amount).Amount();
                line.RuleFor(l => l!.Lohnart).Lohnart();
                line.RuleFor(l => l!.Bearbeitungsschluessel).Cascade(CascadeMode.Stop).NotNull()
                    .Must(k => k is >= 1 and <= 99 && k == Math.Floor(k.Value))
                    .WithMessage("must be a whole number from 1 to 99 (a LODAS Bearbeitungsschlüssel).");
            });
        }
    }

    internal sealed class Handler(World world, TimeProvider clock) : IRequestHandler<Command, Written<Empty>>
    {
        public Task<Written<Empty>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            world.Store(command.Integration).Write(state =>
            {
                var employee = state.Hris.RequireEmployee(command.EmployeeId);
                var runDate = DatevInputRules.PlainDate(command.PayrollRun!.Date);
                var preparation = new PayrollPreparation
                {
                    EmployeeId = employee.Id,
                    Month = DatevInputRules.FirstOfMonth(runDate),
                    RunDate = runDate,
                    HourlyPayments = command.HourlyPayments!.Select(p => new HourlyPayment(p!.Hours!.Value, (int)p.Lohnart!.Value)).ToImmutableList(),
                    FixedPayments = command.FixedPayments!.Select(p => new FixedPayment(p!.Amount!.Value, (int)p.Lohnart!.Value)).ToImmutableList(),
                    CustomLodas = (command.CustomLodas ?? [])
                        .Select(l => new CustomLodasEntry(l!.Amount!.Value, (int)l.Lohnart!.Value, (int)l.Bearbeitungsschluessel!.Value))
                        .ToImmutableList(),
                    PreparedAt = now,
                };
                return (state with { Payroll = state.Payroll.Prepare(preparation) }, 0);
            });
            return Task.FromResult(Written<Empty>.Clean(Empty.Instance));
        }
    }
}
