using AutoMapper;
using FluentValidation;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Ats.Candidates;

/// <summary>GET /ats/candidates, with each candidate's applications and tags.</summary>
public static class ListCandidates
{
    public sealed record Query : ListQuery, IRequest<Page<CandidateModel>>
    {
        /// <summary>Candidates having this address among their email addresses (case-insensitive).</summary>
        [FromQuery(Name = "email")]
        public string? Email { get; init; }

        /// <summary>Candidates who applied to any of these jobs.</summary>
        [FromQuery(Name = "job_ids")]
        public string? JobIds { get; init; }

        [FromQuery(Name = "first_name")]
        public string? FirstName { get; init; }

        [FromQuery(Name = "last_name")]
        public string? LastName { get; init; }
    }

    internal sealed class Validator : ListQueryValidator<Query>
    {
        public Validator() =>
            RuleFor(q => q.Email).EmailAddress().When(q => !string.IsNullOrEmpty(q.Email))
                .WithName("email").WithMessage("email must be an email address.");
    }

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, Candidate, CandidateModel>(world, mapper)
    {
        protected override Table<Candidate> Source(IntegrationState state) => state.Ats.Candidates;

        protected override void Filter(RecordFilter<Candidate> filter, Query query, IntegrationState state) => filter
            .AndIf(NonEmpty(query.Email), email => c => c.EmailAddresses.Any(e => string.Equals(e.Address, email, StringComparison.OrdinalIgnoreCase)))
            .AndIf(QueryValues.CsvSet(query.JobIds), jobs => c => state.Ats.ApplicationsOf(c.Id).Any(a => a.JobId is not null && jobs.Contains(a.JobId)))
            .AndIf(NonEmpty(query.FirstName), name => c => string.Equals(c.FirstName, name, StringComparison.OrdinalIgnoreCase))
            .AndIf(NonEmpty(query.LastName), name => c => string.Equals(c.LastName, name, StringComparison.OrdinalIgnoreCase));

        protected override CandidateModel Map(Candidate record, IntegrationState state) =>
            CandidateProjection.ToModel(Mapper, state.Ats, record);

        // Kombo: an empty filter value means the filter is not applied (digest §A6).
        private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
