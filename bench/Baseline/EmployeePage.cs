namespace Kombo.Sim.Baseline;

// The shape of the simulator's GET /v1/hris/employees answer: an envelope, a cursor and employees with their
// employments, time-off balances, manager, groups (twice, as Kombo's deprecated "teams" too), legal entity and
// work location. Values are of the same kind and length as the generated world's, so a page has about the same size.

public sealed record Envelope<T>(string Status, T Data);

public sealed record Page<T>(string? Next, IReadOnlyList<T> Results);

public sealed record Address(string? City, string? Country, string? Raw, string? State, string? Street1, string? Street2, string? ZipCode);

public sealed record Employment(
    string Id, string RemoteId, string EmployeeId, string JobTitle, double PayRate, string PayPeriod, string PayFrequency,
    string EmploymentType, string PayCurrency, DateTimeOffset EffectiveDate, DateTimeOffset ChangedAt, DateTimeOffset? RemoteDeletedAt,
    object? RemoteData, Dictionary<string, object> CustomFields, IReadOnlyList<object> IntegrationFields);

public sealed record TimeOffBalance(
    string Id, string RemoteId, string EmployeeId, string TypeId, double Balance, string BalanceUnit, DateTimeOffset ChangedAt,
    DateTimeOffset? RemoteDeletedAt, double Used, string UsedUnit, object? RemoteData);

public sealed record Manager(
    string FirstName, string LastName, string DisplayFullName, string Id, string EmployeeNumber, string WorkEmail, string RemoteId,
    string EmploymentStatus, DateTimeOffset? TerminationDate);

public sealed record Group(string Id, string RemoteId, string Name, string Type);

public sealed record LegalEntity(string Id, string RemoteId, string Name, Address Address);

public sealed record Location(string Id, string RemoteId, string Name, Address Address, string Type, DateTimeOffset ChangedAt, DateTimeOffset? RemoteDeletedAt, object? RemoteData);

public sealed class Employee
{
    public required string Id { get; init; }
    public required string RemoteId { get; init; }
    public required string EmployeeNumber { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public string? Nationality { get; init; }
    public required string DisplayFullName { get; init; }
    public string? JobTitle { get; init; }
    public string? WorkEmail { get; init; }
    public string? PersonalEmail { get; init; }
    public string? MobilePhoneNumber { get; init; }
    public string? Ssn { get; init; }
    public string? TaxId { get; init; }
    public string? Gender { get; init; }
    public string? Ethnicity { get; init; }
    public string? MaritalStatus { get; init; }
    public string? EmploymentStatus { get; init; }
    public string? EmploymentType { get; init; }
    public double? WeeklyHours { get; init; }
    public string? Avatar { get; init; }
    public string? WorkLocationId { get; init; }
    public string? LegalEntityId { get; init; }
    public string? ManagerId { get; init; }
    public Address? HomeAddress { get; init; }
    public IReadOnlyList<object>? BankAccounts { get; init; }
    public DateTimeOffset? DateOfBirth { get; init; }
    public DateTimeOffset? StartDate { get; init; }
    public DateTimeOffset? TerminationDate { get; init; }
    public DateTimeOffset? RemoteCreatedAt { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
    public DateTimeOffset? RemoteDeletedAt { get; init; }
    public object? RemoteData { get; init; }
    public Dictionary<string, object> CustomFields { get; init; } = [];
    public IReadOnlyList<object> IntegrationFields { get; init; } = [];
    public IReadOnlyList<Employment> Employments { get; init; } = [];
    public IReadOnlyList<TimeOffBalance> TimeOffBalances { get; init; } = [];
    public Manager? Manager { get; init; }
    public IReadOnlyList<Group> Groups { get; init; } = [];
    public LegalEntity? LegalEntity { get; init; }
    public IReadOnlyList<Group> Teams { get; init; } = [];
    public Location? WorkLocation { get; init; }
}

public static class EmployeePage
{
    private static readonly string[] FirstNames = ["Anneke", "Jonas", "Lea", "Maximilian", "Sophie", "Felix", "Hannah", "Lukas", "Marie", "Paul"];
    private static readonly string[] LastNames = ["Goldkühle", "Schröder", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf"];
    private static readonly string[] Titles = ["Lead QA Engineer", "Senior Backend Engineer", "Account Executive", "People Partner", "Product Designer"];
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static Envelope<Page<Employee>> Build(int count)
    {
        var groups = new[]
        {
            new Group(Id(1), "3002", "Engineering", "DEPARTMENT"),
            new Group(Id(2), "3102", "Frontend", "TEAM"),
            new Group(Id(3), "3202", "CC-200 Research & Development", "COST_CENTER"),
        };
        var entity = new LegalEntity(Id(4), "4501", "Acme GmbH", new Address("Berlin", "DE", "Torstraße 109, 10119 Berlin, Germany", null, "Torstraße 109", null, "10119"));
        var location = new Location(Id(5), "4004", "Remote (Germany)", new Address(null, "DE", "Germany", null, null, null, null), "REMOTE", Now.AddDays(-440), null, null);
        var manager = new Manager("Anna", "Richter", "Anna Richter", Id(6), "ACM-0014", "anna.richter@acme.de", "1014", "ACTIVE", null);

        var employees = new List<Employee>(count);
        for (var i = 0; i < count; i++)
        {
            var first = FirstNames[i % FirstNames.Length];
            var last = LastNames[i * 7 % LastNames.Length];
            var id = Id(1000 + i);
            var remote = (100000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var start = Now.AddDays(-300 - (i * 37 % 3000));
            employees.Add(new Employee
            {
                Id = id,
                RemoteId = remote,
                EmployeeNumber = $"ACM-{remote}",
                FirstName = first,
                LastName = last,
                Nationality = "DE",
                DisplayFullName = $"{first} {last}",
                JobTitle = Titles[i % Titles.Length],
                WorkEmail = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@acme.de",
                PersonalEmail = $"{last.ToLowerInvariant()}.{first.ToLowerInvariant()}@web.de",
                MobilePhoneNumber = $"+49 166 {78968224 + i}",
                Ssn = $"77 {957871 + i} N 133",
                TaxId = $"{41112975624L + i}",
                Gender = i % 2 == 0 ? "FEMALE" : "MALE",
                MaritalStatus = "NOT_MARRIED",
                EmploymentStatus = "ACTIVE",
                EmploymentType = "FULL_TIME",
                WeeklyHours = 40,
                WorkLocationId = location.Id,
                LegalEntityId = entity.Id,
                ManagerId = manager.Id,
                HomeAddress = new Address("Leipzig", "DE", $"Im Friedenstal {i + 1}, 04366 Leipzig, Germany", null, $"Im Friedenstal {i + 1}", null, "04366"),
                DateOfBirth = new DateTimeOffset(1982, 8, 22, 0, 0, 0, TimeSpan.Zero).AddDays(i * 13),
                StartDate = start,
                RemoteCreatedAt = start.AddDays(-30).AddMinutes(i * 17),
                ChangedAt = Now.AddDays(-(i % 300)).AddSeconds(i * 131),
                Employments =
                [
                    new Employment(Id(20000 + i), $"{110000 + i}", id, Titles[i % Titles.Length], 94000, "YEAR", "MONTHLY", "FULL_TIME", "EUR",
                        start, Now.AddDays(-(i % 340)).AddSeconds(i * 29), null, null, [], []),
                ],
                TimeOffBalances =
                [
                    new TimeOffBalance(Id(30000 + i), $"{120000 + i}", id, Id(7), 7, "DAYS", Now.AddDays(-(i % 11)).AddSeconds(i * 7), null, 23, "DAYS", null),
                    new TimeOffBalance(Id(40000 + i), $"{130000 + i}", id, Id(8), 13, "HOURS", Now.AddDays(-(i % 5)).AddSeconds(i * 3), null, 4, "HOURS", null),
                ],
                Manager = manager,
                Groups = groups,
                LegalEntity = entity,
                Teams = groups,
                WorkLocation = location,
            });
        }

        return new Envelope<Page<Employee>>("success", new Page<Employee>("eyJwb3NpdGlvbiI6MTAwLCJmaWx0ZXIiOiJiYTc2NjRhMDZkOGQ1MjdlIn0", employees));
    }

    /// <summary>A 24-character id of Kombo's alphabet, as the simulator's ids are.</summary>
    public static string Id(int n)
    {
        const string alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        var chars = new char[24];
        var value = (ulong)n * 2654435761UL + 12345;
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[(int)(value % (ulong)alphabet.Length)];
            value = (value * 6364136223846793005UL) + 1442695040888963407UL;
        }

        return new string(chars);
    }
}
