using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Hris.AbsenceTypes;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Hris.Absences;

/// <summary>GET /hris/absences, with each absence's type.</summary>
public static class ListAbsences
{
    public sealed record Query : ListQuery, IRequest<Page<AbsenceModel>>
    {
        /// <summary>Absences ending on or after this day.</summary>
        [FromQuery(Name = "date_from")]
        public string? DateFrom { get; init; }

        /// <summary>Absences starting on or before this day.</summary>
        [FromQuery(Name = "date_until")]
        public string? DateUntil { get; init; }

        [FromQuery(Name = "type_ids")]
        public string? TypeIds { get; init; }

        [FromQuery(Name = "employee_id")]
        public string? EmployeeId { get; init; }

        /// <summary>Deprecated by Kombo; treated like <see cref="DateFrom"/>.</summary>
        [FromQuery(Name = "time_from")]
        public string? TimeFrom { get; init; }

        /// <summary>Deprecated by Kombo; treated like <see cref="DateUntil"/>.</summary>
        [FromQuery(Name = "time_until")]
        public string? TimeUntil { get; init; }
    }

    internal sealed class Validator : ListQueryValidator<Query>
    {
        public Validator()
        {
            DateFilter(q => q.DateFrom, "date_from");
            DateFilter(q => q.DateUntil, "date_until");
            DateFilter(q => q.TimeFrom, "time_from");
            DateFilter(q => q.TimeUntil, "time_until");
        }
    }

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, Absence, AbsenceModel>(world, mapper)
    {
        protected override Table<Absence> Source(IntegrationState state) => state.Hris.Absences;

        protected override void Filter(RecordFilter<Absence> filter, Query query, IntegrationState state)
        {
            if (PlainDate(query.DateFrom ?? query.TimeFrom) is { } from)
            {
                filter.And(a => a.EndDate >= from);
            }

            if (PlainDate(query.DateUntil ?? query.TimeUntil) is { } until)
            {
                filter.And(a => a.StartDate <= until);
            }

            filter
                .AndIf(QueryValues.CsvSet(query.TypeIds), types => a => a.TypeId is not null && types.Contains(a.TypeId))
                .AndIf(query.EmployeeId, id => a => a.EmployeeId == id);
        }

        protected override AbsenceModel Map(Absence record, IntegrationState state)
        {
            var model = Mapper.Map<AbsenceModel>(record);
            model.Type = record.TypeId is { } typeId ? Mapper.Map<AbsenceTypeModel?>(state.Hris.AbsenceTypes.Find(typeId)) : null;
            return model;
        }

        private static DateOnly? PlainDate(string? value) => QueryValues.TryParsePlainDate(value, out var date) ? date : null;
    }
}
