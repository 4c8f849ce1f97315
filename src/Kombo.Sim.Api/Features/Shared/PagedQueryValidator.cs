using FluentValidation;

namespace Kombo.Sim.Api.Features.Shared;

/// <summary>The rules of the paging parameters, shared by every paginated list.</summary>
public abstract class PagedQueryValidator<T> : AbstractValidator<T>
    where T : PagedQuery
{
    protected PagedQueryValidator()
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
    }
}
