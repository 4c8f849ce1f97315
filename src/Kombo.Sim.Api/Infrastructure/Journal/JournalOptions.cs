namespace Kombo.Sim.Api.Infrastructure.Journal;

/// <summary>Configuration section <c>Journal</c>.</summary>
public sealed class JournalOptions
{
    public const string Section = "Journal";

    /// <summary>How many requests the journal keeps; the oldest go first.</summary>
    public int Capacity { get; set; } = 1000;

    /// <summary>How many bytes of each request and response body are kept.</summary>
    public int MaxBodyBytes { get; set; } = 16 * 1024;
}
