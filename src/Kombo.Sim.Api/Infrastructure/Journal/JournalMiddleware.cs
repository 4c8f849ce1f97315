using System.Diagnostics;
using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Errors;

namespace Kombo.Sim.Api.Infrastructure.Journal;

/// <summary>
/// Journals every /v1 request: id, time, method, path, operation, integration, status, duration, error code and bounded
/// copies of both bodies. Runs outermost so it sees every answer, including errors; the entry's URL becomes the error
/// envelope's <c>log_url</c>.
/// </summary>
public sealed class JournalMiddleware(RequestDelegate next, RequestJournal journal, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var id = journal.NextId();
        var time = clock.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        context.Features.Set<IErrorLogUrlFeature>(new LogUrlFeature(context.Request, id));
        context.Features.Set(new JournalEntryFeature(id));

        var originalResponse = context.Response.Body;
        using var requestBody = new CapturingStream(context.Request.Body, journal.MaxBodyBytes);
        using var responseBody = new CapturingStream(originalResponse, journal.MaxBodyBytes);
        context.Request.Body = requestBody;
        context.Response.Body = responseBody;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = originalResponse;
            journal.Add(new JournalEntry
            {
                Id = id,
                Time = time,
                Method = context.Request.Method,
                Path = context.Request.Path.Value ?? "",
                Query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value : null,
                OperationId = context.Features.Get<OperationFeature>()?.Operation.OperationId,
                IntegrationId = context.Features.Get<IntegrationFeature>()?.Key.IntegrationId
                    ?? NullIfEmpty(context.Request.Headers[IntegrationMiddleware.HeaderName].ToString()),
                EnvironmentId = context.Features.Get<CallerFeature>()?.Environment.Id,
                Status = context.Response.StatusCode,
                DurationMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                ErrorCode = context.Features.Get<IErrorCodeFeature>()?.Code,
                RequestBody = requestBody.Captured,
                RequestBodyTruncated = requestBody.Truncated,
                ResponseBody = responseBody.Captured,
                ResponseBodyTruncated = responseBody.Truncated,
                FaultRuleId = context.Features.Get<JournalEntryFeature>()?.FaultRuleId,
            });
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>The URL is only needed when the request fails, so it is built then.</summary>
    private sealed class LogUrlFeature(HttpRequest request, long id) : IErrorLogUrlFeature
    {
        public string? LogUrl => $"{request.Scheme}://{request.Host}/_sim/journal/{id}";
    }
}

/// <summary>The journal entry of the current request; the fault injection marks which rule changed it.</summary>
public sealed class JournalEntryFeature(long id)
{
    public long Id { get; } = id;

    public string? FaultRuleId { get; set; }
}
