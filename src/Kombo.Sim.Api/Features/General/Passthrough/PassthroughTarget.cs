using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Infrastructure.Errors;

namespace Kombo.Sim.Api.Features.General.Passthrough;

/// <summary>
/// Where a passthrough request goes: the <c>{tool}/{api}</c> of Kombo's passthrough table that the integration may use,
/// and its base URL with every placeholder resolved for the integration (see ADR 11).
/// </summary>
public sealed partial record PassthroughTarget(PassthroughApi Api, string BaseUrl)
{
    /// <summary>
    /// Base URLs for the APIs whose row in Kombo's table names none ("configured during the integration setup").
    /// Lever and Microsoft Graph have one public base URL; the others get a host of the integration's own.
    /// </summary>
    private static readonly Dictionary<string, string> FallbackBaseUrls = new(StringComparer.Ordinal)
    {
        ["lever/v1"] = "https://api.lever.co/v1",
        ["azuread/v1"] = "https://graph.microsoft.com/v1.0",
        ["entraid/v1"] = "https://graph.microsoft.com/v1.0",
    };

    // The simulator runs with invariant globalization (no Unicode decomposition), so Latin letters are folded by hand.
    private static readonly FrozenDictionary<char, string> Latin = new (string Letters, string Ascii)[]
    {
        ("àáâãäåāăą", "a"), ("æ", "ae"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"), ("œ", "oe"),
        ("ŕŗř", "r"), ("śŝşš", "s"), ("ß", "ss"), ("ţťŧ", "t"), ("þ", "th"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
        ("źżž", "z"),
    }.SelectMany(g => g.Letters.Select(c => KeyValuePair.Create(c, g.Ascii))).ToFrozenDictionary();

    /// <summary>Placeholders with one sensible value for every integration.</summary>
    private static readonly Dictionary<string, string> PlaceholderDefaults = new(StringComparer.OrdinalIgnoreCase)
    {
        ["version"] = "v1",
        ["environment"] = "workable",
        ["region"] = "net",
        ["path?"] = "",
    };

    /// <summary>Placeholders only the caller can know (Kombo: "you must specify … service_name").</summary>
    private static readonly HashSet<string> RequiredOptions = new(StringComparer.OrdinalIgnoreCase) { "service_name" };

    /// <summary>
    /// The passthrough API named by <c>{tool}/{api}</c>, which must be one of the integration's tool; otherwise
    /// Kombo's 400 listing the pairs that are valid for this integration.
    /// </summary>
    public static PassthroughTarget Resolve(ToolCatalog tools, Integration integration, string tool, string api, IReadOnlyDictionary<string, string>? apiOptions)
    {
        var requested = $"{tool}/{api}";
        var available = tools.Find(integration.Tool)?.PassthroughApis ?? [];
        var match = tool == integration.Tool ? available.FirstOrDefault(a => a.ToolApi == requested) : null;
        if (match is null)
        {
            throw KomboException.InputInvalid(Refusal(tools, integration, requested, available));
        }

        return new PassthroughTarget(match, ResolveBaseUrl(match, integration, apiOptions ?? new Dictionary<string, string>()));
    }

    /// <summary>
    /// The full URL Kombo would call: base URL, the caller's path (with its own query, if any) and <c>params</c>,
    /// escaped where needed.
    /// </summary>
    public string Url(string path, IReadOnlyDictionary<string, string>? parameters)
    {
        var url = new StringBuilder(BaseUrl.TrimEnd('/')).Append(path);
        if (parameters is { Count: > 0 })
        {
            url.Append(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')
                .AppendJoin('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        }

        return Uri.TryCreate(url.ToString(), UriKind.Absolute, out var uri)
            ? uri.AbsoluteUri
            : throw KomboException.InputInvalid($"path: \"{path}\" does not form a valid URL with the base URL {BaseUrl}.");
    }

    /// <summary>A slug of the end user's organization: <c>Acme GmbH</c> → <c>acme-gmbh</c>, <c>Müller</c> → <c>muller</c>.</summary>
    public static string Slug(string organizationName)
    {
        var ascii = new StringBuilder();
        foreach (var c in organizationName.ToLowerInvariant())
        {
            ascii.Append(char.IsAsciiLetterOrDigit(c) ? c.ToString() : Latin.GetValueOrDefault(c, "-"));
        }

        var slug = Dashes().Replace(ascii.ToString(), "-").Trim('-');
        return slug.Length == 0 ? "company" : slug;
    }

    private static string ResolveBaseUrl(PassthroughApi api, Integration integration, IReadOnlyDictionary<string, string> options)
    {
        var template = api.BaseUrl ?? FallbackBaseUrls.GetValueOrDefault(api.ToolApi) ?? "https://{api_domain}";
        var slug = Slug(integration.EndUser.OrganizationName);
        var resolved = Placeholder().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            if (options.TryGetValue(name, out var given))
            {
                return given;
            }

            if (RequiredOptions.Contains(name))
            {
                throw KomboException.InputInvalid($"api_options.{name} is required for {api.ToolApi}: its base URL is {template}.");
            }

            // An alternative such as {ilucca|ilucca-demo}: the first one is the production value.
            return PlaceholderDefaults.TryGetValue(name, out var fixedValue) ? fixedValue
                : name.Contains('|', StringComparison.Ordinal) ? name.Split('|')[0]
                : IsHost(name) ? $"{slug}.{integration.Tool}.example"
                : slug;
        });

        return Uri.TryCreate(resolved, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? resolved
            : throw KomboException.InputInvalid($"api_options: the base URL of {api.ToolApi} resolves to \"{resolved}\", which is not a valid URL.");
    }

    // {domain}, {api_domain}, {company_url}, {hostname} name a whole host; {subdomain} only its first label.
    private static bool IsHost(string name) =>
        !name.Contains("subdomain", StringComparison.OrdinalIgnoreCase)
        && (name.Contains("domain", StringComparison.OrdinalIgnoreCase)
        || name.Contains("url", StringComparison.OrdinalIgnoreCase)
        || name.Contains("host", StringComparison.OrdinalIgnoreCase));

    private static string Refusal(ToolCatalog tools, Integration integration, string requested, IReadOnlyList<PassthroughApi> available)
    {
        var label = tools.LabelOf(integration.Tool);
        var valid = available.Count == 0
            ? $"{label} has no passthrough API in Kombo's passthrough table."
            : $"Valid {{tool}}/{{api}} values for this integration: {string.Join(", ", available.Select(a => a.ToolApi).Distinct())}.";
        return $"\"{requested}\" is not a passthrough API of integration {integration.Id} ({label}). {valid}";
    }

    // Kombo's table writes placeholders as {name}, {{name}} or <name>.
    [GeneratedRegex(@"\{\{?(?<name>[^{}]+)\}?\}|<(?<name>[^<>]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex("-{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Dashes();
}
