using System.Text.Json;

namespace Kombo.Sim.Api.Infrastructure.Json;

/// <summary>
/// The text form of the timestamps of the models on the hottest page (GET /hris/employees and what it nests). Those
/// models expose each timestamp twice: typed for the code, ignored by JSON, and as this text for the wire. A model
/// whose members are all plain JSON types is written by <see cref="WireJsonContext"/>'s generated code (the
/// source-generated fast path), which a custom converter on any member would switch off; reading goes through the
/// same parsing as <see cref="TimestampConverter"/>, so seed files read as before.
/// </summary>
public static class WireText
{
    /// <summary><see cref="KomboJson.FormatTimestamp"/>, or null for none (a non-nullable timestamp uses it directly).</summary>
    public static string? Timestamp(DateTimeOffset? value) => value is { } instant ? KomboJson.FormatTimestamp(instant) : null;

    /// <summary>Parses as <see cref="TimestampConverter"/> reads; null stays null.</summary>
    public static DateTimeOffset? ParseTimestamp(string? text) => text is null ? null : ParseRequiredTimestamp(text);

    /// <summary>Parses as <see cref="TimestampConverter"/> reads; null is refused as for a non-nullable timestamp.</summary>
    public static DateTimeOffset ParseRequiredTimestamp(string? text) =>
        TimestampConverter.TryParse(text, out var value) ? value : throw new JsonException(TimestampConverter.Expected);
}
