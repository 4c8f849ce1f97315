namespace Kombo.Sim.Api.Infrastructure.Errors;

/// <summary>A failure that is answered with Kombo's error envelope.</summary>
public sealed class KomboException : Exception
{
    public KomboException(KomboError error, string message)
        : base(message)
    {
        Error = error;
    }

    public KomboException()
        : this(ErrorCodes.UnknownError, "Unknown error")
    {
    }

    public KomboException(string message)
        : this(ErrorCodes.UnknownError, message)
    {
    }

    public KomboException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = ErrorCodes.UnknownError;
    }

    public KomboError Error { get; }

    public static KomboException InputInvalid(string message) => new(ErrorCodes.InputInvalid, message);

    /// <summary>Kombo's wording for an unknown record id in a path.</summary>
    public static KomboException NotFound(string model, string id) =>
        new(ErrorCodes.RecordNotFound, $"{model} with ID {id} not found.");
}
