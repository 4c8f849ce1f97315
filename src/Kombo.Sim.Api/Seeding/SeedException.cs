namespace Kombo.Sim.Api.Seeding;

/// <summary>The seed data is unusable; the message names the file and, where there is one, the record.</summary>
public sealed class SeedException : Exception
{
    public SeedException(string file, string? recordId, string problem)
        : base(recordId is null ? $"Seed file {file}: {problem}" : $"Seed file {file}, record {recordId}: {problem}")
    {
        File = file;
        RecordId = recordId;
    }

    public SeedException()
        : this("(unknown)", null, "invalid seed data")
    {
    }

    public SeedException(string message)
        : base(message)
    {
        File = "(unknown)";
    }

    public SeedException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unknown)";
    }

    public string File { get; }

    public string? RecordId { get; }
}
