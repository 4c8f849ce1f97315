using System.Security.Cryptography;
using System.Text;
using SimpleBase;

namespace Kombo.Sim.Api.State;

/// <summary>
/// Kombo-shaped ids: 24 base58 characters. Kombo derives ids from the integration and the remote id, so they are
/// stable across syncs; the simulator does the same, which makes ids repeat exactly for the same seed and calls.
/// The default seed's generator (tools/seed) uses the identical function.
/// </summary>
public static class KomboIds
{
    public const int Length = 24;

    /// <summary>The first 24 base58 (Bitcoin alphabet) characters of SHA-256 over the parts joined by '|'.</summary>
    public static string Derive(params ReadOnlySpan<string> parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts.ToArray())));
        return Base58.Bitcoin.Encode(hash)[..Length];
    }

    public static string ForRecord(string integrationId, string model, string remoteId) => Derive(integrationId, model, remoteId);

    public static string ForIntegration(string environmentSlug, string tool, string discriminator) =>
        $"{tool}:{Derive("integration", environmentSlug, discriminator)}";
}
