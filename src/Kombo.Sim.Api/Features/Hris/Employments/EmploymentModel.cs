using System.Text.Json;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.Features.Hris.Employments;

/// <summary>An item of GET /hris/employments (also nested in employees).</summary>
public sealed class EmploymentModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string EmployeeId { get; set; } = "";

    public string? JobTitle { get; set; }

    public double? PayRate { get; set; }

    public string? PayPeriod { get; set; }

    public string? PayFrequency { get; set; }

    public string? EmploymentType { get; set; }

    public string? PayCurrency { get; set; }

    public DateTimeOffset? EffectiveDate { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }

    public JsonElement? RemoteData { get; set; }

    public JsonElement? CustomFields { get; set; }

    public IReadOnlyList<IntegrationField> IntegrationFields { get; set; } = [];
}
