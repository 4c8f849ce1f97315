using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kombo.Sim.Api.Features.General.Passthrough;

/// <summary>One item of <c>multipart_form_data</c>: a string value or a FileInput object.</summary>
public sealed record MultipartField
{
    public string? Name { get; init; }

    public JsonElement? Value { get; init; }
}

/// <summary><c>data</c> of POST /passthrough/{tool}/{api}: what the tool answered.</summary>
/// <param name="Url">The full URL the request was sent to.</param>
/// <param name="Status">The tool's HTTP status.</param>
/// <param name="Headers">The tool's response headers (string values).</param>
/// <param name="Data">The tool's body: JSON, a string, or its base64 with <c>response_as_base64</c>.</param>
public sealed record PassthroughResponseModel(string Url, int Status, JsonObject Headers, JsonNode? Data);
