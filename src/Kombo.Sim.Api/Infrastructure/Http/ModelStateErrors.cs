using System.Text.RegularExpressions;
using Kombo.Sim.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kombo.Sim.Api.Infrastructure.Http;

/// <summary>
/// Model-binding failures (malformed JSON, a string where a number belongs, an unsupported content type) become
/// Kombo's <c>PLATFORM.INPUT_INVALID</c> naming the field, never ASP.NET's ProblemDetails.
/// </summary>
public static partial class ModelStateErrors
{
    public static IActionResult Respond(ActionContext context)
    {
        var unsupported = context.ModelState.Values
            .SelectMany(v => v.Errors)
            .Any(e => e.Exception is UnsupportedContentTypeException);
        if (unsupported)
        {
            return new KomboErrorResult(ErrorCodes.UnsupportedMediaType,
                $"Unsupported Content-Type \"{context.HttpContext.Request.ContentType}\". Send the request body as application/json.");
        }

        var problems = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => Describe(entry.Key, entry.Value!))
            .ToList();
        return new KomboErrorResult(ErrorCodes.InputInvalid, "Invalid request. " + string.Join("; ", problems));
    }

    private static string Describe(string key, ModelStateEntry entry)
    {
        var field = FieldName(key);
        var error = entry.Errors[0];
        var detail = error.Exception is { } exception ? Clean(exception.Message) : Clean(error.ErrorMessage);
        if (string.IsNullOrEmpty(field) || field == "command" || field == "query")
        {
            return $"the request body is not valid JSON ({detail})";
        }

        return $"{field}: {detail}";
    }

    /// <summary><c>$.candidate.first_name</c> → <c>candidate.first_name</c>.</summary>
    private static string FieldName(string key) => key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key.TrimStart('$');

    // System.Text.Json messages name .NET types and positions; keep what helps a client.
    private static string Clean(string message)
    {
        var withoutPath = PathSuffix().Replace(message, "");
        return TypeName().Replace(withoutPath, m => m.Groups[1].Value switch
        {
            "System.String" => "a string",
            "System.Double" or "System.Int32" or "System.Int64" or "System.Decimal" => "a number",
            "System.Boolean" => "a boolean",
            _ => "a value of the expected type",
        }).Trim();
    }

    [GeneratedRegex(@"\s*Path: .*$", RegexOptions.Singleline)]
    private static partial Regex PathSuffix();

    // Dot-separated segments only, so the full stop that ends "… converted to System.String." is not taken as part of the name.
    [GeneratedRegex(@"(System(?:\.[A-Za-z0-9_`\[\]]+)+|Kombo\.Sim(?:\.[A-Za-z0-9_+`\[\]]+)+)")]
    private static partial Regex TypeName();
}

/// <summary>An MVC result that writes Kombo's error envelope.</summary>
public sealed class KomboErrorResult(KomboError error, string message) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => ErrorResponder.WriteAsync(context.HttpContext, error, message);
}
