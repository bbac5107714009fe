using System.IO.Compression;
using System.Text;

namespace Parley.Nlp.Entities;

/// <summary>
/// Distributional word classes learned from unlabelled text (<see cref="UnlabeledText"/>) for the entity tagger: each
/// word seen at least <see cref="MinCount"/> times (case kept) gets one of <see cref="Classes"/> classes from the exchange
/// algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998), which maximises the likelihood of a class bigram
/// model; and each lower-cased word gets a bucket of how often it is capitalised away from the start of a sentence.
/// Built deterministically (<c>parley build-clusters</c>) into <c>models/ner/word-clusters.tsv.gz</c>.
/// </summary>
public sealed class WordClusters
{
    public const string FileName = "word-clusters.tsv.gz";
    public const int Classes = 128;
    public const int MinCount = 3;
    public const int Iterations = 12;

    private readonly Dictionary<string, int> _class;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _classLookup;
    private readonly Dictionary<string, int> _cap;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _capLookup;

    private WordClusters(Dictionary<string, int> classes, Dictionary<string, int> cap)
    {
        _class = classes;
        _classLookup = classes.GetAlternateLookup<ReadOnlySpan<char>>();
        _cap = cap;
        _capLookup = cap.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordClusters Empty { get; } = new(new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    public int Count => _class.Count;

    /// <summary>The word's class (1-based), or 0 when it was too rare in the unlabelled text.</summary>
    public int ClassOf(ReadOnlySpan<char> word) => _classLookup.TryGetValue(word, out int c) ? c : 0;

    /// <summary>
    /// How often the lower-cased word is capitalised inside a sentence: 0 unseen, 1 never, 2 under 10 %, 3 10–50 %,
    /// 4 50–90 %, 5 over 90 % (but not always), 6 always.
    /// </summary>
    public int CapitalisedBucket(ReadOnlySpan<char> lowerWord) => _capLookup.TryGetValue(lowerWord, out int c) ? c : 0;

    /// <summary>Learns the classes from tokenized sentences; deterministic for a given input.</summary>
    public static WordClusters Build(IReadOnlyList<string[]> sentences, Action<string>? progress = null)
    {
        // Capitalisation away from the sentence start, per lower-cased word.
        var capCounts = new Dictionary<string, (int Cap, int All)>(StringComparer.Ordinal);
        foreach (var s in sentences)
            for (int i = 1; i < s.Length; i++)
            {
                string w = s[i];
                if (w.Length == 0 || !char.IsLetter(w[0])) continue;
                string lower = w.ToLowerInvariant();
                var (cap, all) = capCounts.GetValueOrDefault(lower);
                capCounts[lower] = (cap + (char.IsUpper(w[0]) ? 1 : 0), all + 1);
            }
        var capBucket = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (w, (cap, all)) in capCounts)
        {
            if (all < 2) continue;
            double r = (double)cap / all;
            capBucket[w] = cap == 0 ? 1 : cap == all ? 6 : r < 0.1 ? 2 : r < 0.5 ? 3 : r < 0.9 ? 4 : 5;
        }

        // Vocabulary: words seen MinCount times, most frequent first (ties ordinal); the rest share one id.
        var counts = sentences.SelectMany(s => s).CountBy(w => w).Where(kv => kv.Value >= MinCount)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        var id = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < counts.Length; i++) id[counts[i].Key] = i;
        int v = counts.Length + 2; // + <rare>, + sentence boundary
        int rare = counts.Length, boundary = counts.Length + 1;
        var bigrams = new Dictionary<long, int>();
        var unigram = new long[v];
        foreach (var s in sentences)
        {
            int prev = boundary;
            unigram[boundary]++;
            foreach (string w in s)
            {
                int cur = id.TryGetValue(w, out int k) ? k : rare;
                unigram[cur]++;
                long key = (long)prev * v + cur;
                bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
                prev = cur;
            }
            long end = (long)prev * v + boundary;
            bigrams[end] = bigrams.GetValueOrDefault(end) + 1;
        }
        // Adjacency lists: right neighbours and left neighbours of each word with counts.
        var right = new List<(int W, int N)>[v];
        var left = new List<(int W, int N)>[v];
        for (int i = 0; i < v; i++) { right[i] = []; left[i] = []; }
        foreach (var (key, n) in bigrams.OrderBy(kv => kv.Key))
        {
            int a = (int)(key / v), b = (int)(key % v);
            right[a].Add((b, n));
            left[b].Add((a, n));
        }
        int c = Classes;
        var cls = new int[v];
        for (int i = 0; i < counts.Length; i++) cls[i] = i % (c - 2);
        cls[rare] = c - 1; cls[boundary] = c - 2;
        var nb = new double[c * c];
        var nc = new double[c];
        for (int a = 0; a < v; a++)
        {
            nc[cls[a]] += unigram[a];
            foreach (var (b, n) in right[a]) nb[cls[a] * c + cls[b]] += n;
        }
        static double F(double x) => x > 0 ? x * Math.Log(x) : 0;
        var rw = new double[c];
        var lw = new double[c];
        var touchedR = new List<int>();
        var touchedL = new List<int>();
        for (int it = 0; it < Iterations; it++)
        {
            int moved = 0;
            for (int w = 0; w < counts.Length; w++)
            {
                int from = cls[w];
                touchedR.Clear(); touchedL.Clear();
                double self = 0;
                foreach (var (b, n) in right[w])
                {
                    if (b == w) { self += n; continue; }
                    int d = cls[b];
                    if (rw[d] == 0) touchedR.Add(d);
                    rw[d] += n;
                }
                foreach (var (a, n) in left[w])
                {
                    if (a == w) continue;
                    int d = cls[a];
                    if (lw[d] == 0) touchedL.Add(d);
                    lw[d] += n;
                }
                // Take w out of its class.
                foreach (int d in touchedR) nb[from * c + d] -= rw[d];
                foreach (int d in touchedL) nb[d * c + from] -= lw[d];
                nb[from * c + from] -= self;
                nc[from] -= unigram[w];
                int best = from;
                double bestGain = double.NegativeInfinity;
                for (int k = 0; k < c - 2; k++)
                {
                    double gain = 0;
                    foreach (int d in touchedR) { double x = nb[k * c + d]; gain += F(x + rw[d]) - F(x); }
                    foreach (int d in touchedL) { double x = nb[d * c + k]; gain += F(x + lw[d]) - F(x); }
                    if (self > 0) { double x = nb[k * c + k]; gain += F(x + self) - F(x); }
                    gain -= 2 * (F(nc[k] + unigram[w]) - F(nc[k]));
                    if (gain > bestGain + 1e-9) { bestGain = gain; best = k; }
                }
                foreach (int d in touchedR) nb[best * c + d] += rw[d];
                foreach (int d in touchedL) nb[d * c + best] += lw[d];
                nb[best * c + best] += self;
                nc[best] += unigram[w];
                if (best != from) moved++;
                cls[w] = best;
                foreach (int d in touchedR) rw[d] = 0;
                foreach (int d in touchedL) lw[d] = 0;
            }
            progress?.Invoke($"exchange iteration {it + 1}/{Iterations}: {moved} of {counts.Length} words moved");
            if (moved == 0) break;
        }
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int w = 0; w < counts.Length; w++) classes[counts[w].Key] = cls[w] + 1;
        return new WordClusters(classes, capBucket);
    }

    /// <summary>Writes "word TAB class" lines (most frequent first), then "#cap" and "lower-cased word TAB bucket" lines in ordinal order, gzipped.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (w, k) in _class.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)) writer.WriteLine($"{w}\t{k}");
        writer.WriteLine("#cap");
        foreach (var (w, k) in _cap.OrderBy(kv => kv.Key, StringComparer.Ordinal)) writer.WriteLine($"{w}\t{k}");
    }

    public static WordClusters Load(string path)
    {
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        var cap = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, value, isCap) in ReadEntries(path)) (isCap ? cap : classes)[word] = value;
        return new WordClusters(classes, cap);
    }

    /// <summary>
    /// The entries of a word-clusters file (<see cref="Save"/>) in file order: each word with its class
    /// (<c>Cap</c> false), then, after the "#cap" line, each lower-cased word with its capitalisation bucket (<c>Cap</c> true).
    /// The one reader of the format; the tagger and the parser copy their classes from it.
    /// </summary>
    internal static IEnumerable<(string Word, int Value, bool Cap)> ReadEntries(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        bool inCap = false;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            if (line == "#cap") { inCap = true; continue; }
            int tab = line.LastIndexOf('\t');
            if (tab <= 0) continue;
            yield return (line[..tab], int.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture), inCap);
        }
    }

    private static readonly Lazy<WordClusters> DefaultInstance = new(() =>
    {
        string? root = Parley.Nlp.Learning.ModelPaths.Root();
        string? path = root is null ? null : Path.Combine(root, "ner", FileName);
        return path is not null && File.Exists(path) ? Load(path) : Empty;
    });

    /// <summary>The shipped classes (<c>models/ner/word-clusters.tsv.gz</c>), or none when the file is missing.</summary>
    public static WordClusters Default => DefaultInstance.Value;
}
