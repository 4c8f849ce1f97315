using System.Text.Json;
using AutoMapper;
using FluentValidation;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Hris.Employees;

/// <summary>GET /hris/employees, with employments, balances, manager, groups, legal entity and work location.</summary>
public static class ListEmployees
{
    public static readonly string[] Statuses = ["ACTIVE", "PENDING", "INACTIVE", "LEAVE"];

    public sealed record Query : ListQuery, IRequest<Page<EmployeeModel>>
    {
        /// <summary>Deprecated by Kombo in favour of <see cref="EmploymentStatuses"/>.</summary>
        [FromQuery(Name = "employment_status")]
        public string? EmploymentStatus { get; init; }

        [FromQuery(Name = "employment_statuses")]
        public string? EmploymentStatuses { get; init; }

        [FromQuery(Name = "group_ids")]
        public string? GroupIds { get; init; }

        [FromQuery(Name = "legal_entity_ids")]
        public string? LegalEntityIds { get; init; }

        [FromQuery(Name = "work_location_ids")]
        public string? WorkLocationIds { get; init; }

        [FromQuery(Name = "work_emails")]
        public string? WorkEmails { get; init; }

        [FromQuery(Name = "personal_emails")]
        public string? PersonalEmails { get; init; }

        /// <summary>A JSON object with exactly one key whose value is a string, number, boolean or null.</summary>
        [FromQuery(Name = "custom_fields")]
        public string? CustomFields { get; init; }
    }

    internal sealed class Validator : ListQueryValidator<Query>
    {
        public Validator()
        {
            OneOf(q => q.EmploymentStatus, "employment_status", Statuses);
            EnumList(q => q.EmploymentStatuses, "employment_statuses", Statuses);
            RuleFor(q => q.CustomFields)
                .Must(v => CustomFieldFilter.TryParse(v!, out _))
                .When(q => q.CustomFields is not null)
                .WithName("custom_fields")
                .WithMessage("custom_fields must be a JSON object with exactly one key whose value is a string, number, boolean or null, e.g. {\"shirt_size\":\"M\"}.");
        }
    }

    internal sealed class Handler(World world, IMapper mapper) : ListHandler<Query, Employee, EmployeeModel>(world, mapper)
    {
        protected override Table<Employee> Source(IntegrationState state) => state.Hris.Employees;

        protected override void Filter(RecordFilter<Employee> filter, Query query, IntegrationState state)
        {
            var statuses = QueryValues.CsvSet(query.EmploymentStatuses) ?? QueryValues.CsvSet(query.EmploymentStatus);
            filter
                .AndIf(statuses, s => e => e.EmploymentStatus is not null && s.Contains(e.EmploymentStatus))
                .AndIf(QueryValues.CsvSet(query.GroupIds), groups => e => e.GroupIds.Any(groups.Contains))
                .AndIf(QueryValues.CsvSet(query.LegalEntityIds), ids => e => e.LegalEntityId is not null && ids.Contains(e.LegalEntityId))
                .AndIf(QueryValues.CsvSet(query.WorkLocationIds), ids => e => e.WorkLocationId is not null && ids.Contains(e.WorkLocationId))
                .AndIf(QueryValues.CsvSet(query.WorkEmails, StringComparer.OrdinalIgnoreCase), emails => e => e.WorkEmail is not null && emails.Contains(e.WorkEmail))
                .AndIf(QueryValues.CsvSet(query.PersonalEmails, StringComparer.OrdinalIgnoreCase), emails => e => e.PersonalEmail is not null && emails.Contains(e.PersonalEmail));
            if (query.CustomFields is not null && CustomFieldFilter.TryParse(query.CustomFields, out var custom))
            {
                filter.And(e => custom.Matches(e.CustomFields));
            }
        }

        protected override EmployeeModel Map(Employee record, IntegrationState state) =>
            EmployeeProjection.ToModel(Mapper, state.Hris, record);
    }
}

/// <summary>Kombo's <c>custom_fields</c> filter: one key and a scalar value the record's custom field must equal.</summary>
public sealed record CustomFieldFilter(string Key, JsonElement Value)
{
    public static bool TryParse(string json, out CustomFieldFilter filter)
    {
        filter = null!;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.EnumerateObject().Count() != 1)
            {
                return false;
            }

            var property = root.EnumerateObject().Single();
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                return false;
            }

            filter = new CustomFieldFilter(property.Name, property.Value.Clone());
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public bool Matches(JsonElement? customFields)
    {
        if (customFields is not { ValueKind: JsonValueKind.Object } fields || !fields.TryGetProperty(Key, out var actual))
        {
            return false;
        }

        return (Value.ValueKind, actual.ValueKind) switch
        {
            (JsonValueKind.String, JsonValueKind.String) => Value.GetString() == actual.GetString(),
            (JsonValueKind.Number, JsonValueKind.Number) => Value.GetDouble() == actual.GetDouble(),
            (JsonValueKind.True or JsonValueKind.False, _) => Value.ValueKind == actual.ValueKind,
            (JsonValueKind.Null, _) => actual.ValueKind == JsonValueKind.Null,
            _ => false,
        };
    }
}
