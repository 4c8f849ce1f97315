using System.Text.Json.Serialization;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.Features.Assessment.Orders;

/// <summary>An item of GET /assessment/orders/open.</summary>
public class OrderModel
{
    public string Id { get; set; } = "";

    public string PackageId { get; set; } = "";

    public OrderCandidateModel Candidate { get; set; } = new();

    public OrderApplicationModel Application { get; set; } = new();

    public OrderJobModel Job { get; set; } = new();
}

/// <summary>
/// An order in a seed's <c>orders.json</c>: an open-orders item plus its status, so a seed can hold orders that
/// were already completed or cancelled.
/// </summary>
public sealed class OrderSeedModel : OrderModel
{
    [JsonPropertyOrder(1)]
    public string Status { get; set; } = "";
}

public sealed class OrderCandidateModel
{
    public string Email { get; set; } = "";

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Phone { get; set; }

    public string? RemoteId { get; set; }
}

public sealed class OrderApplicationModel
{
    public string? RemoteId { get; set; }
}

public sealed class OrderJobModel
{
    public string? RemoteId { get; set; }

    public string? Name { get; set; }

    public Address? Location { get; set; }

    public IReadOnlyList<HiringTeamMemberModel> HiringTeam { get; set; } = [];
}

public sealed class HiringTeamMemberModel
{
    public string RemoteId { get; set; } = "";

    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public IReadOnlyList<string> HiringTeamRoles { get; set; } = [];
}
