using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kombo.Sim.Api.Features.Shared;

namespace Kombo.Sim.Api.Features.General.Passthrough;

/// <summary>
/// The answer to every request the simulator does not model natively: status 200 and, as body, what Kombo would have
/// sent to the tool (method, resolved URL, path, query, headers without secrets, body).
/// </summary>
public static partial class Echo
{
    public const string Redacted = "[redacted]";

    /// <summary>Marks an echoed answer, so a client can tell it from a simulated tool response.</summary>
    public static readonly KeyValuePair<string, string> Header = new("x-kombo-sim-echo", "true");

    public static UpstreamResponse Of(UpstreamRequest request) => UpstreamResponse.Ok(new JsonObject
    {
        ["method"] = request.Method,
        ["url"] = request.Url,
        ["path"] = request.RawPath,
        ["query"] = new JsonObject(request.Query.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        ["headers"] = Headers(request),
        ["body"] = Body(request),
    }, Header);

    /// <summary>Whether a header carries a credential: its value is never echoed.</summary>
    public static bool IsSecret(string headerName) => SecretName().IsMatch(headerName);

    private static JsonObject Headers(UpstreamRequest request)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in request.Headers)
        {
            headers[name] = IsSecret(name) ? Redacted : value;
        }

        // Kombo authenticates every passthrough request with the integration's credentials.
        if (!request.Headers.Keys.Any(n => n.Equals("authorization", StringComparison.OrdinalIgnoreCase)))
        {
            headers["authorization"] = Redacted;
        }

        if (ContentType(request) is { } contentType && !request.Headers.Keys.Any(n => n.Equals("content-type", StringComparison.OrdinalIgnoreCase)))
        {
            headers["content-type"] = contentType;
        }

        return headers;
    }

    private static string? ContentType(UpstreamRequest request) => (request.Multipart, request.Body) switch
    {
        ({ }, _) => "multipart/form-data",
        (_, { ValueKind: JsonValueKind.String }) => "text/plain",
        (_, { ValueKind: JsonValueKind.Object or JsonValueKind.Array }) => "application/json",
        _ => null,
    };

    private static JsonNode? Body(UpstreamRequest request) => request.Multipart is { } parts
        ? new JsonArray([.. parts.Select(Part)])
        : request.Body is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } body ? JsonNode.Parse(body.GetRawText()) : null;

    // A file part shows its name, type and size; its content is not echoed.
    private static JsonObject Part(MultipartField part)
    {
        if (part.Value is { ValueKind: JsonValueKind.String } text)
        {
            return new JsonObject { ["name"] = part.Name, ["value"] = text.GetString() };
        }

        var file = FileInput.FromJson(part.Value!.Value);
        return new JsonObject
        {
            ["name"] = part.Name,
            ["value"] = new JsonObject
            {
                ["name"] = file.Name,
                ["content_type"] = file.ContentType,
                ["data_url"] = file.DataUrl,
                ["size"] = file.Data is { } data ? Convert.FromBase64String(data).Length : null,
            },
        };
    }

    [GeneratedRegex("authorization|cookie|token|secret|key|password", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();
}
