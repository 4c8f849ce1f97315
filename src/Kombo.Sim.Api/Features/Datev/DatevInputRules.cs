using FluentValidation;
using Kombo.Sim.Api.Features.Shared;

namespace Kombo.Sim.Api.Features.Datev;

/// <summary>Value rules shared by the DATEV and Silae payroll writes (see docs/adr/0010-datev-and-silae.md).</summary>
public static class DatevInputRules
{
    /// <summary>Largest absolute amount accepted; LODAS value fields hold nine digits before the comma.</summary>
    public const double MaxAmount = 999_999_999.99;

    /// <summary>Most hours one month can hold (31 × 24).</summary>
    public const double MaxHoursPerMonth = 744;

    public const string NullItemMessage = "must be an object, not null.";

    public const string LohnartMessage = "must be a whole number from 1 to 9999 (a DATEV Lohnart).";

    public static bool IsLohnart(double? value) => value is >= 1 and <= 9999 && value == Math.Floor(value.Value);

    public static bool IsAmount(double? value) => value is >= -MaxAmount and <= MaxAmount;

    public static bool IsPlainDate(string? value) => QueryValues.TryParsePlainDate(value, out _);

    public static DateOnly PlainDate(string? value) =>
        QueryValues.TryParsePlainDate(value, out var date) ? date : throw new ArgumentException("Not a plain date; validate first.", nameof(value));

    public static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    public static IRuleBuilderOptions<T, double?> Lohnart<T>(this IRuleBuilderInitial<T, double?> rule) =>
        rule.Cascade(CascadeMode.Stop).NotNull().Must(IsLohnart).WithMessage(LohnartMessage);

    public static IRuleBuilderOptions<T, double?> Amount<T>(this IRuleBuilderInitial<T, double?> rule) =>
        rule.Cascade(CascadeMode.Stop).NotNull().Must(IsAmount).WithMessage("must be a number between -999999999.99 and 999999999.99.");

    public static IRuleBuilderOptions<T, string?> PlainDate<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().Must(IsPlainDate).WithMessage("must be a date (yyyy-MM-dd) or an ISO-8601 datetime.");
}
