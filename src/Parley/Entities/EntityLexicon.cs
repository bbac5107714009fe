namespace Parley.Entities;

/// <summary>
/// The human-edited entity lexicons of <c>data/entities/</c>: titles and role nouns (→ sector and office kind), metonyms
/// (→ country and sector), world regions, and extra country names/adjectives. Parsed once; validated on read.
/// </summary>
public sealed class EntityLexicon
{
    public sealed record Title(string Phrase, string? Sector, string Kind)
    {
        public bool IsGroup => Kind == "group";
        public bool IsOffice => Kind is not ("person" or "group");
    }

    public sealed record Metonym(string Phrase, string Country, string? Sector, string Name);

    public sealed record Region(string Name, int GeonameId, double Lat, double Lon);

    public sealed record CountryName(string Phrase, string Iso3);

    public required IReadOnlyList<Title> Titles { get; init; }
    public required IReadOnlyList<Metonym> Metonyms { get; init; }
    public required IReadOnlyList<Region> Regions { get; init; }
    public required IReadOnlyList<CountryName> CountryNames { get; init; }

    /// <summary>The office kind a role text names ("Minister of Foreign Affairs" → foreign-minister), by its longest title; null if none.</summary>
    public string? OfficeKind(string? role)
    {
        if (string.IsNullOrEmpty(role)) return null;
        // Thousands of knowledge-base offices share a few hundred role texts: each is worked out once.
        if (_officeKinds.TryGetValue(role, out var cached)) return cached;
        string key = " " + string.Join(' ', WordKeys(role)) + " ";
        Title? best = null;
        foreach (var (t, tk) in OfficeTitleKeys)
            if (key.Contains(tk, StringComparison.Ordinal) && (best is null || tk.Length > best.Phrase.Length + 2)) best = t;
        return _officeKinds[role] = best?.Kind;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _officeKinds = new(StringComparer.Ordinal);
    private (Title Title, string Key)[]? _officeTitleKeys;

    /// <summary>Each office title with its key padded by spaces (" secretary of state "), in lexicon order.</summary>
    private (Title Title, string Key)[] OfficeTitleKeys => _officeTitleKeys ??=
        [.. Titles.Where(t => t.IsOffice).Select(t => (t, " " + string.Join(' ', WordKeys(t.Phrase)) + " "))];

    private static IEnumerable<string> WordKeys(string phrase) =>
        EntityTokenizer.Tokenize(phrase, [new Documents.Span(0, phrase.Length)]).Where(t => t.IsWord).Select(t => t.Key);

    public static EntityLexicon Parse(string titles, string metonyms, string regions, string demonyms) => new()
    {
        Titles = Rows(titles, 3, "titles").Select(r => new Title(r[0], r[1] == "-" ? null : r[1], r[2])).ToList(),
        Metonyms = Rows(metonyms, 4, "metonyms").Select(r => new Metonym(r[0], r[1], r[2] == "-" ? null : r[2], r[3])).ToList(),
        Regions = Rows(regions, 4, "regions").Select(r => new Region(r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture))).ToList(),
        CountryNames = Rows(demonyms, 2, "demonyms").Select(r => new CountryName(r[0], r[1])).ToList(),
    };

    private static IEnumerable<string[]> Rows(string text, int fields, string name)
    {
        int n = 0;
        foreach (string raw in text.Split('\n'))
        {
            n++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length != fields || cells.Any(c => c.Length == 0))
                throw new InvalidDataException($"data/entities/{name}.txt line {n}: expected {fields} non-empty fields separated by '|'");
            yield return cells;
        }
    }
}
