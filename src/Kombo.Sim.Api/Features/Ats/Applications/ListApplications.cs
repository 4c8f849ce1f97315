using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Ats.Applications;

/// <summary>GET /ats/applications, with each application's candidate, current stage and job.</summary>
public static class ListApplications
{
    public static readonly string[] Outcomes = ["PENDING", "HIRED", "DECLINED"];

    public sealed record Query : ListQuery, IRequest<Page<ApplicationModel>>
    {
        /// <summary>Deprecated by Kombo in favour of <see cref="Outcomes"/>.</summary>
        [FromQuery(Name = "outcome")]
        public string? Outcome { get; init; }

        [FromQuery(Name = "outcomes")]
        public string? Outcomes { get; init; }

        [FromQuery(Name = "job_ids")]
        public string? JobIds { get; init; }

        [FromQuery(Name = "job_remote_ids")]
        public string? JobRemoteIds { get; init; }

        [FromQuery(Name = "current_stage_ids")]
        public string? CurrentStageIds { get; init; }

        /// <summary>Applications created in the tool on or after this day.</summary>
        [FromQuery(Name = "remote_created_after")]
        public string? RemoteCreatedAfter { get; init; }
    }

    internal sealed class Validator : ListQueryValidator<Query>
    {
        public Validator()
        {
            OneOf(q => q.Outcome, "outcome", ListApplications.Outcomes);
            EnumList(q => q.Outcomes, "outcomes", ListApplications.Outcomes);
            DateFilter(q => q.RemoteCreatedAfter, "remote_created_after");
        }
    }

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, Application, ApplicationModel>(world, mapper)
    {
        protected override Table<Application> Source(IntegrationState state) => state.Ats.Applications;

        protected override void Filter(RecordFilter<Application> filter, Query query, IntegrationState state)
        {
            var jobsByRemoteId = QueryValues.CsvSet(query.JobRemoteIds) is { } remoteIds
                ? state.Ats.Jobs.Rows.Where(j => j.RemoteId is not null && remoteIds.Contains(j.RemoteId)).Select(j => j.Id).ToHashSet(StringComparer.Ordinal)
                : null;
            filter
                .AndIf(QueryValues.CsvSet(query.Outcomes) ?? QueryValues.CsvSet(query.Outcome), outcomes => a => a.Outcome is not null && outcomes.Contains(a.Outcome))
                .AndIf(QueryValues.CsvSet(query.JobIds), jobs => a => a.JobId is not null && jobs.Contains(a.JobId))
                .AndIf(jobsByRemoteId, jobs => a => a.JobId is not null && jobs.Contains(a.JobId))
                .AndIf(QueryValues.CsvSet(query.CurrentStageIds), stages => a => a.CurrentStageId is not null && stages.Contains(a.CurrentStageId))
                .AndIf(QueryValues.StartOfDay(query.RemoteCreatedAfter), day => a => a.RemoteCreatedAt >= day);
        }

        protected override ApplicationModel Map(Application record, IntegrationState state) =>
            ApplicationProjection.ToModel(Mapper, state.Ats, record);
    }
}
