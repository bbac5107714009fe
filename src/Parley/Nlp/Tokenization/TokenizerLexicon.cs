using System.Reflection;

namespace Parley.Nlp.Tokenization;

/// <summary>
/// The word lists the tokenizer consults, compiled from the human-edited files in <c>data/lexicons/</c>
/// (embedded in the assembly). Built once; immutable and thread-safe. Lookups take character spans, so the
/// tokenizer never allocates a substring to ask.
/// </summary>
public sealed class TokenizerLexicon
{
    private readonly HashSet<string> _abbreviations;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviationLookup;
    private readonly HashSet<string> _hyphenPrefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _hyphenPrefixLookup;
    private readonly Dictionary<string, byte[]> _multiwords;
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _multiwordLookup;
    private readonly string[] _emoticons;
    private readonly HashSet<string> _units;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _unitLookup;
    private readonly HashSet<string> _itsContractionContexts;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _itsContractionLookup;

    public TokenizerLexicon(IEnumerable<string> abbreviations, IEnumerable<string> hyphenPrefixes, IEnumerable<(string Token, string[] Words)> multiwords, IEnumerable<string> emoticons, IEnumerable<string> units,
        IEnumerable<string>? itsContractionContexts = null)
    {
        _itsContractionContexts = new HashSet<string>((itsContractionContexts ?? []).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
        _itsContractionLookup = _itsContractionContexts.GetAlternateLookup<ReadOnlySpan<char>>();
        _abbreviations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in abbreviations)
        {
            _abbreviations.Add(a);
            if (a.Length > 0 && char.IsLower(a[0]))
                _abbreviations.Add(char.ToUpperInvariant(a[0]) + a[1..]);
            if (a.Length >= 4 && a.Count(char.IsLetter) >= 3)
                _abbreviations.Add(a.ToUpperInvariant()); // headlines and letterheads: LTD., CORP., ETC.
        }
        _abbreviationLookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _hyphenPrefixes = new HashSet<string>(hyphenPrefixes.Select(p => p.ToLowerInvariant()), StringComparer.Ordinal);
        _hyphenPrefixLookup = _hyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _multiwords = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (token, words) in multiwords)
        {
            if (string.Concat(words) != token)
                throw new ArgumentException($"Multi-word token '{token}': its words '{string.Join(' ', words)}' do not spell it.");
            if (token.Length > MaxListedLength)
                throw new ArgumentException($"Multi-word token '{token}' is longer than {MaxListedLength} characters.");
            _multiwords[token.ToLowerInvariant()] = words.Select(w => checked((byte)w.Length)).ToArray();
        }
        _multiwordLookup = _multiwords.GetAlternateLookup<ReadOnlySpan<char>>();
        _units = new HashSet<string>(units, StringComparer.Ordinal);
        _unitLookup = _units.GetAlternateLookup<ReadOnlySpan<char>>();
        _emoticons = [.. emoticons.Distinct().OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal)];
        MaxMultiwordLength = _multiwords.Count == 0 ? 0 : _multiwords.Keys.Max(k => k.Length);
        MaxEmoticonLength = _emoticons.Length == 0 ? 0 : _emoticons[0].Length;
    }

    internal const int MaxListedLength = 32;

    /// <summary>The longest listed multi-word token: longer tokens are not looked up.</summary>
    internal int MaxMultiwordLength { get; }

    /// <summary>The longest emoticon: longer chunks are not looked up.</summary>
    internal int MaxEmoticonLength { get; }

    /// <summary>The lexicon compiled from <c>data/lexicons/</c>.</summary>
    public static TokenizerLexicon Default { get; } = LoadEmbedded();

    public int AbbreviationCount => _abbreviations.Count;
    public int MultiwordCount => _multiwords.Count;

    /// <summary>True when <paramref name="form"/> (with its final period) is a listed abbreviation.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> form) => _abbreviationLookup.Contains(form);

    /// <summary>True when a bare <c>its</c> before this word (already lower-cased) is the contraction <c>it's</c>
    /// (<c>tokenizer-its-contraction.txt</c>).</summary>
    internal bool IsItsContractionContext(ReadOnlySpan<char> lowerWord) => _itsContractionLookup.Contains(lowerWord);

    /// <summary>True when a prefix (already lower-cased) stays attached across a hyphen.</summary>
    internal bool IsHyphenPrefix(ReadOnlySpan<char> lowerPrefix) => _hyphenPrefixLookup.Contains(lowerPrefix);

    /// <summary>True when a suffix is a unit split from the number before it (case-sensitive).</summary>
    internal bool IsUnit(ReadOnlySpan<char> suffix) => _unitLookup.Contains(suffix);

    /// <summary>The word lengths of a listed multi-word token (key lower-cased), or null.</summary>
    internal byte[]? MultiwordSplit(ReadOnlySpan<char> lowerToken) =>
        _multiwordLookup.TryGetValue(lowerToken, out var split) ? split : null;

    /// <summary>The length of the longest emoticon the text starts with, or 0.</summary>
    internal int EmoticonAt(ReadOnlySpan<char> text)
    {
        foreach (var e in _emoticons)
            if (text.StartsWith(e, StringComparison.Ordinal))
                return e.Length;
        return 0;
    }

    internal static TokenizerLexicon LoadEmbedded() => new(
        Lines("abbreviations.txt"),
        Lines("tokenizer-hyphen-prefixes.txt"),
        Lines("tokenizer-multiword-tokens.txt").Select(ParseMultiword),
        Lines("tokenizer-emoticons.txt"),
        Lines("tokenizer-units.txt"),
        Lines("tokenizer-its-contraction.txt"));

    private static (string, string[]) ParseMultiword(string line)
    {
        int tab = line.IndexOf('\t');
        if (tab <= 0)
            throw new FormatException($"tokenizer-multiword-tokens.txt: expected 'token<TAB>words', got '{line}'.");
        return (line[..tab], line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Non-empty lines of an embedded lexicon, without comments and trailing space. A '#' only starts
    /// a comment at the start of a line or after whitespace, so entries such as <c>#</c>-free emoticons survive.</summary>
    private static IEnumerable<string> Lines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Parley.Lexicons." + name)
            ?? throw new InvalidOperationException($"Embedded lexicon '{name}' is missing (data/lexicons/{name}).");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith('#')) continue;
            int hash = line.IndexOf(" #", StringComparison.Ordinal);
            if (hash >= 0) line = line[..hash];
            line = line.TrimEnd();
            if (line.Length > 0) lines.Add(line);
        }
        return lines;
    }
}
