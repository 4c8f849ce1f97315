using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Kombo.Sim.Api.State;

/// <summary>
/// Kombo-shaped ids: 24 base58 characters. Kombo derives ids from the integration and the remote id, so they are
/// stable across syncs; the simulator does the same, which makes ids repeat exactly for the same seed and calls.
/// The default seed's generator (tools/seed) uses the identical function.
/// </summary>
public static class KomboIds
{
    public const int Length = 24;

    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    // 58^5, the largest power of 58 below 2^32: the hash is divided by it to get five digits at a time, with 64-bit
    // arithmetic only (a 128-bit division is a slow software routine, and ids are derived on every write).
    private const ulong FiveDigits = 656_356_768UL;

    /// <summary>The first 24 base58 (Bitcoin alphabet) characters of SHA-256 over the parts joined by '|'.</summary>
    public static string Derive(params ReadOnlySpan<string> parts)
    {
        var text = string.Join('|', parts);
        var buffer = text.Length <= 256 ? stackalloc byte[Encoding.UTF8.GetMaxByteCount(text.Length)] : new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var written = Encoding.UTF8.GetBytes(text, buffer);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer[..written], hash);
        return Base58Prefix(hash);
    }

    public static string ForRecord(string integrationId, string model, string remoteId) => Derive(integrationId, model, remoteId);

    public static string ForIntegration(string environmentSlug, string tool, string discriminator) =>
        $"{tool}:{Derive("integration", environmentSlug, discriminator)}";

    /// <summary>
    /// The first <see cref="Length"/> characters of the standard base58 encoding of a 32-byte hash (one '1' per
    /// leading zero byte, then the big-endian number in base58). Ids are derived for every generated record and every
    /// write, so this works on eight 32-bit limbs instead of byte by byte.
    /// </summary>
    private static string Base58Prefix(ReadOnlySpan<byte> hash)
    {
        Span<uint> limbs = stackalloc uint[8];
        for (var i = 0; i < limbs.Length; i++)
        {
            limbs[i] = BinaryPrimitives.ReadUInt32BigEndian(hash.Slice(i * 4, 4));
        }

        // 256 bits need at most 44 base58 digits; they are filled from the right.
        Span<char> digits = stackalloc char[50];
        var first = digits.Length;
        var top = 0;
        while (top < limbs.Length && limbs[top] == 0)
        {
            top++;
        }

        while (top < limbs.Length)
        {
            ulong remainder = 0;
            for (var i = top; i < limbs.Length; i++)
            {
                var current = (remainder << 32) | limbs[i];
                limbs[i] = (uint)(current / FiveDigits);
                remainder = current % FiveDigits;
            }

            while (top < limbs.Length && limbs[top] == 0)
            {
                top++;
            }

            // Inner chunks are exactly five digits; the most significant one has no leading zeros.
            var chunk = (uint)remainder;
            for (var k = 0; k < 5 && (top < limbs.Length || chunk > 0); k++)
            {
                digits[--first] = Alphabet[(int)(chunk % 58)];
                chunk /= 58;
            }
        }

        var zeros = 0;
        while (zeros < hash.Length && hash[zeros] == 0)
        {
            zeros++;
        }

        Span<char> id = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            id[i] = i < zeros ? '1' : digits[first + i - zeros];
        }

        return new string(id);
    }
}
