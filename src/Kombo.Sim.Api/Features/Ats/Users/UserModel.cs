using System.Text.Json;
using Kombo.Sim.Api.Domain.Ats;

namespace Kombo.Sim.Api.Features.Ats.Users;

/// <summary>An item of GET /ats/users (also the seed format of <c>users.json</c>).</summary>
public sealed class UserModel
{
    public string Id { get; set; } = "";

    public string? RemoteId { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Status { get; set; }

    /// <summary>Kombo's SDK requires it although the spec does not list it (tools/reference/SDK-STRICTNESS.md).</summary>
    public IReadOnlyList<RoleAssignment> SystemRoles { get; set; } = [];

    public JsonElement? RemoteData { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset? RemoteDeletedAt { get; set; }
}
