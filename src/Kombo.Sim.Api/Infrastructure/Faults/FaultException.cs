using Kombo.Sim.Api.Infrastructure.Errors;

namespace Kombo.Sim.Api.Infrastructure.Faults;

/// <summary>A fault rule failed the request (answered with Kombo's envelope, optionally with Retry-After).</summary>
public sealed class FaultException : Exception
{
    public FaultException(KomboError error, string message, int? retryAfterSeconds)
        : base(message)
    {
        Error = error;
        RetryAfterSeconds = retryAfterSeconds;
    }

    public FaultException()
        : this(ErrorCodes.UnknownError, "Injected fault", null)
    {
    }

    public FaultException(string message)
        : this(ErrorCodes.UnknownError, message, null)
    {
    }

    public FaultException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = ErrorCodes.UnknownError;
    }

    public KomboError Error { get; }

    public int? RetryAfterSeconds { get; }
}

/// <summary>A fault rule dropped the connection: no answer at all.</summary>
public sealed class ConnectionDropException : Exception
{
    public ConnectionDropException()
        : base("A fault rule dropped the connection.")
    {
    }

    public ConnectionDropException(string message)
        : base(message)
    {
    }

    public ConnectionDropException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
