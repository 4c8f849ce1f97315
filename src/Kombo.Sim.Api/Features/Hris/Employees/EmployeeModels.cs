using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMapper.Configuration.Annotations;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Hris.Employments;
using Kombo.Sim.Api.Features.Hris.Locations;
using Kombo.Sim.Api.Features.Hris.TimeOffBalances;
using Kombo.Sim.Api.Infrastructure.Json;

namespace Kombo.Sim.Api.Features.Hris.Employees;

/// <summary><c>data</c> of PATCH /hris/employees/{id}: the employee without custom and integration fields.</summary>
public class EmployeeUpdatedModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? EmployeeNumber { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Nationality { get; set; }

    public string? DisplayFullName { get; set; }

    public string? JobTitle { get; set; }

    public string? WorkEmail { get; set; }

    public string? PersonalEmail { get; set; }

    public string? MobilePhoneNumber { get; set; }

    public string? Ssn { get; set; }

    public string? TaxId { get; set; }

    public string? Gender { get; set; }

    public string? Ethnicity { get; set; }

    public string? MaritalStatus { get; set; }

    public string? EmploymentStatus { get; set; }

    public string? EmploymentType { get; set; }

    public double? WeeklyHours { get; set; }

    public string? Avatar { get; set; }

    public string? WorkLocationId { get; set; }

    public string? LegalEntityId { get; set; }

    public string? ManagerId { get; set; }

    public Address? HomeAddress { get; set; }

    public IReadOnlyList<BankAccount>? BankAccounts { get; set; }

    [JsonIgnore]
    public DateTimeOffset? DateOfBirth { get; set; }

    /// <summary>The wire form of <see cref="DateOfBirth"/> (see <see cref="WireText"/>).</summary>
    [JsonPropertyName("date_of_birth")]
    [Ignore]
    public string? DateOfBirthText { get => WireText.Timestamp(DateOfBirth); set => DateOfBirth = WireText.ParseTimestamp(value); }

    [JsonIgnore]
    public DateTimeOffset? StartDate { get; set; }

    /// <summary>The wire form of <see cref="StartDate"/> (see <see cref="WireText"/>).</summary>
    [JsonPropertyName("start_date")]
    [Ignore]
    public string? StartDateText { get => WireText.Timestamp(StartDate); set => StartDate = WireText.ParseTimestamp(value); }

    [JsonIgnore]
    public DateTimeOffset? TerminationDate { get; set; }

    /// <summary>The wire form of <see cref="TerminationDate"/> (see <see cref="WireText"/>).</summary>
    [JsonPropertyName("termination_date")]
    [Ignore]
    public string? TerminationDateText { get => WireText.Timestamp(TerminationDate); set => TerminationDate = WireText.ParseTimestamp(value); }

    [JsonIgnore]
    public DateTimeOffset? RemoteCreatedAt { get; set; }

    /// <summary>The wire form of <see cref="RemoteCreatedAt"/> (see <see cref="WireText"/>).</summary>
    [JsonPropertyName("remote_created_at")]
    [Ignore]
    public string? RemoteCreatedAtText { get => WireText.Timestamp(RemoteCreatedAt); set => RemoteCreatedAt = WireText.ParseTimestamp(value); }

    [JsonIgnore]
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The wire form of <see cref="ChangedAt"/> (see <see cref="WireText"/>).</summary>
    [JsonPropertyName("changed_at")]
    [Ignore]
    public string ChangedAtText { get => KomboJson.FormatTimestamp(ChangedAt); set => ChangedAt = WireText.ParseRequiredTimestamp(value); }

    [JsonIgnore]
    public DateTimeOffset? RemoteDeletedAt { get; set; }

    /// <summary>The wire form of <see cref="RemoteDeletedAt"/> (see <see cref="WireText"/>).</summary>
    [JsonPropertyName("remote_deleted_at")]
    [Ignore]
    public string? RemoteDeletedAtText { get => WireText.Timestamp(RemoteDeletedAt); set => RemoteDeletedAt = WireText.ParseTimestamp(value); }

    public JsonElement? RemoteData { get; set; }
}

/// <summary><c>data</c> of POST /hris/employees: the employee without its expanded relations.</summary>
public class EmployeeCoreModel : EmployeeUpdatedModel
{
    [JsonPropertyOrder(1)]
    public JsonElement? CustomFields { get; set; }

    [JsonPropertyOrder(1)]
    public IReadOnlyList<IntegrationField> IntegrationFields { get; set; } = [];
}

/// <summary>An item of GET /hris/employees, with Kombo's expanded relations.</summary>
public sealed class EmployeeModel : EmployeeCoreModel
{
    [JsonPropertyOrder(2)]
    public IReadOnlyList<EmploymentModel> Employments { get; set; } = [];

    [JsonPropertyOrder(2)]
    public IReadOnlyList<TimeOffBalanceRefModel> TimeOffBalances { get; set; } = [];

    [JsonPropertyOrder(2)]
    public EmployeeManagerModel? Manager { get; set; }

    [JsonPropertyOrder(2)]
    public IReadOnlyList<EmployeeGroupModel> Groups { get; set; } = [];

    [JsonPropertyOrder(2)]
    public EmployeeLegalEntityModel? LegalEntity { get; set; }

    /// <summary>Deprecated by Kombo; the same content as <see cref="Groups"/>.</summary>
    [JsonPropertyOrder(2)]
    public IReadOnlyList<EmployeeGroupModel> Teams { get; set; } = [];

    [JsonPropertyOrder(2)]
    public LocationModel? WorkLocation { get; set; }
}

public sealed class EmployeeManagerModel
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? DisplayFullName { get; set; }

    public string Id { get; set; } = "";

    public string? EmployeeNumber { get; set; }

    public string? WorkEmail { get; set; }

    public string? RemoteId { get; set; }

    public string? EmploymentStatus { get; set; }

    [JsonIgnore]
    public DateTimeOffset? TerminationDate { get; set; }

    /// <summary>The wire form of <see cref="TerminationDate"/> (see <see cref="WireText"/>).</summary>
    [JsonPropertyName("termination_date")]
    [Ignore]
    public string? TerminationDateText { get => WireText.Timestamp(TerminationDate); set => TerminationDate = WireText.ParseTimestamp(value); }
}

public sealed class EmployeeGroupModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Name { get; set; }

    public string? Type { get; set; }
}

public sealed class EmployeeLegalEntityModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? Name { get; set; }

    public Address? Address { get; set; }
}
