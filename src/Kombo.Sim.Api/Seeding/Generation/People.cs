using System.Text;
using Bogus;
using Bogus.DataSets;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>One generated person's name, in a country's style.</summary>
internal sealed record PersonName(string First, string Last, string Gender, CountryProfile Country)
{
    public string Full => $"{First} {Last}";
}

/// <summary>
/// Names, streets and companies of one country, drawn once from Bogus's locale data with a seeded faker and then
/// picked from by index: a person costs a few random numbers instead of Bogus's per-call lookups, which matters at a
/// hundred thousand employees.
/// </summary>
internal sealed class NamePool
{
    private readonly string[] _female;
    private readonly string[] _male;
    private readonly string[] _last;
    private readonly string[] _streets;
    private readonly string[] _companies;

    public NamePool(CountryProfile country, int seed)
    {
        Country = country;
        var faker = new Faker(country.Locale) { Random = new Randomizer(seed) };
        _female = Distinct(300, () => faker.Name.FirstName(Name.Gender.Female));
        _male = Distinct(300, () => faker.Name.FirstName(Name.Gender.Male));
        _last = Distinct(600, () => faker.Name.LastName());
        _streets = Distinct(200, () => faker.Address.StreetName());
        _companies = Distinct(150, () => faker.Company.CompanyName(0));
    }

    public CountryProfile Country { get; }

    /// <summary>A name; the gender follows Kombo's values (mostly MALE or FEMALE, a few NON_BINARY or NOT_SPECIFIED).</summary>
    public PersonName Person(Randomizer random)
    {
        var roll = random.Double();
        var gender = roll < 0.49 ? "FEMALE" : roll < 0.97 ? "MALE" : roll < 0.99 ? "NON_BINARY" : "NOT_SPECIFIED";
        var firstNames = gender switch
        {
            "FEMALE" => _female,
            "MALE" => _male,
            _ => random.Bool() ? _female : _male,
        };
        return new PersonName(random.ArrayElement(firstNames), random.ArrayElement(_last), gender, Country);
    }

    public string Street(Randomizer random) => random.ArrayElement(_streets);

    public string Company(Randomizer random) => random.ArrayElement(_companies);

    private static string[] Distinct(int draws, Func<string> draw)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<string>(draws);
        for (var i = 0; i < draws; i++)
        {
            var item = draw();
            if (seen.Add(item))
            {
                items.Add(item);
            }
        }

        return [.. items];
    }
}

/// <summary>
/// Hands out e-mail addresses that are unique within one integration, lower case and plain ASCII (Kombo's e-mail
/// pattern rejects upper-case domains; local parts keep to letters, digits, dots and hyphens).
/// </summary>
internal sealed class EmailRegistry(IEnumerable<string?> taken)
{
    private readonly HashSet<string> _taken = new(taken.OfType<string>().Select(e => e.ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>The domain most of these addresses share (the company's, for work addresses), if any.</summary>
    public static string? MostCommonDomain(IEnumerable<string?> emails) =>
        emails.OfType<string>()
            .Select(e => e[(e.IndexOf('@', StringComparison.Ordinal) + 1)..].ToLowerInvariant())
            .Where(d => d.Length > 0)
            .GroupBy(d => d, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary><paramref name="localPart"/>@<paramref name="domain"/>, or with a number appended when that is taken.</summary>
    public string Claim(string localPart, string domain)
    {
        var local = localPart.Trim('.', '-');
        if (local.Length == 0)
        {
            local = "person";
        }

        var candidate = $"{local}@{domain}";
        for (var n = 2; !_taken.Add(candidate); n++)
        {
            candidate = $"{local}{n}@{domain}";
        }

        return candidate;
    }

    /// <summary>A work address: first.last at the company's domain.</summary>
    public string Work(PersonName name, string domain) => Claim($"{Ascii.Slug(name.First)}.{Ascii.Slug(name.Last)}", domain);

    /// <summary>A private address at a common provider of the person's country, in one of the usual shapes.</summary>
    public string Personal(Randomizer random, PersonName name)
    {
        var first = Ascii.Slug(name.First);
        var last = Ascii.Slug(name.Last);
        var local = random.Number(0, 4) switch
        {
            0 => $"{first}.{last}",
            1 => $"{first}{last}",
            2 => $"{first[..Math.Min(1, first.Length)]}.{last}",
            3 => $"{first}.{last}{random.Number(70, 99)}",
            _ => $"{last}.{first}",
        };
        return Claim(local, random.One(name.Country.EmailProviders));
    }
}

/// <summary>Plain ASCII for e-mail addresses, domains and URLs ("Schröder" → "schroeder", "Nováková" → "novakova").</summary>
internal static class Ascii
{
    // Invariant globalization has no Unicode decomposition, so the common Latin letters are mapped by hand.
    private static readonly Dictionary<char, string> Folded = Build(
        ("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("ø", "o"), ("å", "a"), ("þ", "th"), ("ð", "d"),
        ("àáâãāăą", "a"), ("çćčĉċ", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"),
        ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņň", "n"), ("òóôõōŏő", "o"), ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"),
        ("ùúûũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"));

    /// <summary>Lower-case letters and digits, folded to ASCII; hyphens kept, everything else dropped.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
            {
                builder.Append(c);
            }
            else if (Folded.TryGetValue(c, out var folded))
            {
                builder.Append(folded);
            }
        }

        return builder.ToString().Trim('-');
    }

    private static Dictionary<char, string> Build(params (string From, string To)[] groups)
    {
        var map = new Dictionary<char, string>();
        foreach (var (from, to) in groups)
        {
            foreach (var c in from)
            {
                map[c] = to;
            }
        }

        return map;
    }
}
