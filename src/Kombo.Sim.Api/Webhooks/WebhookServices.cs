using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Kombo.Sim.Api.Webhooks;

public static class WebhookServices
{
    public static IServiceCollection AddKomboWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.AddSingleton<WebhookSubscriptions>();
        services.AddSingleton<WebhookOutbox>();
        services.AddSingleton<IWebhookPublisher>(sp => sp.GetRequiredService<WebhookOutbox>());
        services.AddTransient<AttemptRecorder>();
        services.AddHostedService<WebhookSender>();

        var options = configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() ?? new WebhookOptions();
        var client = services.AddHttpClient(WebhookSender.ClientName);
        client.AddResilienceHandler("webhook-retries", pipeline =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(0, options.MaxRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    Delay = TimeSpan.FromMilliseconds(Math.Max(1, options.RetryDelayMs)),
                    UseJitter = false,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                    {
                        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
                        { Result: { } response } => !response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.Gone,
                        _ => false,
                    }),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds)));
            });

        // Added after the resilience handler, so it runs inside it and sees every retry.
        client.AddHttpMessageHandler<AttemptRecorder>();
        return services;
    }
}
