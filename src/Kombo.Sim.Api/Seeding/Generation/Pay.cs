using Bogus;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>Plausible pay by seniority, contract and country: yearly salaries, hourly working students, day-rate contractors.</summary>
internal static class Pay
{
    public static (double Rate, string Period, string Frequency) For(Randomizer random, in Placement placement, CountryProfile country)
    {
        var currency = country.Currency switch
        {
            "USD" => 1.1,
            "GBP" => 0.85,
            _ => 1.0,
        };
        var frequency = country.Code == "US" ? "SEMIMONTHLY" : "MONTHLY";
        switch (placement.EmploymentType)
        {
            case "WORKING_STUDENT":
                return (Round(random.Double(14, 19), "HOUR"), "HOUR", "MONTHLY");
            case "INTERNSHIP":
                return (Round(random.Double(1200, 1900) * currency, "MONTH"), "MONTH", "MONTHLY");
            case "APPRENTICESHIP":
                return (Round(random.Double(950, 1300) * currency, "MONTH"), "MONTH", "MONTHLY");
            case "CONTRACT":
                return (Round(random.Double(450, 950) * currency, "DAY"), "DAY", "MONTHLY");
        }

        var level = placement.Level switch
        {
            Level.Ceo => 3.2,
            Level.Head => 2.1,
            Level.Lead => 1.6,
            Level.Senior when placement.HasReports => 1.5,
            Level.Senior => 1.3,
            Level.Junior => 0.75,
            _ => 1.0,
        };
        var yearly = country.MedianSalary * level * random.Double(0.9, 1.12);
        if (placement.EmploymentType == "PART_TIME")
        {
            yearly *= random.Double(0.5, 0.8);
        }

        return (Round(yearly, "YEAR"), "YEAR", frequency);
    }

    /// <summary>Salaries to the 500, monthly pay to the 50, day rates to the 10, hourly rates to the half.</summary>
    public static double Round(double amount, string period)
    {
        var step = period switch
        {
            "YEAR" => 500.0,
            "MONTH" => 50.0,
            "DAY" => 10.0,
            _ => 0.5,
        };
        return Math.Round(amount / step) * step;
    }

    /// <summary>
    /// The title before a promotion ("Senior Backend Engineer" → "Backend Engineer", "Backend Engineer" → "Junior
    /// Backend Engineer"); juniors and leaders got a raise under the same title.
    /// </summary>
    public static string Earlier(string title)
    {
        foreach (var prefix in new[] { "Senior ", "Lead " })
        {
            if (title.StartsWith(prefix, StringComparison.Ordinal))
            {
                return title[prefix.Length..];
            }
        }

        string[] unchanged = ["Junior ", "Head of ", "VP ", "Chief ", "Team Lead ", "Engineering Manager", "Intern", "Working Student", "Apprentice"];
        return unchanged.Any(p => title.StartsWith(p, StringComparison.Ordinal)) || title.EndsWith(" Lead", StringComparison.Ordinal) ? title : $"Junior {title}";
    }
}
