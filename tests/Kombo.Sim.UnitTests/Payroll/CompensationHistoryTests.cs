using System.Collections.Immutable;
using Kombo.Sim.Api.Domain.Payroll;

namespace Kombo.Sim.UnitTests.Payroll;

public class CompensationHistoryTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void ValidOn_BeforeTheFirstSet_IsNull()
    {
        var history = CompensationHistory.None.Apply(Set("2026-06-01", 4000));

        var valid = history.ValidOn(new DateOnly(2026, 5, 31));

        valid.Should().BeNull();
    }

    [Test]
    public void ValidOn_ReturnsTheLatestSetEffectiveOnOrBeforeTheDay()
    {
        var history = CompensationHistory.None.Apply(Set("2026-01-01", 4000)).Apply(Set("2026-07-01", 4500));

        var june = history.ValidOn(new DateOnly(2026, 6, 30));
        var july = history.ValidOn(new DateOnly(2026, 7, 1));

        june!.Compensations.Single().Amount.Should().Be(4000);
        july!.Compensations.Single().Amount.Should().Be(4500);
    }

    [Test]
    public void Apply_ReplacesSetsEffectiveOnOrAfterItsDateAndKeepsEarlierOnes()
    {
        var history = CompensationHistory.None
            .Apply(Set("2026-01-01", 4000))
            .Apply(Set("2026-07-01", 4500))
            .Apply(Set("2027-01-01", 5000));

        var replaced = history.Apply(Set("2026-07-01", 4700));

        replaced.Sets.Select(s => s.EffectiveDate).Should().Equal(new DateOnly(2026, 1, 1), new DateOnly(2026, 7, 1));
        replaced.ValidOn(new DateOnly(2027, 6, 1))!.Compensations.Single().Amount.Should().Be(4700, "the 2027 set ended when the July set was replaced");
    }

    [Test]
    public void Apply_WithAnEarlierDate_EndsEveryLaterSet()
    {
        var history = CompensationHistory.None.Apply(Set("2026-07-01", 4500)).Apply(Set("2027-01-01", 5000));

        var replaced = history.Apply(Set("2026-03-01", 3900));

        replaced.Sets.Should().ContainSingle().Which.EffectiveDate.Should().Be(new DateOnly(2026, 3, 1));
    }

    [Test]
    public void Apply_WithAnEmptySet_EndsAllCompensationsFromItsDate()
    {
        var history = CompensationHistory.None.Apply(Set("2026-01-01", 4000));

        var ended = history.Apply(new CompensationSet { EffectiveDate = new DateOnly(2026, 10, 1), SetAt = At });

        ended.ValidOn(new DateOnly(2026, 9, 30))!.Compensations.Should().HaveCount(1);
        ended.ValidOn(new DateOnly(2026, 10, 1))!.Compensations.Should().BeEmpty();
    }

    private static CompensationSet Set(string effective, double monthly) => new()
    {
        EffectiveDate = DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture),
        Compensations = ImmutableList.Create(new Compensation { Amount = monthly, Period = Compensation.Month }),
        SetAt = At,
    };
}
