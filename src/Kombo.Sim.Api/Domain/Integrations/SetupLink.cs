namespace Kombo.Sim.Api.Domain.Integrations;

/// <summary>A provisioning setup link handed out to a customer.</summary>
public sealed record SetupLink(string Token, string GroupId, string Language, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
