using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Hris.AbsenceTypes;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Hris.TimeOffBalances;

/// <summary>GET /hris/time-off-balances: balances per employee and absence type, with the type.</summary>
public static class ListTimeOffBalances
{
    public sealed record Query : ListQuery, IRequest<Page<TimeOffBalanceModel>>
    {
        [FromQuery(Name = "employee_id")]
        public string? EmployeeId { get; init; }
    }

    internal sealed class Validator : ListQueryValidator<Query>;

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, TimeOffBalance, TimeOffBalanceModel>(world, mapper)
    {
        protected override Table<TimeOffBalance> Source(IntegrationState state) => state.Hris.TimeOffBalances;

        protected override void Filter(RecordFilter<TimeOffBalance> filter, Query query, IntegrationState state) =>
            filter.AndIf(query.EmployeeId, id => b => b.EmployeeId == id);

        protected override TimeOffBalanceModel Map(TimeOffBalance record, IntegrationState state)
        {
            var model = Mapper.Map<TimeOffBalanceModel>(record);
            model.Type = Mapper.Map<AbsenceTypeModel>(state.Hris.AbsenceTypes.Find(record.TypeId));
            return model;
        }
    }
}
