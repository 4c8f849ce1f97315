using AutoMapper;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Hris.Groups;

/// <summary>GET /hris/groups: departments, teams and cost centres.</summary>
public static class ListGroups
{
    public static readonly string[] Types = ["DEPARTMENT", "TEAM", "COST_CENTER", "null"];

    public sealed record Query : ListQuery, IRequest<Page<GroupModel>>
    {
        /// <summary>Comma-separated group types; <c>null</c> selects untyped groups.</summary>
        [FromQuery(Name = "types")]
        public string? Types { get; init; }

        [FromQuery(Name = "name_contains")]
        public string? NameContains { get; init; }
    }

    internal sealed class Validator : ListQueryValidator<Query>
    {
        public Validator() => EnumList(q => q.Types, "types", ListGroups.Types);
    }

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, Group, GroupModel>(world, mapper)
    {
        protected override Table<Group> Source(IntegrationState state) => state.Hris.Groups;

        protected override void Filter(RecordFilter<Group> filter, Query query, IntegrationState state) => filter
            .AndIf(QueryValues.CsvSet(query.Types), types => g => types.Contains(g.Type ?? "null"))
            .AndIf(query.NameContains, part => g => g.Name?.Contains(part, StringComparison.OrdinalIgnoreCase) == true);
    }
}
