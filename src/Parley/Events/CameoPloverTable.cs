using System.Globalization;

namespace Parley.Events;

/// <summary>
/// The CAMEO → PLOVER conversion table (Schrodt, draft 0.8, 2021; CC BY-SA 4.0), shipped as
/// <c>data/events/cameo2plover.txt</c> and embedded. Rows are <c>CODE: TYPE, mode, context[; context] # text</c>;
/// two-digit header rows and CAMEO 01/02 (dropped by PLOVER) do not appear. Immutable and thread-safe.
/// </summary>
public sealed class CameoPloverTable
{
    /// <summary>Logical name of the embedded table.</summary>
    public const string ResourceName = "Parley.Events.cameo2plover.txt";

    private static readonly Lazy<CameoPloverTable> DefaultInstance = new(() =>
    {
        using var stream = typeof(CameoPloverTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    });

    private readonly Dictionary<string, CameoPloverEntry> _byCode;

    private CameoPloverTable(List<CameoPloverEntry> entries)
    {
        Entries = entries;
        _byCode = [];
        foreach (var e in entries)
            _byCode.TryAdd(e.Code, e); // the table lists 175 twice with the same mapping: first wins
    }

    /// <summary>The table embedded in Parley.</summary>
    public static CameoPloverTable Default => DefaultInstance.Value;

    /// <summary>Rows in file order.</summary>
    public IReadOnlyList<CameoPloverEntry> Entries { get; }

    /// <summary>The PLOVER mapping of a CAMEO code; a code not in the table is looked up by its parents ("0361" → "036").</summary>
    public CameoPloverEntry? Lookup(string code)
    {
        for (string c = code; c.Length >= 3; c = c[..^1])
        {
            if (_byCode.TryGetValue(c, out var e)) return e;
        }
        return null;
    }

    /// <summary>Reads the table; a row with an unknown PLOVER type throws <see cref="FormatException"/> naming the line.</summary>
    public static CameoPloverTable Parse(TextReader reader)
    {
        var entries = new List<CameoPloverEntry>();
        int lineNo = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNo++;
            string body = line.Trim();
            if (body.Length == 0 || body[0] == '#' || body.StartsWith('~')) continue;
            int colon = body.IndexOf(':');
            if (colon <= 0 || !body[..colon].All(char.IsAsciiDigit)) continue;
            string code = body[..colon];
            string rest = body[(colon + 1)..];
            string description = "";
            int hash = rest.IndexOf('#');
            if (hash >= 0)
            {
                description = rest[(hash + 1)..].Trim();
                rest = rest[..hash];
            }
            string[] fields = rest.Split(',');
            if (fields.Length < 2 || code.Length < 3) continue; // "04: CONSULT" section headers
            string typeName = fields[0].Trim();
            if (!PloverCodebook.TryParseType(typeName, out var type))
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"CAMEO→PLOVER table line {lineNo}: unknown PLOVER type '{typeName}'."));
            string mode = fields[1].Trim();
            var contexts = fields.Length > 2
                ? fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            entries.Add(new CameoPloverEntry(code, type, mode.Length == 0 ? null : mode, contexts, description));
        }
        return new CameoPloverTable(entries);
    }
}
