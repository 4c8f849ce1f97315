using System.Globalization;
using System.Text;

namespace Kombo.Sim.Api.Domain.Payroll.Lodas;

/// <summary>The data section a LODAS file carries: master data or movement (payroll) data.</summary>
public enum LodasSection
{
    Stammdaten,
    Bewegungsdaten,
}

/// <summary>A record type of a LODAS file: its number, the LODAS table it fills and the fields of its data lines.</summary>
public sealed record LodasRecordType(int Number, string Table, IReadOnlyList<string> Fields);

/// <summary>
/// Writes a DATEV LODAS ASCII import file: <c>[Allgemein]</c> (target, client numbers, separators and formats),
/// <c>[Satzbeschreibung]</c> (one line per record type: number, table, fields) and the data lines in
/// <c>[Stammdaten]</c> or <c>[Bewegungsdaten]</c>, each starting with its record type's number. Lines end with CR LF,
/// as DATEV's Windows tools write them.
/// </summary>
public sealed class LodasFileWriter(DatevClient client, LodasSection section, DateOnly? masterDataValidFrom = null)
{
    public const string Target = "LODAS";
    public const char FieldSeparator = ';';
    public const char StringDelimiter = '\'';
    public const char CommentMarker = '*';
    public const string LineBreak = "\r\n";

    private readonly List<string> _comments = [];
    private readonly List<LodasRecordType> _types = [];
    private readonly List<string> _lines = [];

    /// <summary>How many data lines the file has.</summary>
    public int LineCount => _lines.Count;

    public LodasFileWriter Comment(string text)
    {
        _comments.Add($"{CommentMarker} {text}");
        return this;
    }

    public LodasFileWriter Describe(LodasRecordType type)
    {
        _types.Add(type);
        return this;
    }

    /// <summary>A data line of <paramref name="type"/>; values are formatted with <see cref="LodasValue"/>.</summary>
    public LodasFileWriter Line(LodasRecordType type, params string[] values)
    {
        if (!_types.Contains(type))
        {
            throw new InvalidOperationException($"Record type {type.Number} is not described.");
        }

        if (values.Length > type.Fields.Count)
        {
            throw new ArgumentException($"Record type {type.Number} has {type.Fields.Count} fields, not {values.Length}.", nameof(values));
        }

        _lines.Add(Join([type.Number.ToString(CultureInfo.InvariantCulture), .. values]));
        return this;
    }

    public string Write()
    {
        var lines = new List<string>
        {
            "[Allgemein]",
            $"Ziel={Target}",
            "Version_SST=1.0",
            $"BeraterNr={client.ConsultantNumber.ToString(CultureInfo.InvariantCulture)}",
            $"MandantenNr={client.ClientNumber.ToString(CultureInfo.InvariantCulture)}",
            $"Feldtrennzeichen={FieldSeparator}",
            "Zahlenkomma=,",
            "Datumsformat=TT/MM/JJJJ",
            $"Stringbegrenzer={StringDelimiter}",
            $"Kommentarzeichen={CommentMarker}",
        };
        if (masterDataValidFrom is { } validFrom)
        {
            lines.Add($"StammdatenGueltigAb={LodasValue.Date(validFrom)}");
        }

        lines.Add("");
        if (_comments.Count > 0)
        {
            lines.AddRange(_comments);
            lines.Add("");
        }

        lines.Add("[Satzbeschreibung]");
        lines.AddRange(_types.Select(t => Join([t.Number.ToString(CultureInfo.InvariantCulture), t.Table, .. t.Fields])));
        lines.Add("");
        lines.Add($"[{section}]");
        lines.AddRange(_lines);

        var content = new StringBuilder();
        foreach (var line in lines)
        {
            content.Append(line).Append(LineBreak);
        }

        return content.ToString();
    }

    // DATEV's examples end every record line with the separator.
    private static string Join(IEnumerable<string> values) => string.Join(FieldSeparator, values) + FieldSeparator;
}

/// <summary>Values as a LODAS file with the writer's settings spells them.</summary>
public static class LodasValue
{
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary>A string between delimiters; DATEV cannot escape the delimiter, so it becomes an acute accent.</summary>
    public static string Text(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? ""
            : LodasFileWriter.StringDelimiter
              + value.Trim().Replace(LodasFileWriter.StringDelimiter, '´').ReplaceLineEndings(" ")
              + LodasFileWriter.StringDelimiter;

    /// <summary>Two decimals with a decimal comma (<c>4500,00</c>), rounded half away from zero.</summary>
    public static string Number(double value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", DecimalComma);

    public static string Number(double? value) => value is { } number ? Number(number) : "";

    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>TT/MM/JJJJ</c>.</summary>
    public static string Date(DateOnly value) => value.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? value) => value is { } date ? Date(date) : "";
}
