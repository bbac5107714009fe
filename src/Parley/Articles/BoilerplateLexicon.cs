namespace Parley.Articles;

/// <summary>
/// Web-furniture phrases ("Leave a comment", "Share | Tweet", "If you see a spelling error…") compiled
/// from the human-edited <c>data/lexicons/boilerplate.txt</c>, which is embedded in the assembly.
/// A phrase matches a whole line; a phrase written with a trailing <c>*</c> matches the start of a short line.
/// Immutable once built and safe to share between threads.
/// </summary>
public sealed class BoilerplateLexicon
{
    /// <summary>Logical name of the embedded lexicon resource.</summary>
    public const string ResourceName = "Parley.Lexicons.boilerplate.txt";

    /// <summary>Lines longer than this are article prose, never furniture; checking them would only cost time.</summary>
    public const int MaxLineLength = 160;

    private static readonly Lazy<BoilerplateLexicon> DefaultInstance = new(LoadEmbedded);

    private readonly HashSet<string> _exact;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly string[] _prefixes;

    private BoilerplateLexicon(HashSet<string> exact, string[] prefixes)
    {
        _exact = exact;
        _exactLookup = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes;
    }

    /// <summary>The lexicon embedded in Parley, loaded once.</summary>
    public static BoilerplateLexicon Default => DefaultInstance.Value;

    /// <summary>Number of whole-line phrases.</summary>
    public int PhraseCount => _exact.Count;

    /// <summary>Number of line-start phrases.</summary>
    public int PrefixCount => _prefixes.Length;

    /// <summary>
    /// Reads a lexicon in the <c>boilerplate.txt</c> format. A phrase that normalises to nothing, or one
    /// listed twice, is a broken lexicon and throws <see cref="FormatException"/> naming the line.
    /// </summary>
    public static BoilerplateLexicon Parse(TextReader reader)
    {
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        Span<char> buffer = stackalloc char[MaxLineLength];
        int lineNo = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNo++;
            var entry = line.AsSpan().Trim();
            if (entry.IsEmpty || entry[0] == '#') continue;
            bool prefix = entry[^1] == '*';
            if (prefix) entry = entry[..^1];
            if (entry.Length > MaxLineLength)
                throw new FormatException($"Boilerplate lexicon line {lineNo}: phrase longer than {MaxLineLength} characters.");
            var norm = Normalize(entry, buffer);
            if (norm.IsEmpty)
                throw new FormatException($"Boilerplate lexicon line {lineNo}: '{line}' has no letters.");
            string phrase = norm.ToString();
            bool added = prefix ? !prefixes.Contains(phrase) : exact.Add(phrase);
            if (!added)
                throw new FormatException($"Boilerplate lexicon line {lineNo}: '{line}' is listed twice.");
            if (prefix) prefixes.Add(phrase);
        }
        return new BoilerplateLexicon(exact, [.. prefixes]);
    }

    /// <summary>
    /// The phrase that makes <paramref name="line"/> furniture (as listed, a prefix phrase ending in <c>*</c>),
    /// or null when the line is not in the lexicon.
    /// </summary>
    public string? Match(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || line.Length > MaxLineLength) return null;
        Span<char> buffer = stackalloc char[MaxLineLength];
        var norm = Normalize(line, buffer);
        if (norm.IsEmpty) return null;
        if (_exactLookup.TryGetValue(norm, out string? phrase)) return phrase;
        foreach (string prefix in _prefixes)
        {
            if (norm.StartsWith(prefix, StringComparison.Ordinal)
                && (norm.Length == prefix.Length || !char.IsLetterOrDigit(norm[prefix.Length])))
                return prefix + "*";
        }
        return MatchList(line);
    }

    /// <summary>A line such as <c>Share | Tweet | E-mail</c>: every part a whole-line phrase.</summary>
    private string? MatchList(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny("|•·/") < 0) return null;
        Span<char> buffer = stackalloc char[MaxLineLength];
        string? first = null;
        int parts = 0;
        foreach (var range in line.SplitAny("|•·/"))
        {
            var part = line[range].Trim();
            if (part.IsEmpty) continue;
            var norm = Normalize(part, buffer);
            if (norm.IsEmpty || !_exactLookup.TryGetValue(norm, out string? phrase)) return null;
            first ??= phrase;
            parts++;
        }
        return parts >= 2 ? first + " | …" : null;
    }

    /// <summary>
    /// Lower-cases, folds typographic quotes and dashes to ASCII, collapses whitespace and trims everything
    /// that is not a letter from both ends ("» Leave a comment (3)" → "leave a comment").
    /// </summary>
    internal static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text, Span<char> buffer)
    {
        int start = 0, end = text.Length;
        while (start < end && !char.IsLetter(text[start])) start++;
        while (end > start && !char.IsLetter(text[end - 1])) end--;
        int n = 0;
        bool space = false;
        for (int i = start; i < end && n < buffer.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && n > 0) buffer[n++] = ' ';
            space = false;
            if (n >= buffer.Length) break;
            buffer[n++] = c switch
            {
                '\u2018' or '\u2019' or '`' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }
        return buffer[..n];
    }

    private static BoilerplateLexicon LoadEmbedded()
    {
        using var stream = typeof(BoilerplateLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing from {typeof(BoilerplateLexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
