using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kombo.Sim.Api.State.Paging;

/// <summary>
/// Kombo's opaque <c>next</c> cursor: base64url JSON naming the position to continue from and a fingerprint of the
/// query's filters, so a cursor cannot silently be replayed against different filters.
/// </summary>
public static class Cursor
{
    public static string Encode(int position, string fingerprint)
    {
        var json = string.Create(CultureInfo.InvariantCulture, $"{{\"position\":{position},\"filter\":\"{fingerprint}\"}}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
    }

    public static bool TryDecode(string cursor, string fingerprint, out int position)
    {
        position = 0;
        if (cursor.Length > 512 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out position) && position >= 0
                && root.TryGetProperty("filter", out var f) && f.ValueKind == JsonValueKind.String && f.ValueEquals(fingerprint);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A short, process-independent fingerprint (FNV-1a 64) of a canonical filter description.</summary>
    public static string Fingerprint(string canonicalFilters)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offset;
        foreach (var b in Encoding.UTF8.GetBytes(canonicalFilters))
        {
            hash = (hash ^ b) * prime;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
