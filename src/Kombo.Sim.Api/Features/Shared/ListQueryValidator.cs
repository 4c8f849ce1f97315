using FluentValidation;

namespace Kombo.Sim.Api.Features.Shared;

/// <summary>The rules every list shares; each list's validator derives from it and adds its own filters.</summary>
public abstract class ListQueryValidator<T> : AbstractValidator<T>
    where T : ListQuery
{
    protected ListQueryValidator()
    {
        RuleFor(q => q.PageSize)
            .Must(v => QueryValues.ParsePageSize(v) is not null)
            .When(q => q.PageSize is not null)
            .WithName("page_size")
            .WithMessage("page_size must be an integer between 1 and 250.");
        RuleFor(q => q.Cursor)
            .Must((query, cursor) => State.Paging.Cursor.TryDecode(cursor!, query.Fingerprint(), out _))
            .When(q => q.Cursor is not null)
            .WithName("cursor")
            .WithMessage("cursor is not a cursor this list returned for the same filters. Pass data.next back unchanged and repeat the same filters.");
        RuleFor(q => q.UpdatedAfter)
            .Must(QueryValues.IsDateOrDateTime)
            .When(q => q.UpdatedAfter is not null)
            .WithName("updated_after")
            .WithMessage("updated_after must be a date (yyyy-MM-dd) or an ISO-8601 datetime.");
        RuleFor(q => q.IncludeDeleted)
            .Must(QueryValues.IsBooleanString)
            .When(q => q.IncludeDeleted is not null)
            .WithName("include_deleted")
            .WithMessage("include_deleted must be \"true\" or \"false\".");
    }

    /// <summary>A comma-separated filter whose every item must be one of <paramref name="allowed"/>.</summary>
    protected void EnumList(System.Linq.Expressions.Expression<Func<T, string?>> property, string name, params string[] allowed) =>
        RuleFor(property)
            .Must(v => QueryValues.Csv(v)?.All(allowed.Contains) ?? true)
            .WithName(name)
            .WithMessage($"{name} must be a comma-separated list of: {string.Join(", ", allowed)}.");

    /// <summary>A single value that must be one of <paramref name="allowed"/>.</summary>
    protected void OneOf(System.Linq.Expressions.Expression<Func<T, string?>> property, string name, params string[] allowed) =>
        RuleFor(property)
            .Must(v => v is null || allowed.Contains(v))
            .WithName(name)
            .WithMessage($"{name} must be one of: {string.Join(", ", allowed)}.");

    protected void DateFilter(System.Linq.Expressions.Expression<Func<T, string?>> property, string name) =>
        RuleFor(property)
            .Must(v => v is null || QueryValues.IsDateOrDateTime(v))
            .WithName(name)
            .WithMessage($"{name} must be a date (yyyy-MM-dd) or an ISO-8601 datetime.");
}
