using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kombo.Sim.IntegrationTests.Infrastructure;

/// <summary>
/// A real HTTP server on loopback that receives the simulator's webhooks and keeps each request's exact bytes and
/// headers, so tests can verify signatures independently of the simulator's code.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private int _failuresLeft;
    private int _delayMs;

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url => _app.Urls.First() + "/hooks";

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public static async Task<WebhookReceiver> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks", (Delegate)receiver.Receive);
        await app.StartAsync();
        return receiver;
    }

    /// <summary>The next <paramref name="count"/> requests answer 500.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    /// <summary>Every request waits this long before answering.</summary>
    public void Delay(int milliseconds) => Interlocked.Exchange(ref _delayMs, milliseconds);

    /// <summary>Waits until a received webhook matches, or fails the test after the timeout.</summary>
    public async Task<ReceivedWebhook> WaitFor(Func<ReceivedWebhook, bool> match, int timeoutMs = 10_000)
    {
        var waited = 0;
        while (waited < timeoutMs)
        {
            if (_received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
            waited += 20;
        }

        throw new AssertionException($"No matching webhook within {timeoutMs} ms; received: {string.Join(", ", _received.Select(r => r.Type))}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> Receive(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var delay = Volatile.Read(ref _delayMs);
        if (delay > 0)
        {
            await Task.Delay(delay);
        }

        var failing = Interlocked.Decrement(ref _failuresLeft) >= 0;
        _received.Enqueue(new ReceivedWebhook(
            buffer.ToArray(),
            context.Request.Headers["X-Kombo-Signature"].ToString(),
            context.Request.ContentType,
            failing));
        return failing ? Results.StatusCode(500) : Results.Ok();
    }
}

/// <summary>One request the receiver got: the exact body bytes and the signature header.</summary>
public sealed record ReceivedWebhook(byte[] Body, string Signature, string? ContentType, bool AnsweredWithError)
{
    public System.Text.Json.Nodes.JsonNode Json => System.Text.Json.Nodes.JsonNode.Parse(Body)!;

    public string Type => Json["type"]!.GetValue<string>();

    /// <summary>Checks the signature the way a Kombo customer would, independently of the simulator's code.</summary>
    public bool SignatureMatches(string secret)
    {
        using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(secret));
        var expected = Convert.ToBase64String(hmac.ComputeHash(Body)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return expected == Signature;
    }
}
