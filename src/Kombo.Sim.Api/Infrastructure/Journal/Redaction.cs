using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kombo.Sim.Api.Infrastructure.Journal;

/// <summary>
/// Removes personal data (names, contact details, identifiers, addresses, bank data, file contents) and credentials
/// (e.g. the headers of a passthrough request) from bodies and query strings before the journal shows them.
/// </summary>
public static partial class Redaction
{
    public const string Mask = "[redacted]";

    public static readonly FrozenSet<string> PersonalFields = new[]
    {
        "first_name", "last_name", "display_full_name", "work_email", "personal_email", "email", "emails", "email_address",
        "email_addresses", "additional_email_addresses", "work_emails", "personal_emails", "creator_email", "end_user_email",
        "mobile_phone_number", "home_phone_number", "phone", "phone_number", "phone_numbers", "additional_phone_numbers",
        "ssn", "tax_id", "date_of_birth", "home_address", "bank_accounts", "iban", "bic", "account_number", "holder_name",
        "street_1", "street_2", "social_media", "social_links", "username", "avatar", "employee_note", "content", "data",
        "file_content", "authorization", "password", "secret",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a field is personal or names a credential (<c>X-API-KEY</c>, <c>client_secret</c>, <c>Cookie</c>).</summary>
    public static bool IsRedacted(string name) => PersonalFields.Contains(name) || Credential().IsMatch(name);

    /// <summary>A redacted JSON body, a placeholder for non-JSON bodies, or null for none.</summary>
    public static JsonNode? Body(byte[] body, bool truncated)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(body);
            Redact(node);
            return node;
        }
        catch (JsonException)
        {
            return JsonValue.Create(truncated
                ? $"[{body.Length} bytes kept of a longer body; not shown]"
                : $"[{body.Length} bytes, not JSON; not shown]");
        }
    }

    /// <summary>The query string with personal filter values (e.g. <c>work_emails</c>) masked.</summary>
    public static string? Query(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return null;
        }

        var parts = query.TrimStart('?').Split('&');
        var builder = new StringBuilder("?");
        foreach (var part in parts)
        {
            var name = part.Split('=', 2)[0];
            builder.Append(builder.Length > 1 ? "&" : "")
                .Append(IsRedacted(Uri.UnescapeDataString(name)) ? $"{name}={Mask}" : part);
        }

        return builder.ToString();
    }

    private static void Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (IsRedacted(key) && obj[key] is not null)
                    {
                        obj[key] = Mask;
                    }
                    else
                    {
                        Redact(obj[key]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Redact(item);
                }

                break;
        }
    }

    // Narrower than "key" alone, which would hide integration fields' and result-link attributes' keys.
    [GeneratedRegex("api[-_]?key|token|secret|passw|cookie|authoriz|credential", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credential();
}
