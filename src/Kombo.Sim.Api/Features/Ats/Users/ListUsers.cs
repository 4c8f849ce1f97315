using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Ats.Users;

/// <summary>GET /ats/users: the ATS's recruiters, hiring managers and other users.</summary>
public static class ListUsers
{
    public sealed record Query : ListQuery, IRequest<Page<UserModel>>
    {
        /// <summary>Users with any of these emails (case-insensitive).</summary>
        [FromQuery(Name = "emails")]
        public string? Emails { get; init; }
    }

    internal sealed class Validator : ListQueryValidator<Query>;

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, User, UserModel>(world, mapper)
    {
        protected override Table<User> Source(IntegrationState state) => state.Ats.Users;

        protected override void Filter(RecordFilter<User> filter, Query query, IntegrationState state) =>
            filter.AndIf(QueryValues.CsvSet(query.Emails, StringComparer.OrdinalIgnoreCase), emails => u => u.Email is not null && emails.Contains(u.Email));
    }
}
