using Kombo.Sim.Api.Features.Shared;

namespace Kombo.Sim.UnitTests.Shared;

/// <summary>
/// Plain dates are read by a fast path for <c>yyyy-MM-dd</c> in ASCII digits and by the general parser otherwise; both
/// must give the answer the general parser alone gives (<see cref="QueryValues.TryParseInstant"/>).
/// </summary>
public class QueryValuesTests
{
    private static (bool Ok, DateOnly Date) General(string? value) =>
        value is not null && QueryValues.TryParseInstant(value, out var instant)
            ? (true, DateOnly.FromDateTime(instant.UtcDateTime))
            : (false, default);

    private static (bool Ok, DateOnly Date) PlainDate(string? value) =>
        QueryValues.TryParsePlainDate(value, out var date) ? (true, date) : (false, default);

    [Test]
    public void TryParsePlainDate_ReadsEveryDayOfLeapAndCommonYearsAsTheGeneralParserDoes()
    {
        foreach (var year in new[] { 1, 1900, 2000, 2023, 2024, 2027, 9999 })
        {
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                var text = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                PlainDate(text).Should().Be((true, day), text);
                if (day == new DateOnly(9999, 12, 31))
                {
                    break;
                }
            }
        }
    }

    [TestCase("2024-02-29", true)]
    [TestCase("2023-02-29", false)]
    [TestCase("1900-02-29", false)]
    [TestCase("2000-02-29", true)]
    [TestCase("0000-01-01", false)]
    [TestCase("2027-13-01", false)]
    [TestCase("2027-00-10", false)]
    [TestCase("2027-01-00", false)]
    [TestCase("2027-01-32", false)]
    [TestCase("2027-04-31", false)]
    [TestCase("2027/01/01", false)]
    [TestCase("2027-1-01", false)]
    [TestCase("2027-01-1 ", false)]
    [TestCase(" 2027-01-1", false)]
    [TestCase("+027-01-01", false)]
    [TestCase("２０２７-01-01", false)]
    [TestCase("٢٠٢٧-01-01", false)]
    [TestCase("2027-01-01T10:30:00Z", true)]
    [TestCase("2027-01-01T23:30:00", true)]
    [TestCase("2027-01-01Z", true)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void TryParsePlainDate_AgreesWithTheGeneralParser(string? value, bool valid)
    {
        PlainDate(value).Should().Be(General(value));
        PlainDate(value).Ok.Should().Be(valid);
    }

    [Test]
    public void TryParsePlainDate_AgreesWithTheGeneralParser_OnSeededRandomTenCharacterStrings()
    {
        const string alphabet = "0123456789-----T:Z/ .+";
        var random = new Random(20261129);
        var accepted = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[10];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = c is 4 or 7 && random.Next(4) > 0 ? '-' : alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var expected = General(text);
            PlainDate(text).Should().Be(expected, text);
            accepted += expected.Ok ? 1 : 0;
        }

        accepted.Should().BeGreaterThan(0, "some random strings are real dates, so both paths were compared on valid input");
    }
}
