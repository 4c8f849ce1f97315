using FluentValidation;

namespace Kombo.Sim.Api.Features.Shared;

/// <summary>The rules of the common filters; each list's validator derives from it and adds its own filters.</summary>
public abstract class ListQueryValidator<T> : PagedQueryValidator<T>
    where T : ListQuery
{
    protected ListQueryValidator()
    {
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
