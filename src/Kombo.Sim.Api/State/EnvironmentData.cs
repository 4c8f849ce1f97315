using System.Collections.Immutable;
using Kombo.Sim.Api.Domain.Integrations;

namespace Kombo.Sim.Api.State;

/// <summary>What an environment holds besides its integrations: Kombo Connect links and exchange tokens.</summary>
public sealed record EnvironmentData
{
    public static readonly EnvironmentData Empty = new();

    public ImmutableDictionary<string, ConnectLink> Links { get; init; } = ImmutableDictionary<string, ConnectLink>.Empty.WithComparers(StringComparer.Ordinal);

    public ImmutableDictionary<string, ConnectToken> Tokens { get; init; } = ImmutableDictionary<string, ConnectToken>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Counts links handed out, for their ids.</summary>
    public long LinkSequence { get; init; }
}
