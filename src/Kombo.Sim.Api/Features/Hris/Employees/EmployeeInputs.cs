using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Features.Shared;

namespace Kombo.Sim.Api.Features.Hris.Employees;

/// <summary>The home address of an employee write (country as ISO-3166-1 alpha-2).</summary>
public sealed record AddressInput
{
    [JsonPropertyName("street_1")]
    public string? Street1 { get; init; }

    [JsonPropertyName("street_2")]
    public string? Street2 { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? ZipCode { get; init; }

    public string? Country { get; init; }

    public Address ToAddress() => new()
    {
        Street1 = Street1,
        Street2 = Street2,
        City = City,
        State = State,
        ZipCode = ZipCode,
        Country = Country,
        Raw = string.Join(", ", new[] { Street1, Street2, $"{ZipCode} {City}".Trim(), State, Country }.Where(p => !string.IsNullOrWhiteSpace(p))),
    };
}

/// <summary>Value rules shared by the employee create and update bodies.</summary>
public static class EmployeeInputRules
{
    public static readonly string[] Genders = ["MALE", "FEMALE", "NON_BINARY", "NOT_SPECIFIED"];

    public static readonly string[] MaritalStatuses = ["SINGLE", "MARRIED", "DOMESTIC_PARTNERSHIP", "WIDOWED", "DIVORCED", "SEPARATED", "NOT_MARRIED"];

    public static bool IsCountryCode(string? value) => QueryValues.IsCountryCode(value);

    public static bool IsPlainDate(string? value) => value is null || QueryValues.TryParsePlainDate(value, out _);

    public static DateTimeOffset? Midnight(string? value) => QueryValues.StartOfDay(value);
}

public sealed class AddressInputValidator : AbstractValidator<AddressInput>
{
    public AddressInputValidator() =>
        RuleFor(a => a.Country).Must(EmployeeInputRules.IsCountryCode)
            .WithMessage("country must be an uppercase ISO-3166-1 alpha-2 code such as DE.");
}
