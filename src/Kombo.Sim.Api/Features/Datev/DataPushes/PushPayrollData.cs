using System.Text.Json.Serialization;
using AutoMapper;
using FluentValidation;
using Kombo.Sim.Api.Domain.Payroll;
using Kombo.Sim.Api.Domain.Payroll.Lodas;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Datev.DataPushes;

/// <summary>
/// POST /custom/datev/push-data/payroll: generates the LODAS movement data file of <c>payroll_month</c> from the
/// payroll prepared for that month and records it as a PAYROLL data push. With nothing prepared nothing is uploaded
/// and a warning says so.
/// </summary>
public static class PushPayrollData
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<PushedFilesModel>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        public string? PayrollMonth { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.PayrollMonth).PlainDate()
                .Must(m => DatevInputRules.PlainDate(m).Day == 1)
                .WithMessage("payroll_month must be the first day of a month, e.g. 2026-12-01.");
    }

    internal sealed class Handler(World world, TimeProvider clock, IMapper mapper) : IRequestHandler<Command, Written<PushedFilesModel>>
    {
        public Task<Written<PushedFilesModel>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var month = DatevInputRules.PlainDate(command.PayrollMonth);
            var written = world.Store(command.Integration).Push(DataPush.Payroll, now, mapper,
                $"No payroll is prepared for {month:yyyy-MM}; nothing was uploaded.",
                state =>
                {
                    var prepared = state.Hris.Employees.Rows
                        .Select(e => (Employee: e, Preparation: state.Payroll.PreparationOf(e.Id, month)))
                        .Where(x => x.Preparation is { IsEmpty: false })
                        .Select(x => new EmployeePayrollData(x.Employee, x.Preparation!))
                        .ToList();
                    return prepared.Count == 0 ? null : LodasExports.Payroll(DatevClient.For(state.Integration.Id), month, prepared);
                });
            return Task.FromResult(written);
        }
    }
}
