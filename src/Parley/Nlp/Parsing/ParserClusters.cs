namespace Parley.Nlp.Parsing;

/// <summary>
/// Distributional word classes for the parser's features (Koo, Carreras &amp; Collins 2008): each word of the
/// unlabelled-text vocabulary has one of 128 classes (the exchange-algorithm classes of
/// <c>models/ner/word-clusters.tsv.gz</c>, copied into the parser file so the parser does not depend on the entity
/// resources). A word is looked up as written, then lower-cased; unknown words get class 0.
/// </summary>
public sealed class ParserClusters
{
    private readonly string[] _words;
    private readonly byte[] _classes;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private ParserClusters(string[] words, byte[] classes)
    {
        _words = words;
        _classes = classes;
        var map = new Dictionary<string, byte>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++) map[words[i]] = classes[i];
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Length;

    /// <summary>The word's class (1–255), else its lower-cased form's, else 0.</summary>
    public int ClassOf(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out byte c)) return c;
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return !lower.SequenceEqual(word) && _lookup.TryGetValue(lower, out c) ? c : 0;
    }

    /// <summary>Reads the "word TAB class" lines of a word-clusters file (<c>word-clusters.tsv.gz</c>), up to its "#cap" section.</summary>
    public static ParserClusters FromClustersFile(string path)
    {
        var words = new List<string>();
        var classes = new List<byte>();
        foreach (var (word, c, cap) in Parley.Nlp.Entities.WordClusters.ReadEntries(path))
        {
            if (cap) break;
            if (c is < 1 or > 255) throw new InvalidDataException($"word class {c} out of range in {path}");
            words.Add(word);
            classes.Add((byte)c);
        }
        return new ParserClusters([.. words], [.. classes]);
    }

    internal void Write(BinaryWriter w)
    {
        w.Write(_words.Length);
        foreach (string s in _words) w.Write(s);
        w.Write(_classes);
    }

    internal static ParserClusters Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var words = new string[n];
        for (int i = 0; i < n; i++) words[i] = r.ReadString();
        return new ParserClusters(words, r.ReadBytes(n));
    }
}
