using Bogus;
using Kombo.Sim.Api.Domain.Common;

namespace Kombo.Sim.Api.Seeding.Generation;

/// <summary>A real city with the shape of its postal codes (Bogus's <c>#</c> digit and <c>?</c> letter placeholders).</summary>
internal sealed record City(string Name, string ZipPattern, string? State = null);

/// <summary>
/// What makes generated people and places look like one country: the Bogus locale for names and streets, real
/// cities, currency and pay, phone and identifier formats, and the legal form of a company there.
/// </summary>
internal sealed record CountryProfile
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>The Bogus locale names and street names come from.</summary>
    public required string Locale { get; init; }

    public required string Currency { get; init; }

    public required string TopLevelDomain { get; init; }

    public required string LegalForm { get; init; }

    /// <summary>Cities, the first one the usual headquarters.</summary>
    public required IReadOnlyList<City> Cities { get; init; }

    public required string MobilePattern { get; init; }

    public required string SsnPattern { get; init; }

    public string? TaxIdPattern { get; init; }

    /// <summary>A typical yearly salary of a mid-level employee, in <see cref="Currency"/>.</summary>
    public required int MedianSalary { get; init; }

    public required double FullTimeHours { get; init; }

    public required IReadOnlyList<string> EmailProviders { get; init; }

    /// <summary>Whether the street number goes before the street name ("221 Baker Street").</summary>
    public bool NumberFirst { get; init; }

    /// <summary>Working students are a German-speaking institution.</summary>
    public bool HasWorkingStudents { get; init; }

    public static readonly CountryProfile Germany = new()
    {
        Code = "DE",
        Name = "Germany",
        Locale = "de",
        Currency = "EUR",
        TopLevelDomain = "de",
        LegalForm = "GmbH",
        Cities =
        [
            new("Berlin", "10###", "Berlin"), new("Munich", "80###", "Bavaria"), new("Hamburg", "20###", "Hamburg"),
            new("Cologne", "50###", "North Rhine-Westphalia"), new("Frankfurt am Main", "60###", "Hesse"),
            new("Stuttgart", "70###", "Baden-Württemberg"), new("Leipzig", "04###", "Saxony"), new("Nuremberg", "90###", "Bavaria"),
        ],
        MobilePattern = "+49 1{5,6,7}# ########",
        SsnPattern = "## ###### ? ###",
        TaxIdPattern = "###########",
        MedianSalary = 58_000,
        FullTimeHours = 40,
        HasWorkingStudents = true,
        EmailProviders = ["gmail.com", "web.de", "gmx.de", "posteo.de", "outlook.com", "t-online.de"],
    };

    public static readonly CountryProfile UnitedKingdom = new()
    {
        Code = "GB",
        Name = "United Kingdom",
        Locale = "en_GB",
        Currency = "GBP",
        TopLevelDomain = "co.uk",
        LegalForm = "Ltd",
        Cities =
        [
            new("London", "EC# #??"), new("Manchester", "M# #??"), new("Birmingham", "B# #??"), new("Edinburgh", "EH# #??"),
            new("Bristol", "BS# #??"), new("Leeds", "LS# #??"),
        ],
        MobilePattern = "+44 7### ######",
        SsnPattern = "??######?",
        TaxIdPattern = "##########",
        MedianSalary = 52_000,
        FullTimeHours = 37.5,
        NumberFirst = true,
        EmailProviders = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk"],
    };

    public static readonly CountryProfile France = new()
    {
        Code = "FR",
        Name = "France",
        Locale = "fr",
        Currency = "EUR",
        TopLevelDomain = "fr",
        LegalForm = "SAS",
        Cities =
        [
            new("Paris", "750##", "Île-de-France"), new("Lyon", "6900#", "Auvergne-Rhône-Alpes"), new("Marseille", "130##", "Provence-Alpes-Côte d'Azur"),
            new("Toulouse", "310##", "Occitanie"), new("Bordeaux", "330##", "Nouvelle-Aquitaine"), new("Lille", "590##", "Hauts-de-France"),
            new("Nantes", "440##", "Pays de la Loire"),
        ],
        MobilePattern = "+33 {6,7} ## ## ## ##",
        SsnPattern = "# ## ## ## ### ### ##",
        TaxIdPattern = "## ## ### ### ###",
        MedianSalary = 48_000,
        FullTimeHours = 35,
        NumberFirst = true,
        EmailProviders = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "outlook.fr"],
    };

    public static readonly CountryProfile Netherlands = new()
    {
        Code = "NL",
        Name = "Netherlands",
        Locale = "nl",
        Currency = "EUR",
        TopLevelDomain = "nl",
        LegalForm = "B.V.",
        Cities =
        [
            new("Amsterdam", "10## ??", "North Holland"), new("Rotterdam", "30## ??", "South Holland"), new("Utrecht", "35## ??", "Utrecht"),
            new("The Hague", "25## ??", "South Holland"), new("Eindhoven", "56## ??", "North Brabant"),
        ],
        MobilePattern = "+31 6 ########",
        SsnPattern = "#########",
        MedianSalary = 55_000,
        FullTimeHours = 40,
        EmailProviders = ["gmail.com", "ziggo.nl", "outlook.com", "kpnmail.nl", "hotmail.nl"],
    };

    public static readonly CountryProfile Spain = new()
    {
        Code = "ES",
        Name = "Spain",
        Locale = "es",
        Currency = "EUR",
        TopLevelDomain = "es",
        LegalForm = "S.L.",
        Cities =
        [
            new("Madrid", "280##", "Community of Madrid"), new("Barcelona", "080##", "Catalonia"), new("Valencia", "460##", "Valencian Community"),
            new("Seville", "410##", "Andalusia"), new("Málaga", "290##", "Andalusia"),
        ],
        MobilePattern = "+34 6## ### ###",
        SsnPattern = "########?",
        MedianSalary = 38_000,
        FullTimeHours = 40,
        EmailProviders = ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    };

    public static readonly CountryProfile UnitedStates = new()
    {
        Code = "US",
        Name = "United States",
        Locale = "en_US",
        Currency = "USD",
        TopLevelDomain = "com",
        LegalForm = "Inc",
        Cities =
        [
            new("New York", "100##", "NY"), new("San Francisco", "941##", "CA"), new("Austin", "787##", "TX"), new("Chicago", "606##", "IL"),
            new("Denver", "802##", "CO"), new("Boston", "021##", "MA"), new("Seattle", "981##", "WA"),
        ],
        MobilePattern = "+1 ### ### ####",
        SsnPattern = "###-##-####",
        MedianSalary = 95_000,
        FullTimeHours = 40,
        NumberFirst = true,
        EmailProviders = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"],
    };

    public static readonly IReadOnlyList<CountryProfile> All = [Germany, UnitedKingdom, France, Netherlands, Spain, UnitedStates];

    /// <summary>Nationalities of colleagues from abroad (ISO-3166 alpha-2).</summary>
    public static readonly string[] OtherNationalities = ["DE", "FR", "GB", "IT", "ES", "PL", "NL", "PT", "IN", "US", "UA", "TR", "BR", "SE", "GR", "RO"];

    public static CountryProfile? Find(string? code) =>
        All.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The country an organisation's legal form points to ("Acme Labs Ltd" → GB), if any.</summary>
    public static CountryProfile? FromOrganizationName(string organizationName)
    {
        var words = organizationName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words.Length > 1 ? words[^1].TrimEnd('.').ToUpperInvariant() : "";
        return last switch
        {
            "GMBH" or "AG" or "KG" or "UG" => Germany,
            "LTD" or "PLC" or "LIMITED" => UnitedKingdom,
            "SAS" or "SARL" or "SA" => France,
            "B.V" or "BV" or "N.V" => Netherlands,
            "S.L" or "SL" => Spain,
            "INC" or "LLC" or "CORP" => UnitedStates,
            _ => null,
        };
    }

    /// <summary>The organisation's name without its legal form ("Acme Labs Ltd" → "Acme Labs").</summary>
    public static string BaseName(string organizationName)
    {
        var words = organizationName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && FromOrganizationName(organizationName) is not null ? string.Join(' ', words[..^1]) : organizationName;
    }

    /// <summary>The company's e-mail and web domain in this country ("Acme Labs Ltd" → acme-labs.co.uk).</summary>
    public string CompanyDomain(string organizationName)
    {
        var slug = Ascii.Slug(BaseName(organizationName).Replace(' ', '-'));
        return $"{(slug.Length > 0 ? slug : "company")}.{TopLevelDomain}";
    }

    /// <summary>An address in <paramref name="city"/> with a street from the name pool.</summary>
    public Address Address(Randomizer random, City city, string street, string? secondLine = null)
    {
        var number = random.Number(1, 180).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var line = NumberFirst ? $"{number} {street}" : $"{street} {number}";
        var zip = random.Replace(city.ZipPattern);
        var locality = Code switch
        {
            "US" => $"{city.Name}, {city.State} {zip}",
            "GB" => $"{city.Name} {zip}",
            _ => $"{zip} {city.Name}",
        };
        var raw = string.Join(", ", new[] { line, secondLine, locality, Name }.Where(part => part is not null));
        return new Address
        {
            City = city.Name,
            Country = Code,
            Raw = raw,
            State = Code == "US" ? city.State : null,
            Street1 = line,
            Street2 = secondLine,
            ZipCode = zip,
        };
    }

    /// <summary>A mobile number in the country's format.</summary>
    public string Mobile(Randomizer random) => random.ReplaceNumbers(Alternatives(random, MobilePattern));

    /// <summary>Expands <c>{a,b,c}</c> groups to one of their alternatives.</summary>
    private static string Alternatives(Randomizer random, string pattern)
    {
        var open = pattern.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return pattern;
        }

        var close = pattern.IndexOf('}', open);
        var choice = random.ArrayElement(pattern[(open + 1)..close].Split(','));
        return Alternatives(random, pattern[..open] + choice + pattern[(close + 1)..]);
    }
}
