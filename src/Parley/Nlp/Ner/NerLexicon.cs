namespace Parley.Nlp.Entities;

/// <summary>
/// A learned entity lexicon (self-training; cf. Ratinov &amp; Roth 2009's "extended prediction history" over a large
/// corpus): for each capitalised word that the first stage of the entity tagger met often enough in unlabelled text, the
/// type it gave that word most often there (O counted) and how clearly. The second stage reads it as a feature, so a
/// word that is mostly an organisation in the whole corpus ("… spoke for Halvorsen", a firm named in a thousand other
/// sentences) brings that evidence to a sentence that lacks it. Computed at training time from the text the word classes
/// use minus the training sentences, deterministically; case-sensitive; immutable once built.
/// </summary>
internal sealed class NerLexicon
{
    /// <summary>A capitalised word must occur this often in the unlabelled text to have an entry.</summary>
    public const int MinCount = 3;
    /// <summary>Code of a word without an entry (and of a lower-case word).</summary>
    public const byte Unknown = 0;

    private readonly Dictionary<string, byte> _codes;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NerLexicon(Dictionary<string, byte> codes)
    {
        _codes = codes;
        _lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _codes.Count;

    /// <summary>The word's code: 0 when it has no entry, else 1 + 3 × type (0 = O, 1 + the entity type) + clarity (0: under 60 % of its occurrences, 1: under 90 %, 2: more).</summary>
    public byte CodeOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out byte c) ? c : Unknown;

    /// <summary>
    /// Counts the types that <paramref name="tagger"/>'s first stage gives every capitalised word of
    /// <paramref name="sentences"/> (with their tagger UPOS in <paramref name="upos"/>) and keeps the words seen
    /// <see cref="MinCount"/> times or more.
    /// </summary>
    public static NerLexicon Build(EntityTagger tagger, IReadOnlyList<string[]> sentences, IReadOnlyList<string[]> upos)
    {
        int types = tagger.Types.Count;
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            if (words.Length == 0) continue;
            var labels = tagger.FirstStageLabels(words, upos[s]);
            for (int i = 0; i < words.Length; i++)
            {
                if (!IsCapitalised(words[i])) continue;
                if (!counts.TryGetValue(words[i], out var c)) counts[words[i]] = c = new int[types + 1];
                c[StackInfo.TypeOf(labels[i])]++;
            }
        }
        var codes = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (word, c) in counts)
        {
            int total = c.Sum();
            if (total < MinCount) continue;
            int best = 0;
            for (int t = 1; t <= types; t++)
                if (c[t] > c[best]) best = t;
            double share = (double)c[best] / total;
            int clarity = share >= 0.9 ? 2 : share >= 0.6 ? 1 : 0;
            codes[word] = (byte)(1 + 3 * best + clarity);
        }
        return new NerLexicon(codes);
    }

    public void Write(BinaryWriter w)
    {
        var words = _codes.Keys.Order(StringComparer.Ordinal).ToArray();
        w.Write(words.Length);
        foreach (var word in words)
        {
            w.Write(word);
            w.Write(_codes[word]);
        }
    }

    public static NerLexicon Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0) throw new InvalidDataException($"Bad entity-lexicon size {n}.");
        var codes = new Dictionary<string, byte>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            string word = r.ReadString();
            codes[word] = r.ReadByte();
        }
        return new NerLexicon(codes);
    }

    private static bool IsCapitalised(string w) => w.Length > 0 && char.IsUpper(w[0]);
}
