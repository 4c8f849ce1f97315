using System.Globalization;
using System.Text.RegularExpressions;

namespace Kombo.Sim.Api.Features.Shared;

/// <summary>Parsing of Kombo's query and body value formats (CSV lists, plain dates, booleans as strings).</summary>
public static partial class QueryValues
{
    /// <summary>Splits a comma-separated filter; empty items are dropped and an empty filter is "not applied" (null).</summary>
    public static IReadOnlyList<string>? Csv(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var items = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length == 0 ? null : items;
    }

    public static HashSet<string>? CsvSet(string? value, StringComparer? comparer = null) =>
        Csv(value) is { } items ? new HashSet<string>(items, comparer ?? StringComparer.Ordinal) : null;

    public static int? ParsePageSize(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= State.Paging.Pager.MaxPageSize
            ? size
            : null;

    /// <summary>Kombo's date inputs: <c>yyyy-MM-dd</c> or a full datetime (digest §A6).</summary>
    public static bool IsDateOrDateTime(string? value) => value is not null && TryParseInstant(value, out _);

    public static bool TryParseInstant(string value, out DateTimeOffset instant)
    {
        instant = default;
        if (!DateOrDateTime().IsMatch(value))
        {
            return false;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
    }

    /// <summary>Any ISO-8601 instant, with <c>Z</c> or an offset (the control plane's inputs).</summary>
    public static bool TryParseIsoInstant(string? value, out DateTimeOffset instant)
    {
        instant = default;
        return value is not null
            && IsoInstant().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
    }

    public static bool IsIsoInstant(string? value) => TryParseIsoInstant(value, out _);

    /// <summary>A "plain date": a date, or a datetime whose time is discarded.</summary>
    public static bool TryParsePlainDate(string? value, out DateOnly date)
    {
        // The common case, a plain yyyy-MM-dd (ASCII digits only), by the exact parser (a create validates and reads
        // each date of its body several times, and the regex and general parser below cost ~0.4 µs a call); anything
        // else, including every input the exact parser rejects, goes the general way, so the answers are the same.
        date = default;
        if (value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (value is null || !TryParseInstant(value, out var instant))
        {
            return false;
        }

        date = DateOnly.FromDateTime(instant.UtcDateTime);
        return true;
    }

    /// <summary>Midnight UTC of a plain-date filter such as <c>remote_created_after</c> ("on or after that day").</summary>
    public static DateTimeOffset? StartOfDay(string? value) =>
        TryParsePlainDate(value, out var date) ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    public static bool IsBooleanString(string? value) => value is "true" or "false";

    /// <summary>Kombo's absence times: <c>HH:mm</c> or <c>HH:mm:ss</c>.</summary>
    public static bool TryParseTime(string? value, out TimeOnly time)
    {
        time = default;
        return value is not null
            && TimeOnly.TryParseExact(value, ["HH:mm:ss", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    /// <summary>Kombo's country codes in request bodies: uppercase ISO-3166-1 alpha-2 (null is "not given").</summary>
    public static bool IsCountryCode(string? value) => value is null || CountryCode().IsMatch(value);

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?)?Z?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateOrDateTime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInstant();
}
