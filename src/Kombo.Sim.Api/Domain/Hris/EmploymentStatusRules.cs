namespace Kombo.Sim.Api.Domain.Hris;

/// <summary>How an employee's status follows from its dates (Kombo: ACTIVE, PENDING, INACTIVE, LEAVE).</summary>
public static class EmploymentStatusRules
{
    /// <summary>
    /// The status at <paramref name="now"/>: terminated on or before today → INACTIVE; starting after today →
    /// PENDING; a PENDING employee whose start has come, or an INACTIVE one whose termination moved into the future →
    /// ACTIVE; otherwise unchanged (LEAVE stays LEAVE, INACTIVE without a termination date stays INACTIVE).
    /// </summary>
    public static string? After(Employee employee, DateTimeOffset now)
    {
        var today = now.UtcDateTime.Date;
        if (employee.TerminationDate is { } terminated && terminated.UtcDateTime.Date <= today)
        {
            return "INACTIVE";
        }

        if (employee.StartDate is { } start && start.UtcDateTime.Date > today)
        {
            return "PENDING";
        }

        return employee.EmploymentStatus switch
        {
            "PENDING" => "ACTIVE",
            "INACTIVE" when employee.TerminationDate is not null => "ACTIVE",
            var status => status,
        };
    }
}
