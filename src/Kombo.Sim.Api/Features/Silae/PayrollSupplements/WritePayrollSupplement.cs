using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FluentValidation;
using Kombo.Sim.Api.Domain.Payroll;
using Kombo.Sim.Api.Features.Datev;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Silae.PayrollSupplements;

/// <summary>
/// POST /custom/silae/employees/{employee_id}/payroll-supplements: stores a payroll supplement for the employee
/// (Kombo has no unified read of it). A supplement carries a number, a string or both.
/// </summary>
public static partial class WritePayrollSupplement
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string EmployeeId { get; init; } = "";

        public string? SupplementCode { get; init; }

        public string? EffectiveDate { get; init; }

        public double? ElementAmount { get; init; }

        public string? ElementString { get; init; }
    }

    internal sealed partial class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.EmployeeId).NotEmpty();
            RuleFor(c => c.SupplementCode).Cascade(CascadeMode.Stop).NotEmpty().Matches(SupplementCode())
                .WithMessage("supplement_code must be a Silae supplement code: 1 to 30 letters, digits, '-' or '_' (e.g. 200 or PRIME01).");
            RuleFor(c => c.EffectiveDate).PlainDate();
            RuleFor(c => c.ElementAmount).Amount().When(c => c.ElementAmount is not null);
            RuleFor(c => c.ElementString).NotEmpty().When(c => c.ElementString is not null)
                .WithMessage("element_string must not be empty when it is sent.");
            RuleFor(c => c)
                .Must(c => c.ElementAmount is not null || c.ElementString is not null)
                .OverridePropertyName("element_amount")
                .WithMessage("element_amount or element_string is required: a supplement carries a number, a string or both.");
        }

        [GeneratedRegex("^[A-Za-z0-9_-]{1,30}$", RegexOptions.CultureInvariant)]
        private static partial Regex SupplementCode();
    }

    internal sealed class Handler(World world, TimeProvider clock) : IRequestHandler<Command, Written<Empty>>
    {
        public Task<Written<Empty>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            world.Store(command.Integration).Write(state =>
            {
                var employee = state.Hris.RequireEmployee(command.EmployeeId);
                var (next, _, id) = state.NewRecordId("silae_payroll_supplements");
                var supplement = new SilaeSupplement
                {
                    Id = id,
                    EmployeeId = employee.Id,
                    SupplementCode = command.SupplementCode!,
                    EffectiveDate = DatevInputRules.PlainDate(command.EffectiveDate),
                    ElementAmount = command.ElementAmount,
                    ElementString = command.ElementString,
                    CreatedAt = now,
                };
                return (next with { Payroll = next.Payroll.AddSilaeSupplement(supplement) }, 0);
            });
            return Task.FromResult(Written<Empty>.Clean(Empty.Instance));
        }
    }
}
