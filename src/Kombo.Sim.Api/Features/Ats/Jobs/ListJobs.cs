using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Ats.Jobs;

/// <summary>GET /ats/jobs, with stages, screening questions, postings and hiring team.</summary>
public static class ListJobs
{
    public static readonly string[] Statuses = ["OPEN", "CLOSED", "DRAFT", "ARCHIVED"];
    public static readonly string[] EmploymentTypes = ["FULL_TIME", "PART_TIME", "CONTRACT", "SEASONAL", "INTERNSHIP"];
    public static readonly string[] Visibilities = ["PUBLIC", "INTERNAL", "UNLISTED", "CONFIDENTIAL"];

    public sealed record Query : ListQuery, IRequest<Page<JobModel>>
    {
        [FromQuery(Name = "job_codes")]
        public string? JobCodes { get; init; }

        [FromQuery(Name = "post_url")]
        public string? PostUrl { get; init; }

        /// <summary>Deprecated by Kombo in favour of <see cref="Statuses"/>.</summary>
        [FromQuery(Name = "status")]
        public string? Status { get; init; }

        [FromQuery(Name = "statuses")]
        public string? Statuses { get; init; }

        [FromQuery(Name = "employment_types")]
        public string? EmploymentTypes { get; init; }

        [FromQuery(Name = "visibilities")]
        public string? Visibilities { get; init; }

        /// <summary>Jobs created in the tool on or after this day.</summary>
        [FromQuery(Name = "remote_created_after")]
        public string? RemoteCreatedAfter { get; init; }

        [FromQuery(Name = "name_contains")]
        public string? NameContains { get; init; }
    }

    internal sealed class Validator : ListQueryValidator<Query>
    {
        public Validator()
        {
            OneOf(q => q.Status, "status", ListJobs.Statuses);
            EnumList(q => q.Statuses, "statuses", ListJobs.Statuses);
            EnumList(q => q.EmploymentTypes, "employment_types", ListJobs.EmploymentTypes);
            EnumList(q => q.Visibilities, "visibilities", ListJobs.Visibilities);
            DateFilter(q => q.RemoteCreatedAfter, "remote_created_after");
        }
    }

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, Job, JobModel>(world, mapper)
    {
        protected override Table<Job> Source(IntegrationState state) => state.Ats.Jobs;

        protected override void Filter(RecordFilter<Job> filter, Query query, IntegrationState state) => filter
            .AndIf(QueryValues.CsvSet(query.JobCodes), codes => j => j.JobCode is not null && codes.Contains(j.JobCode))
            .AndIf(query.PostUrl, url => j => j.PostUrl == url)
            .AndIf(QueryValues.CsvSet(query.Statuses) ?? QueryValues.CsvSet(query.Status), statuses => j => j.Status is not null && statuses.Contains(j.Status))
            .AndIf(QueryValues.CsvSet(query.EmploymentTypes), types => j => j.EmploymentType is not null && types.Contains(j.EmploymentType))
            .AndIf(QueryValues.CsvSet(query.Visibilities), visibilities => j => j.Visibility is not null && visibilities.Contains(j.Visibility))
            .AndIf(QueryValues.StartOfDay(query.RemoteCreatedAfter), day => j => j.RemoteCreatedAt >= day)
            .AndIf(query.NameContains, part => j => j.Name?.Contains(part, StringComparison.OrdinalIgnoreCase) == true);
    }
}
