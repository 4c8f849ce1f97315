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

    /// <summary>How answers are written: Kombo's encoder (non-ASCII letters as they are) and depth.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder, MaxDepth = MaxDepth };

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
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(KomboJsonContext.Default, StartupJsonContext.Default, new DefaultJsonTypeInfoResolver());
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

    /// <summary>Formats an instant exactly as Kombo does: UTC, milliseconds, trailing Z (as the JSON converter writes it).</summary>
    public static string FormatTimestamp(DateTimeOffset value)
    {
        Span<byte> text = stackalloc byte[IsoDigits.TimestampLength];
        IsoDigits.Timestamp(text, value);
        return System.Text.Encoding.ASCII.GetString(text);
    }

    /// <summary>A plain date as <c>yyyy-MM-dd</c> (as the JSON converter writes it).</summary>
    public static string FormatDate(DateOnly value)
    {
        Span<byte> text = stackalloc byte[IsoDigits.DateLength];
        IsoDigits.Date(text, value.Year, value.Month, value.Day);
        return System.Text.Encoding.ASCII.GetString(text);
    }
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
    internal const string Expected = "Expected an ISO-8601 timestamp.";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryParse(reader.GetString(), out var value) ? value : throw new JsonException(Expected);

    /// <summary>An ISO-8601 instant; one without an offset is taken as UTC.</summary>
    internal static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    // Formatted by hand on the stack: a page of employees writes over a thousand timestamps, and a custom format
    // string would be parsed on every call.
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<byte> text = stackalloc byte[IsoDigits.TimestampLength + 2];
        IsoDigits.Timestamp(text[1..], value);
        writer.WriteRawValue(IsoDigits.Quoted(text), skipInputValidation: true);
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
        Span<byte> text = stackalloc byte[IsoDigits.DateLength + 2];
        IsoDigits.Date(text[1..], value.Year, value.Month, value.Day);
        writer.WriteRawValue(IsoDigits.Quoted(text), skipInputValidation: true);
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
        Span<byte> text = stackalloc byte[IsoDigits.TimeLength + 2];
        IsoDigits.Time(text[1..], value.Hour, value.Minute, value.Second);
        writer.WriteRawValue(IsoDigits.Quoted(text), skipInputValidation: true);
    }
}

/// <summary>Kombo's ISO-8601 forms as fixed-width ASCII, for the converters and KomboJson's Format* (years 0001–9999).</summary>
internal static class IsoDigits
{
    public const int DateLength = 10;
    public const int TimeLength = 8;
    public const int TimestampLength = 24;

    /// <summary><c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC into the first 24 bytes.</summary>
    public static void Timestamp(Span<byte> into, DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        Date(into, utc.Year, utc.Month, utc.Day);
        into[10] = (byte)'T';
        Time(into[11..], utc.Hour, utc.Minute, utc.Second);
        into[19] = (byte)'.';
        Write(into.Slice(20, 3), utc.Millisecond);
        into[23] = (byte)'Z';
    }

    /// <summary>Puts quotes at both ends of <paramref name="text"/> (its content is already in between) and returns it.</summary>
    public static ReadOnlySpan<byte> Quoted(Span<byte> text)
    {
        text[0] = (byte)'"';
        text[^1] = (byte)'"';
        return text;
    }

    /// <summary><c>yyyy-MM-dd</c> into the first ten bytes.</summary>
    public static void Date(Span<byte> into, int year, int month, int day)
    {
        Write(into[..4], year);
        into[4] = (byte)'-';
        Write(into.Slice(5, 2), month);
        into[7] = (byte)'-';
        Write(into.Slice(8, 2), day);
    }

    /// <summary><c>HH:mm:ss</c> into the first eight bytes.</summary>
    public static void Time(Span<byte> into, int hour, int minute, int second)
    {
        Write(into[..2], hour);
        into[2] = (byte)':';
        Write(into.Slice(3, 2), minute);
        into[5] = (byte)':';
        Write(into.Slice(6, 2), second);
    }

    /// <summary>The number, zero-padded to the span's width.</summary>
    public static void Write(Span<byte> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
