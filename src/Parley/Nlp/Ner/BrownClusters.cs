using System.IO.Compression;
using System.Text;

namespace Parley.Nlp.Entities;

/// <summary>
/// Hierarchical word clusters (Brown et al. 1992) learned from unlabelled text (<see cref="UnlabeledText"/>): every word
/// seen at least <see cref="MinCount"/> times (case kept) gets a bit string, its path in a binary merge tree built by
/// greedily merging the two clusters whose merge loses the least class-bigram mutual information. Words enter in
/// frequency order through a window of <see cref="DefaultWindow"/> active clusters (Liang 2005): each new word becomes a
/// cluster of its own, then the cheapest pair of the C + 1 is merged; when no word is left the window is merged down to one
/// cluster. Prefixes of the path are coarser clusters, the NER features of Ratinov and Roth (2009) and Turian et al.
/// (2010). Deterministic for a given input; built by <c>parley train --only brown</c> into
/// <c>models/ner/brown-clusters.tsv.gz</c>.
/// </summary>
public sealed class BrownClusters
{
    public const string FileName = "brown-clusters.tsv.gz";
    public const int DefaultWindow = 256;
    public const int MinCount = 3;
    /// <summary>Bits of the path kept in memory (the features read prefixes up to 20).</summary>
    private const int KeptBits = 32;

    /// <summary>Per word: 1 followed by the first (up to <see cref="KeptBits"/>) bits of its path.</summary>
    private readonly Dictionary<string, ulong> _code;
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<(string Word, string Path)> _paths;

    private BrownClusters(List<(string Word, string Path)> paths)
    {
        _paths = paths;
        _code = new Dictionary<string, ulong>(paths.Count, StringComparer.Ordinal);
        foreach (var (w, p) in paths)
        {
            ulong code = 1;
            for (int i = 0; i < Math.Min(p.Length, KeptBits); i++) code = code << 1 | (p[i] == '1' ? 1UL : 0UL);
            _code[w] = code;
        }
        _lookup = _code.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static BrownClusters Empty { get; } = new([]);

    public int Count => _code.Count;

    /// <summary>The word's path code (a leading 1, then its bits), trying the word as written and then in lower case; 0 when unknown.</summary>
    public ulong CodeOf(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out ulong c)) return c;
        if (word.Length == 0 || word.Length > 64 || !char.IsUpper(word[0])) return 0;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _lookup.TryGetValue(lower, out c) ? c : 0;
    }

    /// <summary>The first <paramref name="length"/> bits of a path code (the whole path when it is shorter), still with its leading 1; 0 stays 0.</summary>
    public static ulong Prefix(ulong code, int length)
    {
        if (code == 0) return 0;
        int bits = 63 - System.Numerics.BitOperations.LeadingZeroCount(code);
        return bits <= length ? code : code >> (bits - length);
    }

    /// <summary>The path of a word as a bit string, or null.</summary>
    public string? PathOf(string word) => _paths.FirstOrDefault(p => p.Word == word).Path;

    /// <summary>Learns the merge tree from tokenized sentences with a window of <paramref name="window"/> clusters; deterministic.</summary>
    public static BrownClusters Build(IReadOnlyList<string[]> sentences, int window = DefaultWindow, Action<string>? progress = null)
    {
        var counts = sentences.SelectMany(s => s).CountBy(w => w).Where(kv => kv.Value >= MinCount)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        var id = new Dictionary<string, int>(counts.Length, StringComparer.Ordinal);
        for (int i = 0; i < counts.Length; i++) id[counts[i].Key] = i;
        int v = counts.Length, rare = v, boundary = v + 1;
        var unigram = new long[v + 2];
        var bigrams = new Dictionary<long, int>();
        long total = 0;
        void Count(int a, int b)
        {
            long key = (long)a * (v + 2) + b;
            bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
            total++;
        }
        foreach (var s in sentences)
        {
            if (s.Length == 0) continue;
            int prev = boundary;
            unigram[boundary]++;
            foreach (string w in s)
            {
                int cur = id.TryGetValue(w, out int k) ? k : rare;
                unigram[cur]++;
                Count(prev, cur);
                prev = cur;
            }
            Count(prev, boundary);
        }
        var right = new List<(int W, int N)>[v + 2];
        var left = new List<(int W, int N)>[v + 2];
        for (int i = 0; i < v + 2; i++) { right[i] = []; left[i] = []; }
        foreach (var (key, n) in bigrams.OrderBy(kv => kv.Key))
        {
            int a = (int)(key / (v + 2)), b = (int)(key % (v + 2));
            right[a].Add((b, n));
            if (a != b) left[b].Add((a, n));
        }
        progress?.Invoke($"brown: {v} words seen {MinCount}+ times, {total} bigrams, window {window}");
        var (merges, leafOf) = new Window(window, unigram, total, rare, boundary).Run(v, right, left, progress);
        // The merge tree: nodes 0..v-1 are the words, node v + k is the k-th merge; child 0 is the cluster of the lower
        // slot. As in Liang's paths, a word's path is that of the window cluster it belonged to once every word was
        // placed: the words merged into a cluster before then share its path (at most C distinct paths).
        var leafPath = new Dictionary<int, string>();
        var leaves = leafOf.ToHashSet();
        if (merges.Count > 0 && leaves.Count > 1)
        {
            var stack = new Stack<(int Node, string Path)>();
            stack.Push((v + merges.Count - 1, ""));
            while (stack.Count > 0)
            {
                var (node, path) = stack.Pop();
                if (leaves.Contains(node)) { leafPath[node] = path; continue; }
                if (node < v) continue;
                var (a, b) = merges[node - v];
                stack.Push((b, path + "1"));
                stack.Push((a, path + "0"));
            }
        }
        return new BrownClusters([.. counts.Select((kv, i) => (kv.Key, leafPath.GetValueOrDefault(leafOf[i], "0")))]);
    }

    /// <summary>
    /// The merging state: up to C + 1 active clusters in slots 0..C, plus two fixed slots that are never merged (the words
    /// seen too rarely and the sentence boundary), with their bigram counts, the mutual-information terms q and, per pair
    /// of active clusters, the loss L of merging them, kept up to date incrementally (Liang 2005, §3.2): when a cluster x
    /// enters or leaves, every other pair's loss changes only by x's own terms (<see cref="G"/>).
    /// </summary>
    private sealed class Window
    {
        private readonly int _c, _t, _rareSlot, _boundarySlot;
        private readonly int[] _n;
        private readonly long[] _mar;
        private readonly double[] _q, _loss, _logSum;
        private readonly bool[] _active;
        private readonly double[] _xlogx, _log;
        private readonly long[] _unigram;
        private readonly int _rare, _boundary;
        private readonly int[] _node;

        public Window(int c, long[] unigram, long total, int rare, int boundary)
        {
            _c = c;
            _t = c + 3;
            _rareSlot = c + 1;
            _boundarySlot = c + 2;
            _n = new int[_t * _t];
            _mar = new long[_t];
            _q = new double[_t * _t];
            _loss = new double[_t * _t];
            _logSum = new double[_t * _t];
            _active = new bool[_t];
            _node = new int[_t];
            _unigram = unigram;
            _rare = rare;
            _boundary = boundary;
            _xlogx = new double[total + 1];
            _log = new double[total + 1];
            for (long k = 1; k <= total; k++) { _log[k] = Math.Log(k); _xlogx[k] = k * _log[k]; }
            _mar[_rareSlot] = unigram[rare];
            _mar[_boundarySlot] = unigram[boundary];
        }

        /// <summary>
        /// Adds words 0..v-1 in order and merges; returns the merges in order as (node, node) pairs, and per word the node
        /// of the window cluster that held it when every word was placed and the window was down to C clusters.
        /// </summary>
        public (List<(int A, int B)> Merges, int[] LeafOf) Run(int v, List<(int W, int N)>[] right, List<(int W, int N)>[] left, Action<string>? progress)
        {
            var merges = new List<(int, int)>(Math.Max(0, v - 1));
            // Which slot holds a placed word's cluster: a union-find over words whose roots know their slot.
            var parent = new int[v];
            var rootSlot = new int[v];
            var slotRoot = new int[_t];
            Array.Fill(parent, -1);
            int Find(int w)
            {
                int r = w;
                while (parent[r] != r) r = parent[r];
                while (parent[w] != r) (w, parent[w]) = (parent[w], r);
                return r;
            }
            int SlotOf(int w) => w == _rare ? _rareSlot : w == _boundary ? _boundarySlot : parent[w] < 0 ? -1 : rootSlot[Find(w)];
            void Place(int w, int s)
            {
                parent[w] = w;
                rootSlot[w] = s;
                slotRoot[s] = w;
                _node[s] = w;
                _active[s] = true;
                _mar[s] = _unigram[w];
                foreach (var (y, k) in right[w])
                {
                    int ys = y == w ? s : SlotOf(y);
                    if (ys >= 0) _n[s * _t + ys] += k;
                }
                foreach (var (y, k) in left[w])
                {
                    int ys = SlotOf(y);
                    if (ys >= 0 && ys != s) _n[ys * _t + s] += k;
                }
                for (int x = 0; x < _t; x++)
                {
                    _q[s * _t + x] = Q(s, x);
                    _q[x * _t + s] = Q(x, s);
                }
                for (int x = 0; x <= _c; x++)
                    if (_active[x] && x != s) _logSum[Math.Min(x, s) * _t + Math.Max(x, s)] = Math.Log(_mar[x] + _mar[s]);
            }
            int next = 0, first = Math.Min(v, _c + 1);
            for (; next < first; next++) Place(next, next);
            for (int a = 0; a <= _c; a++)
                for (int b = a + 1; b <= _c; b++)
                    if (_active[a] && _active[b]) _loss[a * _t + b] = FullLoss(a, b);
            int nodes = v;
            int[]? leafOf = null;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                int live = 0;
                for (int s = 0; s <= _c; s++) if (_active[s]) live++;
                if (next >= v && live <= _c && leafOf is null)
                {
                    leafOf = new int[v];
                    for (int w = 0; w < v; w++) leafOf[w] = _node[rootSlot[Find(w)]];
                    progress?.Invoke($"brown: every word placed, {live} clusters ({clock.Elapsed.TotalSeconds:0} s)");
                }
                if (live < 2) break;
                // The pair whose merge loses the least mutual information (ties: the lowest slots).
                int ba = -1, bb = -1;
                double best = double.PositiveInfinity;
                for (int a = 0; a <= _c; a++)
                {
                    if (!_active[a]) continue;
                    int row = a * _t;
                    for (int b = a + 1; b <= _c; b++)
                        if (_active[b] && _loss[row + b] < best) { best = _loss[row + b]; ba = a; bb = b; }
                }
                merges.Add((_node[ba], _node[bb]));
                Merge(ba, bb, nodes++);
                // The merged cluster lives in slot ba.
                int ra = slotRoot[ba], rb = slotRoot[bb];
                parent[rb] = ra;
                rootSlot[ra] = ba;
                if (next < v)
                {
                    Place(next, bb);
                    Entered(bb);
                    next++;
                    if (next % 2000 == 0) progress?.Invoke($"brown: {next} of {v} words placed ({clock.Elapsed.TotalSeconds:0} s)");
                }
            }
            progress?.Invoke($"brown: {merges.Count} merges ({clock.Elapsed.TotalSeconds:0} s)");
            return (merges, leafOf ?? [.. Enumerable.Range(0, v)]);
        }

        private double F(long n, double logLeft, double logRight) => n == 0 ? 0 : _xlogx[n] - n * (logLeft + logRight);

        private double Q(int x, int y) => F(_n[x * _t + y], _log[_mar[x]], _log[_mar[y]]);

        private bool Present(int x) => x > _c || _active[x];

        /// <summary>What cluster x adds to the loss of merging c and d: its terms with c and with d, less its terms with the merged cluster.</summary>
        private double G(int c, int d, int x)
        {
            int t = _t;
            long cx = _n[c * t + x] + _n[d * t + x], xc = _n[x * t + c] + _n[x * t + d];
            double before = _q[c * t + x] + _q[x * t + c] + _q[d * t + x] + _q[x * t + d];
            if (cx == 0 && xc == 0) return before;
            double logs = _logSum[Math.Min(c, d) * t + Math.Max(c, d)] + _log[_mar[x]];
            return before - (_xlogx[cx] + _xlogx[xc] - (cx + xc) * logs);
        }

        private double FullLoss(int a, int b)
        {
            int t = _t;
            long m = (long)_n[a * t + a] + _n[a * t + b] + _n[b * t + a] + _n[b * t + b];
            double logM = _logSum[Math.Min(a, b) * t + Math.Max(a, b)];
            double loss = _q[a * t + a] + _q[a * t + b] + _q[b * t + a] + _q[b * t + b] - F(m, logM, logM);
            for (int x = 0; x < t; x++)
                if (x != a && x != b && Present(x)) loss += G(a, b, x);
            return loss;
        }

        /// <summary>Cluster s has just entered the window: every other pair's loss gains its terms, and its own pairs are computed.</summary>
        private void Entered(int s)
        {
            for (int c = 0; c <= _c; c++)
            {
                if (!_active[c] || c == s) continue;
                for (int d = c + 1; d <= _c; d++)
                    if (_active[d] && d != s) _loss[c * _t + d] += G(c, d, s);
            }
            for (int c = 0; c <= _c; c++)
                if (_active[c] && c != s) _loss[Math.Min(c, s) * _t + Math.Max(c, s)] = FullLoss(c, s);
        }

        /// <summary>Merges slot b into slot a (a &lt; b) as node <paramref name="node"/>, keeping every pair's loss up to date.</summary>
        private void Merge(int a, int b, int node)
        {
            int t = _t;
            for (int c = 0; c <= _c; c++)
            {
                if (!_active[c] || c == a || c == b) continue;
                for (int d = c + 1; d <= _c; d++)
                    if (_active[d] && d != a && d != b) _loss[c * t + d] -= G(c, d, a) + G(c, d, b);
            }
            int aa = _n[a * t + a] + _n[a * t + b] + _n[b * t + a] + _n[b * t + b];
            for (int x = 0; x < t; x++)
            {
                if (x == a || x == b) continue;
                _n[a * t + x] += _n[b * t + x];
                _n[x * t + a] += _n[x * t + b];
            }
            _n[a * t + a] = aa;
            for (int x = 0; x < t; x++) { _n[b * t + x] = 0; _n[x * t + b] = 0; }
            _mar[a] += _mar[b];
            _mar[b] = 0;
            _active[b] = false;
            _node[a] = node;
            for (int x = 0; x < t; x++)
            {
                _q[b * t + x] = _q[x * t + b] = 0;
                _q[a * t + x] = Q(a, x);
                _q[x * t + a] = Q(x, a);
            }
            for (int x = 0; x <= _c; x++)
                if (_active[x] && x != a) _logSum[Math.Min(x, a) * t + Math.Max(x, a)] = Math.Log(_mar[x] + _mar[a]);
            for (int c = 0; c <= _c; c++)
            {
                if (!_active[c] || c == a) continue;
                for (int d = c + 1; d <= _c; d++)
                    if (_active[d] && d != a) _loss[c * t + d] += G(c, d, a);
            }
            for (int c = 0; c <= _c; c++)
                if (_active[c] && c != a) _loss[Math.Min(c, a) * t + Math.Max(c, a)] = FullLoss(c, a);
        }
    }

    /// <summary>Writes "path TAB word" lines, most frequent word first, gzipped.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (w, p) in _paths) writer.WriteLine($"{p}\t{w}");
    }

    public static BrownClusters Load(string path)
    {
        var paths = new List<(string, string)>();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            paths.Add((line[(tab + 1)..], line[..tab]));
        }
        return new BrownClusters(paths);
    }

    private static readonly Lazy<BrownClusters> DefaultInstance = new(() =>
    {
        string? root = Parley.Nlp.Learning.ModelPaths.Root();
        string? path = root is null ? null : Path.Combine(root, "ner", FileName);
        return path is not null && File.Exists(path) ? Load(path) : Empty;
    });

    /// <summary>The shipped clusters (<c>models/ner/brown-clusters.tsv.gz</c>), or none when the file is missing.</summary>
    public static BrownClusters Default => DefaultInstance.Value;
}
