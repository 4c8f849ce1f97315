using System.Collections.Immutable;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Kombo.Sim.IntegrationTests.Robustness;

/// <summary>
/// One call of one Kombo operation, kept in parts (path template and values, query, body, headers) so the hostile-input
/// generators can break any one of them.
/// </summary>
public sealed record KomboRequest
{
    public required string OperationId { get; init; }

    public required HttpMethod Method { get; init; }

    /// <summary>Kombo's path with <c>{placeholders}</c>, e.g. <c>/v1/hris/absences/{absence_id}</c>.</summary>
    public required string PathTemplate { get; init; }

    public ImmutableDictionary<string, string> PathValues { get; init; } = ImmutableDictionary<string, string>.Empty;

    public ImmutableList<KeyValuePair<string, string>> Query { get; init; } = [];

    /// <summary>The JSON body; null sends no body.</summary>
    public JsonNode? Body { get; init; }

    /// <summary>Bytes sent instead of <see cref="Body"/> (not JSON, invalid UTF-8 …).</summary>
    public byte[]? RawBody { get; init; }

    public string? ContentType { get; init; } = "application/json";

    /// <summary>The <c>X-Integration-Id</c> header; null sends none.</summary>
    public string? IntegrationId { get; init; }

    public ImmutableList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>What was done to the valid request (shown with a counterexample).</summary>
    public string Mutation { get; init; } = "none";

    public string Url
    {
        get
        {
            var path = PathValues.Aggregate(PathTemplate, (p, v) => p.Replace("{" + v.Key + "}", Uri.EscapeDataString(v.Value), StringComparison.Ordinal));
            return Query.Count == 0
                ? path
                : path + "?" + string.Join("&", Query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));
        }
    }

    public HttpRequestMessage ToMessage(string apiKey)
    {
        var message = new HttpRequestMessage(Method, Url);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        if (IntegrationId is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Integration-Id", IntegrationId);
        }

        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        var bytes = RawBody ?? (Body is null ? null : Encoding.UTF8.GetBytes(Body.ToJsonString()));
        if (bytes is not null)
        {
            message.Content = new ByteArrayContent(bytes);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    public override string ToString()
    {
        var body = RawBody is not null ? $"{RawBody.Length} raw bytes" : Body?.ToJsonString() ?? "(none)";
        return $"{OperationId} [{Mutation}] {Method} {Shorten(Url)} X-Integration-Id={Shorten(IntegrationId ?? "(none)")} " +
            $"Content-Type={ContentType ?? "(none)"} body={Shorten(body)}";
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + $"…({text.Length} chars)" : text;
}
