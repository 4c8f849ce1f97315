namespace Kombo.Sim.Api.Domain.Hris;

/// <summary>Kombo's time-off arithmetic as the simulator applies it (digest §C3.12, §C3.14).</summary>
public static class AbsenceRules
{
    public const string Days = "DAYS";
    public const string Hours = "HOURS";

    /// <summary>Hours in one working day, for converting between hour and day balances.</summary>
    public const double HoursPerDay = 8;

    public static readonly string[] CreatableStatuses = ["REQUESTED", "APPROVED"];

    /// <summary>
    /// The amount of an absence in the type's unit. Days: inclusive calendar days, less half a day per half-day
    /// flag (a single day with either flag is half a day). Hours: the daily time span (or a full working day)
    /// times the number of days.
    /// </summary>
    public static double ComputeAmount(string unit, DateOnly start, DateOnly end, bool startHalfDay, bool endHalfDay, TimeOnly? startTime, TimeOnly? endTime)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        if (unit == Hours)
        {
            var perDay = startTime is { } from && endTime is { } to ? (to - from).TotalHours : HoursPerDay;
            return Math.Round(perDay * days, 2);
        }

        if (days == 1)
        {
            return startHalfDay || endHalfDay ? 0.5 : 1;
        }

        return days - (startHalfDay ? 0.5 : 0) - (endHalfDay ? 0.5 : 0);
    }

    /// <summary>Converts an amount between hours and days.</summary>
    public static double Convert(double amount, string fromUnit, string toUnit) => (fromUnit, toUnit) switch
    {
        (Hours, Days) => Math.Round(amount / HoursPerDay, 4),
        (Days, Hours) => amount * HoursPerDay,
        _ => amount,
    };

    /// <summary>Whether an absence counts against its employee's balance: alive and not declined or cancelled.</summary>
    public static bool ConsumesBalance(Absence absence) =>
        absence.RemoteDeletedAt is null && absence.Status is not ("DECLINED" or "CANCELLED" or "DELETED");

    /// <summary>The balance after taking (positive <paramref name="amount"/>) or giving back (negative) time.</summary>
    public static TimeOffBalance Apply(TimeOffBalance balance, double amount, string unit, DateTimeOffset now)
    {
        var inBalanceUnit = Convert(amount, unit, balance.BalanceUnit ?? unit);
        var inUsedUnit = Convert(amount, unit, balance.UsedUnit ?? unit);
        return balance with
        {
            Balance = balance.Balance is { } remaining ? Math.Round(remaining - inBalanceUnit, 4) : null,
            Used = Math.Round((balance.Used ?? 0) + inUsedUnit, 4),
            ChangedAt = now,
        };
    }
}
