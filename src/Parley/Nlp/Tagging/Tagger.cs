using Parley.Nlp.Learning;

namespace Parley.Nlp.Tagging;

/// <summary>
/// Greedy left-to-right part-of-speech tagger of three averaged-perceptron passes: a first UPOS pass, a second
/// UPOS pass that also sees the first pass's tags to its right, then an XPOS pass that sees the final UPOS of
/// the whole sentence. Frequent words that are (nearly) unambiguous in
/// training are tagged from a dictionary; known words also contribute their ambiguity class (the UPOS tags
/// they were seen with), which gives the left-to-right pass a view of the tags to its right. Immutable and safe to call from many threads.
/// </summary>
public sealed class Tagger
{
    internal const string Kind = "tagger";
    internal const int Version = 5;

    private readonly LinearModel _first;
    private readonly LinearModel _upos;
    private readonly LinearModel _xpos;
    private readonly Dictionary<string, int> _uposDict;
    private readonly Dictionary<string, int> _xposDict;
    private readonly Dictionary<string, ulong> _ambiguity;
    private readonly TaggerClusters? _clusters;

    internal Tagger(string[] uposTags, string[] xposTags, LinearModel first, LinearModel upos, LinearModel xpos, Dictionary<string, int> uposDict, Dictionary<string, int> xposDict, Dictionary<string, ulong> ambiguity, TaggerClusters? clusters = null)
    {
        _ambiguity = ambiguity;
        _clusters = clusters;
        UposTags = uposTags;
        XposTags = xposTags;
        _first = first;
        _upos = upos;
        _xpos = xpos;
        _uposDict = uposDict;
        _xposDict = xposDict;
    }

    /// <summary>UPOS labels; <see cref="Tag(ReadOnlySpan{string}, Span{int}, Span{int})"/> returns indexes into it.</summary>
    public IReadOnlyList<string> UposTags { get; }
    public IReadOnlyList<string> XposTags { get; }
    /// <summary>The word classes the features read (tagger format v5), or null for the classic templates.</summary>
    internal TaggerClusters? Clusters => _clusters;
    internal int WeightRows => _first.Rows + _upos.Rows + _xpos.Rows;

    /// <summary>Tags one sentence, writing interned tag strings into <paramref name="upos"/> and <paramref name="xpos"/> (each at least as long as <paramref name="words"/>).</summary>
    public void Tag(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos)
    {
        var fx = Run(words);
        for (int i = 0; i < words.Length; i++)
        {
            upos[i] = UposTags[fx.Upos[i + TaggerFeatures.Pad]];
            xpos[i] = XposTags[fx.Xpos[i + TaggerFeatures.Pad]];
        }
    }

    /// <summary>Tags one sentence, writing tag ids (indexes into <see cref="UposTags"/>/<see cref="XposTags"/>).</summary>
    public void Tag(ReadOnlySpan<string> words, Span<int> upos, Span<int> xpos)
    {
        var fx = Run(words);
        fx.Upos.AsSpan(TaggerFeatures.Pad, words.Length).CopyTo(upos);
        fx.Xpos.AsSpan(TaggerFeatures.Pad, words.Length).CopyTo(xpos);
    }

    private TaggerFeatures Run(ReadOnlySpan<string> words)
    {
        var fx = TaggerFeatures.ForThread();
        fx.Prepare(words, UposTags.Count, XposTags.Count, _ambiguity, _clusters);
        if (fx.Scores.Length < Math.Max(UposTags.Count, XposTags.Count)) fx.Scores = new float[Math.Max(UposTags.Count, XposTags.Count)];
        for (int i = 0; i < words.Length; i++)
            fx.First[i + TaggerFeatures.Pad] = _uposDict.TryGetValue(words[i], out int t) ? t : Best(_first, fx.Extract(i, TaggerFeatures.FirstPass), fx.Scores);
        for (int i = 0; i < words.Length; i++)
            fx.Upos[i + TaggerFeatures.Pad] = _uposDict.TryGetValue(words[i], out int t) ? t : Best(_upos, fx.Extract(i, TaggerFeatures.UposPass), fx.Scores);
        for (int i = 0; i < words.Length; i++)
            fx.Xpos[i + TaggerFeatures.Pad] = _xposDict.TryGetValue(words[i], out int t) ? t : Best(_xpos, fx.Extract(i, TaggerFeatures.XposPass), fx.Scores);
        return fx;
    }

    /// <summary>
    /// Diagnostic (bench <c>nlp-margins</c>): per word, the final UPOS pass's best and second-best tag and the score
    /// margin between them; a word tagged from the dictionary has no runner-up (−1) and an infinite margin.
    /// </summary>
    internal (int Best, int Second, float Margin)[] UposMargins(ReadOnlySpan<string> words)
    {
        var fx = Run(words);
        var result = new (int, int, float)[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            if (_uposDict.TryGetValue(words[i], out int t)) { result[i] = (t, -1, float.PositiveInfinity); continue; }
            _upos.Score(fx.Extract(i, TaggerFeatures.UposPass), fx.Scores);
            var sc = fx.Scores.AsSpan(0, _upos.Classes);
            int b = ArgMax(sc); int s2 = b == 0 ? 1 : 0;
            for (int c = 0; c < sc.Length; c++) if (c != b && sc[c] > sc[s2]) s2 = c;
            result[i] = (b, s2, sc[b] - sc[s2]);
        }
        return result;
    }

    private static int Best(LinearModel model, ReadOnlySpan<uint> features, float[] scores)
    {
        model.Score(features, scores);
        return ArgMax(scores.AsSpan(0, model.Classes));
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
            if (scores[c] > scores[best]) best = c;
        return best;
    }

    internal Tagger Pruned(int minMagnitude) =>
        new([.. UposTags], [.. XposTags], _first.Pruned(minMagnitude), _upos.Pruned(minMagnitude), _xpos.Pruned(minMagnitude), _uposDict, _xposDict, _ambiguity, _clusters);

    /// <summary>Writes format v4, or v5 (v4 plus the word classes after the ambiguity classes) when the tagger has word classes.</summary>
    public void Save(string path) => ModelFile.Save(path, Kind, _clusters is null ? 4 : Version, w =>
    {
        ModelFile.WriteStrings(w, UposTags);
        ModelFile.WriteStrings(w, XposTags);
        WriteDict(w, _uposDict);
        WriteDict(w, _xposDict);
        w.Write(_ambiguity.Count);
        foreach (var (word, mask) in _ambiguity.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write(mask);
        }
        _clusters?.Write(w);
        _first.WritePacked(w);
        _upos.WritePacked(w);
        _xpos.WritePacked(w);
    });

    /// <summary>Loads a tagger: format v5 (v4 with word classes), v4 (packed weights) or v3 (the same with plain weight rows).</summary>
    public static Tagger Load(string path) => ModelFile.Load(path, Kind, 3, Version, (r, version) =>
    {
        var upos = ModelFile.ReadStrings(r);
        var xpos = ModelFile.ReadStrings(r);
        var uposDict = ReadDict(r);
        var xposDict = ReadDict(r);
        int n = r.ReadInt32();
        var ambiguity = new Dictionary<string, ulong>(n, StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < n; i++) ambiguity[r.ReadString()] = r.ReadUInt64();
        var clusters = version >= 5 ? TaggerClusters.Read(r) : null;
        return new Tagger(upos, xpos, LinearModel.Read(r), LinearModel.Read(r), LinearModel.Read(r), uposDict, xposDict, ambiguity, clusters);
    });

    private static void WriteDict(BinaryWriter w, Dictionary<string, int> dict)
    {
        w.Write(dict.Count);
        foreach (var (word, tag) in dict.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write(tag);
        }
    }

    private static Dictionary<string, int> ReadDict(BinaryReader r)
    {
        int n = r.ReadInt32();
        var dict = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) dict[r.ReadString()] = r.ReadInt32();
        return dict;
    }
}
