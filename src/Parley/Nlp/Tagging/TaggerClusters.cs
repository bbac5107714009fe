using System.IO.Compression;
using System.Text;

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
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _class;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _cap;

    private TaggerClusters(string[] words, byte[] classes, string[] capWords, byte[] capBuckets)
    {
        _words = words;
        _classes = classes;
        _capWords = capWords;
        _capBuckets = capBuckets;
        _class = Map(words, classes).GetAlternateLookup<ReadOnlySpan<char>>();
        _cap = Map(capWords, capBuckets).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static Dictionary<string, byte> Map(string[] words, byte[] values)
    {
        var map = new Dictionary<string, byte>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++) map[words[i]] = values[i];
        return map;
    }

    public int Count => _words.Length;

    /// <summary>The word's class (1–255) and capitalisation bucket (0 unseen, 1 never … 6 always capitalised inside a sentence).</summary>
    public (int Class, int Cap) Lookup(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (!_class.TryGetValue(word, out byte c) && !lower.SequenceEqual(word)) _class.TryGetValue(lower, out c);
        _cap.TryGetValue(lower, out byte cap);
        return (c, cap);
    }

    /// <summary>Reads a word-clusters file (<c>word-clusters.tsv.gz</c>): "word TAB class" lines, then "#cap" and "lower-cased word TAB bucket" lines.</summary>
    public static TaggerClusters FromClustersFile(string path)
    {
        var words = new List<string>();
        var classes = new List<byte>();
        var capWords = new List<string>();
        var caps = new List<byte>();
        bool inCap = false;
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            if (line == "#cap") { inCap = true; continue; }
            int tab = line.LastIndexOf('\t');
            if (tab <= 0) continue;
            int c = int.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
            if (c is < 0 or > 255) throw new InvalidDataException($"value {c} out of range in {path}");
            (inCap ? capWords : words).Add(line[..tab]);
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
