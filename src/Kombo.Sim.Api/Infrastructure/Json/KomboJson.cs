using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Kombo.Sim.Api.Infrastructure.Json;

/// <summary>
/// The one place that decides how Kombo's wire JSON looks: snake_case names, nulls written,
/// timestamps as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, plain dates as <c>yyyy-MM-dd</c>.
/// </summary>
public static class KomboJson
{
    /// <summary>Maximum nesting accepted in request bodies (and produced in responses).</summary>
    public const int MaxDepth = 32;

    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions());

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.PropertyNameCaseInsensitive = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        options.AllowTrailingCommas = false;
        options.MaxDepth = MaxDepth;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(KomboJsonContext.Default, new DefaultJsonTypeInfoResolver());
        AddConverters(options.Converters);
        return options;
    }

    private static void AddConverters(IList<JsonConverter> converters)
    {
        if (converters.OfType<TimestampConverter>().Any())
        {
            return;
        }

        converters.Add(new CheckedJsonElementConverter());
        converters.Add(new TimestampConverter());
        converters.Add(new PlainDateConverter());
        converters.Add(new TimeOfDayConverter());
    }

    /// <summary>Formats an instant exactly as Kombo does: UTC, milliseconds, trailing Z.</summary>
    public static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatTime(TimeOnly value) => value.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}

/// <summary>
/// Free-form JSON in request bodies (<c>remote_fields</c>, passthrough <c>data</c>, file objects …). The reader keeps its
/// strings as raw bytes and checks their UTF-8 only when one is first read, by then far from the request; read each
/// string and name once here so invalid UTF-8 is refused where the body is read, as it is for typed fields.
/// </summary>
public sealed class CheckedJsonElementConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var element = JsonElement.ParseValue(ref reader);
        try
        {
            CheckText(element);
        }
        catch (InvalidOperationException invalid)
        {
            throw new JsonException("The JSON value contains text that is not valid UTF-8.", invalid);
        }

        return element;
    }

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => value.WriteTo(writer);

    private static void CheckText(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    CheckText(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CheckText(item);
                }

                break;
        }
    }
}

/// <summary>Kombo timestamps: <c>2022-08-07T14:01:29.196Z</c>.</summary>
public sealed class TimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        throw new JsonException("Expected an ISO-8601 timestamp.");
    }

    // Formatted on the stack: a page of employees writes over a thousand timestamps.
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[32];
        writer.WriteStringValue(value.UtcDateTime.TryFormat(buffer, out var written, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            ? buffer[..written]
            : System.Text.Encoding.UTF8.GetBytes(KomboJson.FormatTimestamp(value)));
    }
}

/// <summary>Absence dates: <c>yyyy-MM-dd</c>.</summary>
public sealed class PlainDateConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        throw new JsonException("Expected a date in the yyyy-MM-dd format.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[16];
        writer.WriteStringValue(value.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            ? buffer[..written]
            : System.Text.Encoding.UTF8.GetBytes(KomboJson.FormatDate(value)));
    }
}

/// <summary>Absence times: <c>HH:mm:ss</c>.</summary>
public sealed class TimeOfDayConverter : JsonConverter<TimeOnly>
{
    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is not null && TimeOnly.TryParseExact(text, ["HH:mm:ss", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        throw new JsonException("Expected a time in the HH:mm:ss format.");
    }

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[16];
        writer.WriteStringValue(value.TryFormat(buffer, out var written, "HH:mm:ss", CultureInfo.InvariantCulture)
            ? buffer[..written]
            : System.Text.Encoding.UTF8.GetBytes(KomboJson.FormatTime(value)));
    }
}
