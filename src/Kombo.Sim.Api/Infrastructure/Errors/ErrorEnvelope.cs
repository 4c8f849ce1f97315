using System.Text.Json.Serialization;

namespace Kombo.Sim.Api.Infrastructure.Errors;

/// <summary>Kombo's error envelope: <c>{"status":"error","error":{code,title,message,log_url}}</c>.</summary>
public sealed class ErrorEnvelope
{
    [JsonPropertyOrder(0)]
    public string Status => "error";

    [JsonPropertyOrder(1)]
    public required ErrorBody Error { get; init; }

    public static ErrorEnvelope From(KomboError error, string message, string? logUrl) =>
        new() { Error = new ErrorBody(error.Code, error.Title, message, logUrl) };
}

public sealed record ErrorBody(string? Code, string? Title, string Message, string? LogUrl);
