using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.Api.Domain.Payroll.Lodas;

/// <summary>A file of a data push.</summary>
public sealed record ExportedFile(string Name, string Content);

/// <summary>One employee's general data as of a day: the master data, the compensations then valid and the time off.</summary>
public sealed record EmployeeGeneralData(Employee Employee, IReadOnlyList<Compensation> Compensations, IReadOnlyList<TimeOff> TimeOff);

/// <summary>An absence as DATEV records it: from, until and the reason key (the absence type's DATEV id).</summary>
public sealed record TimeOff(DateOnly From, DateOnly Until, string Reason);

/// <summary>One employee's payroll preparation of the exported month.</summary>
public sealed record EmployeePayrollData(Employee Employee, PayrollPreparation Preparation);

/// <summary>
/// The LODAS files the DATEV push-data endpoints generate. Employees are identified by their DATEV personnel number
/// (<c>pnr</c>), which is the employee's remote id (Kombo addresses DATEV employees as <c>remote:&lt;pnr&gt;</c>).
/// </summary>
public static class LodasExports
{
    /// <summary>Lohnart of a monthly compensation sent without one (Kombo: the default chosen in the connection flow).</summary>
    public const int DefaultSalaryLohnart = 2000;

    /// <summary>LODAS Bearbeitungsschlüssel of the standard entry table: 1 books hours, 2 an amount.</summary>
    public const int HoursKey = 1;
    public const int AmountKey = 2;

    private static readonly LodasRecordType Employee = new(100, "u_lod_psd_mitarbeiter",
        ["pnr#psd", "duevo_familienname#psd", "duevo_vorname#psd", "adresse_strassenname#psd", "adresse_plz#psd", "adresse_ort#psd", "geburtsdatum_ttmmjj#psd"]);

    private static readonly LodasRecordType Employment = new(101, "u_lod_psd_beschaeftigung", ["pnr#psd", "eintrittdatum#psd", "austrittdatum#psd"]);

    private static readonly LodasRecordType Job = new(102, "u_lod_psd_taetigkeit", ["pnr#psd", "berufsbezeichnung#psd"]);

    private static readonly LodasRecordType WorkingTime = new(103, "u_lod_psd_arbeitszeit_regelm", ["pnr#psd", "az_wtl_indiv#psd"]);

    private static readonly LodasRecordType FixedPay = new(200, "u_lod_psd_festbezuege", ["pnr#psd", "festbez_id#psd", "lohnart_nr#psd", "betrag#psd"]);

    private static readonly LodasRecordType Absence = new(300, "u_lod_psd_fehlzeiten", ["pnr#psd", "datum_von_ttmmjjjj#psd", "datum_bis_ttmmjjjj#psd", "grund_fehlzeiten#psd"]);

    private static readonly LodasRecordType Booking = new(10, "u_lod_bwd_buchung_standard",
        ["abrechnung_zeitraum#bwd", "pnr#bwd", "la_eigene#bwd", "bs_nr#bwd", "bs_wert_butab#bwd"]);

    public static string GeneralFileName(DateOnly validFrom) => $"LODAS_Stammdaten_{validFrom:yyyy-MM}.txt";

    public static string PayrollFileName(DateOnly month) => $"LODAS_Bewegungsdaten_{month:yyyy-MM}.txt";

    /// <summary>The personnel number DATEV knows an employee by.</summary>
    public static string PersonnelNumber(Employee employee) => employee.RemoteId ?? employee.EmployeeNumber ?? employee.Id;

    /// <summary>
    /// Master data valid from <paramref name="asOf"/>: per employee the person, the employment, the job, the weekly
    /// hours, monthly compensations as fixed pay (with their Lohnart), hourly ones as hourly wages 1…n, and time off.
    /// </summary>
    public static ExportedFile General(DatevClient client, DateOnly asOf, IReadOnlyList<EmployeeGeneralData> employees)
    {
        var hourlySlots = Math.Max(1, employees.Select(e => e.Compensations.Count(c => c.Period == Compensation.Hour)).DefaultIfEmpty(0).Max());
        var hourlyPay = new LodasRecordType(201, "u_lod_psd_lohn_gehalt_bezuege",
            ["pnr#psd", .. Enumerable.Range(1, hourlySlots).Select(slot => $"std_lohn_{slot}#psd")]);
        var file = new LodasFileWriter(client, LodasSection.Stammdaten, asOf)
            .Comment($"Stammdaten (Mitarbeiter, Bezüge, Fehlzeiten) gültig ab {LodasValue.Date(asOf)}")
            .Describe(Employee).Describe(Employment).Describe(Job).Describe(WorkingTime)
            .Describe(FixedPay).Describe(hourlyPay).Describe(Absence);

        foreach (var (employee, compensations, timeOff) in employees)
        {
            var pnr = PersonnelNumber(employee);
            var address = employee.HomeAddress;
            file.Line(Employee, pnr, LodasValue.Text(employee.LastName), LodasValue.Text(employee.FirstName), LodasValue.Text(address?.Street1),
                    LodasValue.Text(address?.ZipCode), LodasValue.Text(address?.City), LodasValue.Date(Day(employee.DateOfBirth)))
                .Line(Employment, pnr, LodasValue.Date(Day(employee.StartDate)), LodasValue.Date(Day(employee.TerminationDate)))
                .Line(Job, pnr, LodasValue.Text(employee.JobTitle))
                .Line(WorkingTime, pnr, LodasValue.Number(employee.WeeklyHours));

            var monthly = compensations.Where(c => c.Period == Compensation.Month).ToList();
            for (var i = 0; i < monthly.Count; i++)
            {
                file.Line(FixedPay, pnr, LodasValue.Whole(i + 1), LodasValue.Whole(monthly[i].Lohnart ?? DefaultSalaryLohnart), LodasValue.Number(monthly[i].Amount));
            }

            var hourly = compensations.Where(c => c.Period == Compensation.Hour).Select(c => LodasValue.Number(c.Amount)).ToArray();
            if (hourly.Length > 0)
            {
                file.Line(hourlyPay, [pnr, .. hourly]);
            }

            foreach (var (from, until, reason) in timeOff)
            {
                file.Line(Absence, pnr, LodasValue.Date(from), LodasValue.Date(until), LodasValue.Text(reason));
            }
        }

        return new ExportedFile(GeneralFileName(asOf), file.Write());
    }

    /// <summary>
    /// Movement data of <paramref name="month"/> (its first day): one standard booking per prepared line — hours with
    /// Bearbeitungsschlüssel 1, fixed amounts with 2, custom LODAS lines with their own.
    /// </summary>
    public static ExportedFile Payroll(DatevClient client, DateOnly month, IReadOnlyList<EmployeePayrollData> employees)
    {
        var file = new LodasFileWriter(client, LodasSection.Bewegungsdaten)
            .Comment($"Bewegungsdaten für den Abrechnungsmonat {month:MM/yyyy}")
            .Describe(Booking);
        var period = LodasValue.Date(month);
        foreach (var (employee, preparation) in employees)
        {
            var pnr = PersonnelNumber(employee);
            foreach (var (hours, lohnart) in preparation.HourlyPayments)
            {
                file.Line(Booking, period, pnr, LodasValue.Whole(lohnart), LodasValue.Whole(HoursKey), LodasValue.Number(hours));
            }

            foreach (var (amount, lohnart) in preparation.FixedPayments)
            {
                file.Line(Booking, period, pnr, LodasValue.Whole(lohnart), LodasValue.Whole(AmountKey), LodasValue.Number(amount));
            }

            foreach (var (amount, lohnart, key) in preparation.CustomLodas)
            {
                file.Line(Booking, period, pnr, LodasValue.Whole(lohnart), LodasValue.Whole(key), LodasValue.Number(amount));
            }
        }

        return new ExportedFile(PayrollFileName(month), file.Write());
    }

    private static DateOnly? Day(DateTimeOffset? instant) => instant is { } value ? DateOnly.FromDateTime(value.UtcDateTime) : null;
}
