using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.UnitTests.Domain;

public class EmploymentStatusRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [TestCase("ACTIVE", null, "2026-12-01", "INACTIVE")]
    [TestCase("ACTIVE", null, "2026-12-02", "ACTIVE")]
    [TestCase("ACTIVE", "2026-12-02", null, "PENDING")]
    [TestCase("PENDING", "2026-12-01", null, "ACTIVE")]
    [TestCase("LEAVE", "2020-01-01", null, "LEAVE")]
    [TestCase("INACTIVE", "2020-01-01", null, "INACTIVE")]
    [TestCase("INACTIVE", "2020-01-01", "2027-01-01", "ACTIVE")]
    public void After_FollowsTheEmployeesDates(string status, string? start, string? termination, string expected)
    {
        var employee = new Employee
        {
            Id = "e",
            RemoteId = "1",
            EmploymentStatus = status,
            StartDate = start is null ? null : DateTimeOffset.Parse(start + "T00:00:00Z"),
            TerminationDate = termination is null ? null : DateTimeOffset.Parse(termination + "T00:00:00Z"),
            ChangedAt = Now,
            TouchedAt = Now,
        };

        EmploymentStatusRules.After(employee, Now).Should().Be(expected);
    }
}
