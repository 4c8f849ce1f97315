using FluentValidation;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Journal;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Journal;

/// <summary>GET /_sim/journal: journal entries matching every filter given, newest first.</summary>
public static class ListJournal
{
    public sealed record Query : IRequest<Result>
    {
        [FromQuery(Name = "operation_id")]
        public string? OperationId { get; init; }

        [FromQuery(Name = "method")]
        public string? Method { get; init; }

        /// <summary>A path prefix, e.g. <c>/v1/hris</c>.</summary>
        [FromQuery(Name = "path")]
        public string? Path { get; init; }

        [FromQuery(Name = "integration_id")]
        public string? IntegrationId { get; init; }

        [FromQuery(Name = "environment_id")]
        public string? EnvironmentId { get; init; }

        /// <summary>An exact status (<c>404</c>) or a class (<c>4xx</c>).</summary>
        [FromQuery(Name = "status")]
        public string? Status { get; init; }

        [FromQuery(Name = "error_code")]
        public string? ErrorCode { get; init; }

        /// <summary>Entries at or after this instant (simulator clock).</summary>
        [FromQuery(Name = "since")]
        public string? Since { get; init; }

        /// <summary>Entries at or before this instant (simulator clock).</summary>
        [FromQuery(Name = "until")]
        public string? Until { get; init; }

        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }
    }

    public sealed record Result(int Total, int Capacity, IReadOnlyList<JournalEntryModel> Entries);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).Matches("^([1-5][0-9]{2}|[1-5]xx)$").When(q => q.Status is not null)
                .WithMessage("status must be a status code such as 404 or a class such as 4xx.");
            RuleFor(q => q.Since).Must(QueryValues.IsIsoInstant).When(q => q.Since is not null).WithMessage("since must be an ISO-8601 datetime.");
            RuleFor(q => q.Until).Must(QueryValues.IsIsoInstant).When(q => q.Until is not null).WithMessage("until must be an ISO-8601 datetime.");
            RuleFor(q => q.Limit).InclusiveBetween(1, 10_000).When(q => q.Limit is not null);
        }
    }

    internal sealed class Handler(RequestJournal journal) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query q, CancellationToken cancellationToken)
        {
            DateTimeOffset? since = q.Since is not null && QueryValues.TryParseIsoInstant(q.Since, out var s) ? s : null;
            DateTimeOffset? until = q.Until is not null && QueryValues.TryParseIsoInstant(q.Until, out var u) ? u : null;
            var entries = journal.Query(e =>
                (q.OperationId is null || e.OperationId == q.OperationId)
                && (q.Method is null || string.Equals(e.Method, q.Method, StringComparison.OrdinalIgnoreCase))
                && (q.Path is null || e.Path.StartsWith(q.Path, StringComparison.Ordinal))
                && (q.IntegrationId is null || e.IntegrationId == q.IntegrationId)
                && (q.EnvironmentId is null || e.EnvironmentId == q.EnvironmentId)
                && (q.ErrorCode is null || e.ErrorCode == q.ErrorCode)
                && StatusMatches(q.Status, e.Status)
                && (since is null || e.Time >= since)
                && (until is null || e.Time <= until),
                q.Limit ?? 100);
            return Task.FromResult(new Result(journal.Count, journal.Capacity, entries.Select(JournalEntryModel.From).ToList()));
        }

        private static bool StatusMatches(string? filter, int status) => filter switch
        {
            null => true,
            [var digit, 'x', 'x'] => status / 100 == digit - '0',
            _ => filter == status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
