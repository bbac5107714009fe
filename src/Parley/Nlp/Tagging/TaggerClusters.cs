using Parley.Nlp.Learning;

namespace Parley.Nlp.Tagging;

/// <summary>
/// Distributional word classes for the tagger's features: each word of the unlabelled-text vocabulary has one of the
/// 128 exchange-algorithm classes of <c>models/ner/word-clusters.tsv.gz</c>, and each lower-cased word a bucket of how
/// often it is capitalised inside a sentence (the file's "#cap" section). Both are copied into the tagger file (tagger
/// format v5), so the tagger does not depend on the entity resources. A word is looked up as written, then
/// lower-cased; unknown words get class 0 and bucket 0.
/// </summary>
public sealed class TaggerClusters
{
    private readonly string[] _words;
    private readonly byte[] _classes;
    private readonly string[] _capWords;
    private readonly byte[] _capBuckets;
    // One look-up per word in the common case: keyed by the tagger's own word hashes (FeatureHash.Chars), each word of
    // the class vocabulary as written → (its class, the bucket of its lower-cased form), and each lower-cased word with
    // a bucket but no class → (0, bucket). A word found as written needs nothing more; otherwise its lower-cased form's
    // entry holds the class of the lower-cased word (if it has one) and the bucket.
    private readonly Dictionary<ulong, (byte Class, byte Cap)> _byHash;

    private TaggerClusters(string[] words, byte[] classes, string[] capWords, byte[] capBuckets)
    {
        _words = words;
        _classes = classes;
        _capWords = capWords;
        _capBuckets = capBuckets;
        var cap = new Dictionary<string, byte>(capWords.Length, StringComparer.Ordinal);
        for (int i = 0; i < capWords.Length; i++) cap[capWords[i]] = capBuckets[i];
        _byHash = new Dictionary<ulong, (byte, byte)>(words.Length + capWords.Length);
        for (int i = 0; i < words.Length; i++)
            _byHash[FeatureHash.Chars(words[i], false)] = (classes[i], cap.GetValueOrDefault(words[i].ToLowerInvariant()));
        for (int i = 0; i < capWords.Length; i++)
            _byHash.TryAdd(FeatureHash.Chars(capWords[i], true), (0, capBuckets[i]));
    }

    public int Count => _words.Length;

    /// <summary>
    /// The word's class (1–255; else its lower-cased form's; else 0) and the capitalisation bucket of its lower-cased
    /// form (0 unseen, 1 never … 6 always capitalised inside a sentence).
    /// </summary>
    public (int Class, int Cap) Lookup(ReadOnlySpan<char> word) => Lookup(FeatureHash.Chars(word, false), FeatureHash.Chars(word, true));

    /// <summary>The same from the word's hashes as written and lower-cased (<see cref="FeatureHash.Chars"/>).</summary>
    internal (int Class, int Cap) Lookup(ulong exactHash, ulong lowerHash) =>
        _byHash.TryGetValue(exactHash, out var v) || _byHash.TryGetValue(lowerHash, out v) ? (v.Class, v.Cap) : (0, 0);

    /// <summary>Reads a word-clusters file (<c>word-clusters.tsv.gz</c>): "word TAB class" lines, then "#cap" and "lower-cased word TAB bucket" lines.</summary>
    public static TaggerClusters FromClustersFile(string path)
    {
        var words = new List<string>();
        var classes = new List<byte>();
        var capWords = new List<string>();
        var caps = new List<byte>();
        foreach (var (word, c, inCap) in Parley.Nlp.Entities.WordClusters.ReadEntries(path))
        {
            if (c is < 0 or > 255) throw new InvalidDataException($"value {c} out of range in {path}");
            (inCap ? capWords : words).Add(word);
            (inCap ? caps : classes).Add((byte)c);
        }
        return new TaggerClusters([.. words], [.. classes], [.. capWords], [.. caps]);
    }

    internal void Write(BinaryWriter w)
    {
        Write(w, _words, _classes);
        Write(w, _capWords, _capBuckets);
    }

    private static void Write(BinaryWriter w, string[] words, byte[] values)
    {
        w.Write(words.Length);
        foreach (string s in words) w.Write(s);
        w.Write(values);
    }

    internal static TaggerClusters Read(BinaryReader r)
    {
        var (words, classes) = ReadPart(r);
        var (capWords, caps) = ReadPart(r);
        return new TaggerClusters(words, classes, capWords, caps);
    }

    private static (string[], byte[]) ReadPart(BinaryReader r)
    {
        int n = r.ReadInt32();
        var words = new string[n];
        for (int i = 0; i < n; i++) words[i] = r.ReadString();
        return (words, r.ReadBytes(n));
    }
}
