using System.Globalization;
using System.Text.Json;
using Kombo.Sim.Api.Infrastructure.Json;

namespace Kombo.Sim.UnitTests.Infrastructure;

/// <summary>The hand-written ISO-8601 converters write exactly what the format strings they replaced write.</summary>
public class IsoConverterTests
{
    private static IEnumerable<DateTimeOffset> Instants()
    {
        var random = new Random(20261201);
        yield return new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero);
        yield return new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.Zero);
        yield return new DateTimeOffset(2024, 2, 29, 23, 30, 0, 7, TimeSpan.FromHours(-5));
        yield return new DateTimeOffset(2026, 12, 1, 9, 0, 0, 120, TimeSpan.FromHours(2));
        for (var i = 0; i < 2000; i++)
        {
            yield return new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMilliseconds(random.NextInt64(0, 4_102_444_800_000L))
                .ToOffset(TimeSpan.FromMinutes(random.Next(-12 * 60, 14 * 60)));
        }
    }

    [Test]
    public void Timestamps_AreUtcWithMillisecondsAndZ()
    {
        foreach (var instant in Instants())
        {
            var expected = instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            JsonSerializer.Serialize(instant, KomboJson.Options).Should().Be($"\"{expected}\"", instant.ToString("O"));
            KomboJson.FormatTimestamp(instant).Should().Be(expected, instant.ToString("O"));
        }
    }

    [Test]
    public void DatesAndTimes_AreZeroPadded()
    {
        foreach (var instant in Instants())
        {
            var date = DateOnly.FromDateTime(instant.DateTime);
            var time = TimeOnly.FromDateTime(instant.DateTime);
            JsonSerializer.Serialize(date, KomboJson.Options).Should().Be($"\"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"");
            KomboJson.FormatDate(date).Should().Be(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            JsonSerializer.Serialize(time, KomboJson.Options).Should().Be($"\"{time.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}\"");
        }
    }

    [Test]
    public void NullableTimestampsInsideObjects_UseTheSameFormat()
    {
        var value = new { at = (DateTimeOffset?)new DateTimeOffset(2026, 3, 4, 5, 6, 7, 8, TimeSpan.Zero), none = (DateTimeOffset?)null };

        JsonSerializer.Serialize(value, KomboJson.Options).Should().Be("{\"at\":\"2026-03-04T05:06:07.008Z\",\"none\":null}");
    }
}
