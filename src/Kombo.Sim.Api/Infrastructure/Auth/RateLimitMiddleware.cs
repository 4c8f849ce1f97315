using System.Collections.Concurrent;
using System.Globalization;
using Kombo.Sim.Api.Infrastructure.Errors;
using Microsoft.Extensions.Options;

namespace Kombo.Sim.Api.Infrastructure.Auth;

/// <summary>Configuration section <c>RateLimit</c>: Kombo's per-key request limit (off by default).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    public bool Enabled { get; set; }

    /// <summary>Requests per window and API key (Kombo's headers show 300).</summary>
    public int Limit { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// Kombo's rate limit, when enabled: a fixed window per API key on wall-clock time, the <c>ratelimit-limit</c>,
/// <c>ratelimit-remaining</c> and <c>ratelimit-reset</c> headers on every /v1 answer, and 429
/// <c>PLATFORM.RATE_LIMIT_EXCEEDED</c> with <c>Retry-After</c> beyond the limit. (ASP.NET's rate limiter does not expose
/// the remaining count and reset time these headers need.)
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, IOptions<RateLimitOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public Task InvokeAsync(HttpContext context)
    {
        var settings = options.Value;
        if (!settings.Enabled || context.Features.Get<CallerFeature>() is not { } caller)
        {
            return next(context);
        }

        var window = _windows.GetOrAdd(caller.Environment.ApiKey, _ => new Window(clock.GetTimestamp()));
        var length = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds));
        int count;
        TimeSpan left;
        lock (window)
        {
            var elapsed = clock.GetElapsedTime(window.Start);
            if (elapsed >= length)
            {
                window.Start = clock.GetTimestamp();
                window.Count = 0;
                elapsed = TimeSpan.Zero;
            }

            count = ++window.Count;
            left = length - elapsed;
        }

        var reset = ((int)Math.Ceiling(left.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var headers = context.Response.Headers;
        headers["ratelimit-limit"] = settings.Limit.ToString(CultureInfo.InvariantCulture);
        headers["ratelimit-remaining"] = Math.Max(0, settings.Limit - count).ToString(CultureInfo.InvariantCulture);
        headers["ratelimit-reset"] = reset;
        if (count <= settings.Limit)
        {
            return next(context);
        }

        headers.RetryAfter = reset;
        return ErrorResponder.WriteAsync(context, ErrorCodes.RateLimitExceeded,
            $"You have exceeded the rate limit of {settings.Limit} requests per {settings.WindowSeconds} seconds. Retry after {reset} seconds.");
    }

    private sealed class Window(long start)
    {
        public long Start { get; set; } = start;

        public int Count { get; set; }
    }
}
