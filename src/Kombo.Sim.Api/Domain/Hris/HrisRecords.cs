using System.Collections.Immutable;
using System.Text.Json;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.Domain.Hris;

/// <summary>An employee (Kombo §B2). Relations are ids; the read side expands them.</summary>
public sealed record Employee : IRecord
{
    public required string Id { get; init; }

    public required string? RemoteId { get; init; }

    public string? EmployeeNumber { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Nationality { get; init; }

    public string? DisplayFullName { get; init; }

    public string? JobTitle { get; init; }

    public string? WorkEmail { get; init; }

    public string? PersonalEmail { get; init; }

    public string? MobilePhoneNumber { get; init; }

    /// <summary>Accepted on writes; Kombo's employee model has no field to read it back.</summary>
    public string? HomePhoneNumber { get; init; }

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

    public IReadOnlyList<BankAccount>? BankAccounts { get; init; }

    public DateTimeOffset? DateOfBirth { get; init; }

    public DateTimeOffset? StartDate { get; init; }

    public DateTimeOffset? TerminationDate { get; init; }

    public DateTimeOffset? RemoteCreatedAt { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public JsonElement? CustomFields { get; init; }

    public IReadOnlyList<IntegrationField> IntegrationFields { get; init; } = [];

    public JsonElement? RemoteData { get; init; }

    /// <summary>Kombo ids of the groups (departments, teams, cost centres) the employee belongs to.</summary>
    public IReadOnlyList<string> GroupIds { get; init; } = [];

    public ImmutableList<StoredFile> Attachments { get; init; } = [];

    public required DateTimeOffset TouchedAt { get; init; }
}

public sealed record BankAccount
{
    public string? Iban { get; init; }

    public string? Bic { get; init; }

    public string? AccountNumber { get; init; }

    public string? HolderName { get; init; }

    public string? BankName { get; init; }

    public DomesticBankRouting? DomesticBankRouting { get; init; }
}

public sealed record DomesticBankRouting(string Number, string? Type);

public sealed record Employment : IRecord
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    public required string EmployeeId { get; init; }

    public string? JobTitle { get; init; }

    public double? PayRate { get; init; }

    public string? PayPeriod { get; init; }

    public string? PayFrequency { get; init; }

    public string? EmploymentType { get; init; }

    public string? PayCurrency { get; init; }

    public DateTimeOffset? EffectiveDate { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public JsonElement? RemoteData { get; init; }

    public JsonElement? CustomFields { get; init; }

    public IReadOnlyList<IntegrationField> IntegrationFields { get; init; } = [];

    public DateTimeOffset TouchedAt => ChangedAt;
}

/// <summary>A department, team or cost centre (Kombo's Group, also served as the deprecated Team).</summary>
public sealed record Group : IRecord
{
    public required string Id { get; init; }

    public required string? RemoteId { get; init; }

    public string? Name { get; init; }

    public string? Type { get; init; }

    public string? ParentId { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public JsonElement? RemoteData { get; init; }

    public DateTimeOffset TouchedAt => ChangedAt;
}

public sealed record WorkLocation : IRecord
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    public string? Name { get; init; }

    public Address? Address { get; init; }

    public string? Type { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public JsonElement? RemoteData { get; init; }

    public DateTimeOffset TouchedAt => ChangedAt;
}

public sealed record LegalEntity : IRecord
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    public string? Name { get; init; }

    public Address? Address { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public JsonElement? RemoteData { get; init; }

    public DateTimeOffset TouchedAt => ChangedAt;
}

public sealed record AbsenceType : IRecord
{
    public required string Id { get; init; }

    public required string? RemoteId { get; init; }

    public string? Name { get; init; }

    /// <summary>HOURS or DAYS.</summary>
    public string? Unit { get; init; }

    public bool? HalfDaysSupported { get; init; }

    public bool? ExactTimesSupported { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public JsonElement? RemoteData { get; init; }

    public DateTimeOffset TouchedAt => ChangedAt;
}

public sealed record TimeOffBalance : IRecord
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    public required string EmployeeId { get; init; }

    public required string TypeId { get; init; }

    public double? Balance { get; init; }

    public string? BalanceUnit { get; init; }

    public double? Used { get; init; }

    public string? UsedUnit { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public JsonElement? RemoteData { get; init; }

    public DateTimeOffset TouchedAt => ChangedAt;
}

public sealed record Absence : IRecord
{
    public required string Id { get; init; }

    public string? RemoteId { get; init; }

    public required string EmployeeId { get; init; }

    public string? ApproverId { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public bool? StartHalfDay { get; init; }

    public bool? EndHalfDay { get; init; }

    public TimeOnly? StartTime { get; init; }

    public TimeOnly? EndTime { get; init; }

    public double? Amount { get; init; }

    public string? Unit { get; init; }

    public string? Status { get; init; }

    public string? EmployeeNote { get; init; }

    public string? TypeId { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public DateTimeOffset? RemoteDeletedAt { get; init; }

    public DateTimeOffset? RemoteCreatedAt { get; init; }

    public DateTimeOffset? RemoteUpdatedAt { get; init; }

    public JsonElement? RemoteData { get; init; }

    public DateTimeOffset TouchedAt => ChangedAt;
}
