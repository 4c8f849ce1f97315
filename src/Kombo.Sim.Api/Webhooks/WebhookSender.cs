using System.Diagnostics;
using System.Net.Http.Headers;

namespace Kombo.Sim.Api.Webhooks;

/// <summary>
/// Delivers queued webhooks in the background. Retries with exponential back-off come from the HTTP client's resilience
/// pipeline (Microsoft.Extensions.Http.Resilience); <see cref="AttemptRecorder"/> sits inside it and records every try.
/// </summary>
public sealed class WebhookSender(WebhookOutbox outbox, IHttpClientFactory clients, ILogger<WebhookSender> logger) : BackgroundService
{
    public const string ClientName = "kombo-sim-webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var delivery in outbox.Queue.ReadAllAsync(stoppingToken))
            {
                // Deliveries go out concurrently so a slow receiver does not hold up the others.
                _ = Task.Run(() => Deliver(delivery, stoppingToken), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task Deliver(WebhookDelivery delivery, CancellationToken stoppingToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(delivery.Body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add(WebhookSigner.Header, delivery.Signature);
            request.Options.Set(AttemptRecorder.DeliveryKey, delivery);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, stoppingToken);
            outbox.Complete(delivery, response.IsSuccessStatusCode);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            logger.LogInformation("Webhook {DeliveryId} to {Url} failed: {Reason}", delivery.Id, delivery.Url, exception.Message);
            outbox.Complete(delivery, delivered: false);
        }
    }
}

/// <summary>Records each HTTP attempt of a delivery (it runs inside the retry pipeline, so it sees every retry).</summary>
public sealed class AttemptRecorder(WebhookOutbox outbox) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<WebhookDelivery> DeliveryKey = new("kombo-sim-delivery");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.TryGetValue(DeliveryKey, out var delivery);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (delivery is not null)
            {
                outbox.RecordAttempt(delivery, (int)response.StatusCode, null, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
        catch (Exception exception) when (delivery is not null && exception is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            outbox.RecordAttempt(delivery, null, exception.Message, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
