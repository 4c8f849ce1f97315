namespace Kombo.Sim.Api.Webhooks;

/// <summary>Configuration section <c>Webhooks</c>: the default subscription of every environment and delivery tuning.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Where events are posted; empty disables the default subscription.</summary>
    public string? Url { get; set; }

    public string? Secret { get; set; }

    /// <summary>Comma-separated event types; empty for all.</summary>
    public string? Events { get; set; }

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>First retry delay; each retry doubles it.</summary>
    public int RetryDelayMs { get; set; } = 1000;

    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How many deliveries the simulator remembers.</summary>
    public int History { get; set; } = 1000;
}
