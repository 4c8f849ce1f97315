using System.Globalization;
using System.Text.RegularExpressions;

namespace Kombo.Sim.Api.Domain.Payroll.Lodas;

/// <summary>
/// Checks the structure (never the content) of a DATEV ASCII import file, as Kombo's passthrough does before
/// uploading it. LODAS files need an <c>[Allgemein]</c> section with <c>Ziel=LODAS</c>, a numeric <c>BeraterNr</c> and
/// <c>MandantenNr</c>; a <c>[Satzbeschreibung]</c> of well-formed record types; and the data section of the file type
/// with at least one line, every data line naming a described record type and carrying no more values than it has
/// fields. Lohn und Gehalt reads plain lines whose layout is configured in the program, so a LuG file only needs
/// lines of separated values that start with a personnel number. Answers the problems found, empty when well-formed.
/// </summary>
public static partial class DatevFileCheck
{
    public const string Lodas = "LODAS";
    public const string LohnUndGehalt = "LuG";

    private const string General = "Allgemein";
    private const string RecordTypes = "Satzbeschreibung";

    /// <summary>The data sections whose lines are records; other sections (e.g. Hinweistext) are free text.</summary>
    private static readonly string[] DataSections = [nameof(LodasSection.Stammdaten), nameof(LodasSection.Bewegungsdaten), "Entfernen"];

    public static IReadOnlyList<string> Check(string content, string targetSystem, LodasSection section) =>
        targetSystem == LohnUndGehalt ? CheckLohnUndGehalt(content) : CheckLodas(content, section);

    public static IReadOnlyList<string> CheckLodas(string content, LodasSection required)
    {
        var problems = new List<string>();
        var comment = CommentMarker().Match(content) is { Success: true } declared ? declared.Groups[1].Value[0] : LodasFileWriter.CommentMarker;
        var sections = Sections(content, comment, problems);

        var settings = Settings(sections, problems);
        var separator = Single(settings, "Feldtrennzeichen", LodasFileWriter.FieldSeparator, problems);
        char? delimiter = settings.ContainsKey("Stringbegrenzer") ? Single(settings, "Stringbegrenzer", LodasFileWriter.StringDelimiter, problems) : null;
        var types = Types(sections, separator, problems);

        var requiredName = required.ToString();
        var data = sections.Where(s => s.Name.Equals(requiredName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (data.Count == 0)
        {
            problems.Add($"the [{requiredName}] section is missing");
        }
        else if (data.All(s => s.Lines.Count == 0))
        {
            problems.Add($"the [{requiredName}] section has no data lines");
        }

        foreach (var (number, text) in sections.Where(s => DataSections.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).SelectMany(s => s.Lines))
        {
            var values = Split(text, separator, delimiter);
            if (values is null)
            {
                problems.Add($"line {number}: a string opened with {delimiter} is not closed");
            }
            else if (!types.TryGetValue(values[0], out var fields))
            {
                problems.Add($"line {number}: record type \"{values[0]}\" is not described in [Satzbeschreibung]");
            }
            else if (values.Count - 1 > fields)
            {
                problems.Add($"line {number}: record type {values[0]} has {fields} fields, the line has {values.Count - 1} values");
            }
        }

        return problems;
    }

    public static IReadOnlyList<string> CheckLohnUndGehalt(string content)
    {
        var problems = new List<string>();
        var lines = Lines(content).Where(l => l.Text.Length > 0 && l.Text[0] != LodasFileWriter.CommentMarker).ToList();
        if (lines.Count == 0)
        {
            problems.Add("the file has no data lines");
        }

        foreach (var (number, text) in lines)
        {
            var values = text.Split(LodasFileWriter.FieldSeparator);
            if (values.Length < 2 || !PersonnelNumber().IsMatch(values[0].Trim()))
            {
                problems.Add($"line {number}: a line is a personnel number followed by values, separated by {LodasFileWriter.FieldSeparator}");
            }
        }

        return problems;
    }

    private sealed record Section(string Name, List<(int Number, string Text)> Lines);

    private static List<(int Number, string Text)> Lines(string content) =>
        content.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n').Select((line, index) => (index + 1, line.Trim())).ToList();

    private static List<Section> Sections(string content, char comment, List<string> problems)
    {
        var sections = new List<Section>();
        Section? current = null;
        foreach (var (number, text) in Lines(content))
        {
            if (text.Length == 0 || text[0] == comment)
            {
                continue;
            }

            if (SectionHeader().Match(text) is { Success: true } header)
            {
                current = new Section(header.Groups[1].Value.Trim(), []);
                sections.Add(current);
            }
            else if (current is null)
            {
                problems.Add($"line {number}: content before the first section; a LODAS file starts with [{General}]");
            }
            else
            {
                current.Lines.Add((number, text));
            }
        }

        return sections;
    }

    private static Dictionary<string, string> Settings(List<Section> sections, List<string> problems)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var general = sections.FirstOrDefault(s => s.Name.Equals(General, StringComparison.OrdinalIgnoreCase));
        if (general is null)
        {
            problems.Add($"the [{General}] section is missing");
            return settings;
        }

        foreach (var (number, text) in general.Lines)
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problems.Add($"line {number}: [{General}] lines are Key=Value");
                continue;
            }

            settings[text[..equals].Trim()] = text[(equals + 1)..].Trim();
        }

        if (!settings.TryGetValue("Ziel", out var target))
        {
            problems.Add($"[{General}] has no Ziel (the target system, {Lodas})");
        }
        else if (!target.Equals(Lodas, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"[{General}] Ziel is \"{target}\", a LODAS file has Ziel={Lodas}");
        }

        Number(settings, "BeraterNr", 7, problems);
        Number(settings, "MandantenNr", 5, problems);
        return settings;
    }

    private static void Number(Dictionary<string, string> settings, string key, int maxDigits, List<string> problems)
    {
        if (!settings.TryGetValue(key, out var value))
        {
            problems.Add($"[{General}] has no {key}");
        }
        else if (value.Length > maxDigits || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number == 0)
        {
            problems.Add($"[{General}] {key} must be a number of 1 to {maxDigits} digits, not \"{value}\"");
        }
    }

    private static char Single(Dictionary<string, string> settings, string key, char fallback, List<string> problems)
    {
        if (!settings.TryGetValue(key, out var value))
        {
            return fallback;
        }

        if (value.Length != 1)
        {
            problems.Add($"[{General}] {key} must be a single character, not \"{value}\"");
            return fallback;
        }

        return value[0];
    }

    /// <summary>Record type number → field count.</summary>
    private static Dictionary<string, int> Types(List<Section> sections, char separator, List<string> problems)
    {
        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        var described = sections.Where(s => s.Name.Equals(RecordTypes, StringComparison.OrdinalIgnoreCase)).SelectMany(s => s.Lines).ToList();
        if (!sections.Any(s => s.Name.Equals(RecordTypes, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"the [{RecordTypes}] section is missing");
        }
        else if (described.Count == 0)
        {
            problems.Add($"[{RecordTypes}] describes no record type");
        }

        foreach (var (number, text) in described)
        {
            var parts = Split(text, separator, null)!;
            if (parts.Count < 3 || !RecordNumber().IsMatch(parts[0]) || !Identifier().IsMatch(parts[1]))
            {
                problems.Add($"line {number}: a record type is described as number{separator}table{separator}field#type{separator}…");
            }
            else if (parts.Skip(2).FirstOrDefault(f => !Field().IsMatch(f)) is { } field)
            {
                problems.Add($"line {number}: \"{field}\" is not a field such as pnr#psd");
            }
            else if (!types.TryAdd(parts[0], parts.Count - 2))
            {
                problems.Add($"line {number}: record type {parts[0]} is described twice");
            }
        }

        return types;
    }

    /// <summary>The values of a line (a trailing separator ends the last value); null when a string is not closed.</summary>
    private static List<string>? Split(string line, char separator, char? delimiter)
    {
        var values = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == delimiter)
            {
                quoted = !quoted;
            }
            else if (line[i] == separator && !quoted)
            {
                values.Add(line[start..i].Trim());
                start = i + 1;
            }
        }

        if (quoted)
        {
            return null;
        }

        if (start < line.Length)
        {
            values.Add(line[start..].Trim());
        }

        return values;
    }

    [GeneratedRegex(@"^\s*Kommentarzeichen\s*=\s*(\S)\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentMarker();

    [GeneratedRegex(@"^\[([^\[\]]+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeader();

    [GeneratedRegex(@"^[1-9][0-9]{0,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex RecordNumber();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*#[A-Za-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    [GeneratedRegex(@"^[0-9]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonnelNumber();
}
