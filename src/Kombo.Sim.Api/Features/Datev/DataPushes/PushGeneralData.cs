using System.Text.Json.Serialization;
using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Domain.Payroll;
using Kombo.Sim.Api.Domain.Payroll.Lodas;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Datev.DataPushes;

/// <summary>
/// POST /custom/datev/push-data/general: generates the LODAS master data file (employees, the compensations valid
/// today, time off) and records it as a GENERAL data push. An employee without compensations set through the API is
/// exported with the pay of their current employment; time off is every approved absence that ends in the current
/// month or later. With no employee to export nothing is uploaded and a warning says so.
/// </summary>
public static class PushGeneralData
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<PushedFilesModel>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }
    }

    internal sealed class Handler(World world, TimeProvider clock, IMapper mapper) : IRequestHandler<Command, Written<PushedFilesModel>>
    {
        public Task<Written<PushedFilesModel>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var written = world.Store(command.Integration).Push(DataPush.General, now, mapper,
                "The integration has no employees; no general data was uploaded.",
                state =>
                {
                    var employees = state.Hris.Employees.Rows
                        .Where(e => e.RemoteDeletedAt is null)
                        .Select(e => GeneralData(state, e, today))
                        .ToList();
                    return employees.Count == 0 ? null : LodasExports.General(DatevClient.For(state.Integration.Id), today, employees);
                });
            return Task.FromResult(written);
        }

        private static EmployeeGeneralData GeneralData(IntegrationState state, Employee employee, DateOnly today)
        {
            var compensations = state.Payroll.CompensationsOf(employee.Id).ValidOn(today) is { } set
                ? set.Compensations
                : FromEmployment(state.Hris, employee, today);
            var monthStart = DatevInputRules.FirstOfMonth(today);
            var timeOff = state.Hris.Absences.InGroup(employee.Id)
                .Where(a => a is { RemoteDeletedAt: null, Status: "APPROVED", StartDate: not null, EndDate: { } end } && end >= monthStart)
                .Select(a => new TimeOff(a.StartDate!.Value, a.EndDate!.Value, Reason(state.Hris, a)))
                .ToList();
            return new EmployeeGeneralData(employee, compensations, timeOff);
        }

        /// <summary>The pay of the latest employment in effect today, when it is paid by the hour or the month.</summary>
        private static IReadOnlyList<Compensation> FromEmployment(HrisData hris, Employee employee, DateOnly today)
        {
            var current = hris.Employments.InGroup(employee.Id)
                .Where(e => e.RemoteDeletedAt is null && (e.EffectiveDate is null || DateOnly.FromDateTime(e.EffectiveDate.Value.UtcDateTime) <= today))
                .OrderBy(e => e.EffectiveDate)
                .LastOrDefault();
            return current is { PayRate: { } rate, PayPeriod: Compensation.Hour or Compensation.Month }
                ? [new Compensation { Amount = rate, Period = current.PayPeriod }]
                : [];
        }

        // The DATEV integration's absence types are DATEV's absence reasons; their remote id is the reason key.
        private static string Reason(HrisData hris, Absence absence) =>
            absence.TypeId is { } typeId && hris.AbsenceTypes.Find(typeId) is { } type ? type.RemoteId ?? type.Name ?? "" : "";
    }
}
