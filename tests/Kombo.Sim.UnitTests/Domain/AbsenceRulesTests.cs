using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.UnitTests.Domain;

public class AbsenceRulesTests
{
    [TestCase("2026-12-21", "2026-12-24", false, false, 4)]
    [TestCase("2026-12-21", "2026-12-24", true, false, 3.5)]
    [TestCase("2026-12-21", "2026-12-24", true, true, 3)]
    [TestCase("2026-12-21", "2026-12-21", false, false, 1)]
    [TestCase("2026-12-21", "2026-12-21", true, false, 0.5)]
    [TestCase("2026-12-21", "2026-12-21", true, true, 0.5)]
    public void ComputeAmount_InDays_CountsCalendarDaysLessHalfDays(string start, string end, bool startHalf, bool endHalf, double expected)
    {
        var amount = AbsenceRules.ComputeAmount(AbsenceRules.Days, DateOnly.Parse(start), DateOnly.Parse(end), startHalf, endHalf, null, null);

        amount.Should().Be(expected);
    }

    [Test]
    public void ComputeAmount_InHoursWithTimes_MultipliesTheDailySpanByTheDays()
    {
        var amount = AbsenceRules.ComputeAmount(AbsenceRules.Hours, new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 16), false, false, new TimeOnly(9, 15), new TimeOnly(12, 45));

        amount.Should().Be(10.5);
    }

    [Test]
    public void ComputeAmount_InHoursWithoutTimes_CountsFullWorkingDays()
    {
        var amount = AbsenceRules.ComputeAmount(AbsenceRules.Hours, new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 15), false, false, null, null);

        amount.Should().Be(16);
    }

    [Test]
    public void Apply_TakesTimeInTheBalancesUnitAndBumpsChangedAt()
    {
        var now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var balance = new TimeOffBalance { Id = "b", EmployeeId = "e", TypeId = "t", Balance = 30, BalanceUnit = "DAYS", Used = 0, UsedUnit = "HOURS", ChangedAt = now.AddDays(-1) };

        var after = AbsenceRules.Apply(balance, 12, AbsenceRules.Hours, now);

        after.Balance.Should().Be(28.5);
        after.Used.Should().Be(12);
        after.ChangedAt.Should().Be(now);
    }

    [Test]
    public void Apply_WithANegativeAmount_GivesTimeBack()
    {
        var balance = new TimeOffBalance { Id = "b", EmployeeId = "e", TypeId = "t", Balance = 20, BalanceUnit = "DAYS", Used = 10, UsedUnit = "DAYS", ChangedAt = DateTimeOffset.UnixEpoch };

        var after = AbsenceRules.Apply(balance, -2.5, AbsenceRules.Days, DateTimeOffset.UnixEpoch);

        after.Balance.Should().Be(22.5);
        after.Used.Should().Be(7.5);
    }

    [TestCase("APPROVED", false, true)]
    [TestCase("REQUESTED", false, true)]
    [TestCase("DECLINED", false, false)]
    [TestCase("CANCELLED", false, false)]
    [TestCase("APPROVED", true, false)]
    public void ConsumesBalance_OnlyForLiveRequestedOrApprovedAbsences(string status, bool deleted, bool expected)
    {
        var absence = new Absence { Id = "a", EmployeeId = "e", Status = status, ChangedAt = DateTimeOffset.UnixEpoch, RemoteDeletedAt = deleted ? DateTimeOffset.UnixEpoch : null };

        AbsenceRules.ConsumesBalance(absence).Should().Be(expected);
    }
}
