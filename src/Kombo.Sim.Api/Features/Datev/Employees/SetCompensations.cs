using System.Collections.Immutable;
using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Domain.Payroll;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.Infrastructure.Json;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Datev.Employees;

/// <summary>
/// PUT /custom/datev/employees/{employee_id}/compensations: the employee's compensations from <c>effective_date</c> on.
/// Kombo: compensations not included end at that date, so the set replaces every set effective on or after it;
/// the general push exports the set valid on its day.
/// </summary>
public static class SetCompensations
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string EmployeeId { get; init; } = "";

        public string? EffectiveDate { get; init; }

        public IReadOnlyList<CompensationInput?>? Compensations { get; init; }
    }

    public sealed record CompensationInput(double? Amount, string? Currency, string? Period, double? Lohnart);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.EmployeeId).NotEmpty();
            RuleFor(c => c.EffectiveDate).PlainDate();
            RuleFor(c => c.Compensations).NotNull();
            RuleForEach(c => c.Compensations).NotNull().WithMessage(DatevInputRules.NullItemMessage).ChildRules(compensation =>
            {
                compensation.RuleFor(p => p!.Amount).Cascade(CascadeMode.Stop).NotNull()
                    .Must(a => a is > 0 and <= DatevInputRules.MaxAmount)
                    .WithMessage("must be greater than 0 and at most 999999999.99 (leave a compensation out to end it).");
                compensation.RuleFor(p => p!.Currency).Cascade(CascadeMode.Stop).NotNull()
                    .Equal(Compensation.Euro).WithMessage("must be EUR (DATEV pays in euros).");
                compensation.RuleFor(p => p!.Period).Cascade(CascadeMode.Stop).NotNull()
                    .Must(p => p is Compensation.Hour or Compensation.Month).WithMessage("must be HOUR or MONTH.");
                compensation.RuleFor(p => p!.Lohnart).Must(DatevInputRules.IsLohnart).When(p => p!.Lohnart is not null)
                    .WithMessage(DatevInputRules.LohnartMessage);
            });
        }
    }

    internal sealed class Handler(World world, TimeProvider clock) : IRequestHandler<Command, Written<Empty>>
    {
        public Task<Written<Empty>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var effective = DatevInputRules.PlainDate(command.EffectiveDate);
            world.Store(command.Integration).Write(state =>
            {
                var employee = state.Hris.RequireEmployee(command.EmployeeId);
                var set = new CompensationSet
                {
                    EffectiveDate = effective,
                    Compensations = command.Compensations!
                        .Select(c => new Compensation { Amount = c!.Amount!.Value, Currency = c.Currency!, Period = c.Period!, Lohnart = (int?)c.Lohnart })
                        .ToImmutableList(),
                    SetAt = now,
                };
                return (state with { Payroll = state.Payroll.SetCompensations(employee.Id, set) }, 0);
            });
            return Task.FromResult(new Written<Empty>(Empty.Instance, Warnings(command, effective, DateOnly.FromDateTime(now.UtcDateTime))));
        }

        private static List<Warning> Warnings(Command command, DateOnly effective, DateOnly today)
        {
            var warnings = command.Compensations!
                .Select((c, index) => (c, index))
                .Where(x => x.c!.Period == Compensation.Hour && x.c.Lohnart is not null)
                .Select(x => new Warning($"compensations[{x.index}].lohnart: DATEV takes a Lohnart only for monthly compensations; it is ignored for an hourly one."))
                .ToList();
            if (effective > today)
            {
                warnings.Add(new Warning($"The compensations take effect on {KomboJson.FormatDate(effective)}; general data pushes include them from that day on."));
            }

            return warnings;
        }
    }
}
