using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kombo.Sim.Api.Infrastructure.Json;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Infrastructure.Http;

/// <summary>
/// A 200 answer serialized straight with Kombo's JSON options (source-generated metadata for the hot envelopes, see
/// <see cref="KomboJsonContext"/>). Every Kombo answer is JSON, so MVC's per-request output formatter selection
/// (media type parsing, content negotiation) has nothing to decide and is skipped.
/// </summary>
public sealed class KomboJsonResult<T>(T value) : IActionResult
{
    private static readonly JsonTypeInfo<T> TypeInfo = (JsonTypeInfo<T>)KomboJson.Options.GetTypeInfo(typeof(T));

    public T Value { get; } = value;

    public Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(response.Body, Value, TypeInfo, context.HttpContext.RequestAborted);
    }
}
