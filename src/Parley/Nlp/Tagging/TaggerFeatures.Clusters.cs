using Parley.Nlp.Learning;

namespace Parley.Nlp.Tagging;

/// <summary>
/// Word-class features of the tagger (option, tagger format v5): the distributional class of each word
/// (<see cref="TaggerClusters"/>) stands in for the word where the word itself is rare or unseen in the treebank, as
/// in Koo et al. (2008) for parsing and Owoputi et al. (2013) for tagging; the capitalisation bucket says whether a
/// capitalised word is usually capitalised (a name) or only here (a sentence start, a title); the part after a
/// compound's last hyphen stands for the compound's head.
/// </summary>
internal sealed partial class TaggerFeatures
{
    private const ulong StartClass = 256, EndClass = 257;

    private TaggerClusters? _clusters;
    /// <summary>Word class per position (0 = not in the vocabulary), capitalisation bucket, hash of the part after a compound's last hyphen (0 = none).</summary>
    public ulong[] Cls = [], Cap = [], Hyph = [];

    private void PrepareClusters(ReadOnlySpan<string> words, TaggerClusters? clusters)
    {
        _clusters = clusters;
        if (clusters is null) return;
        int size = words.Length + 2 * Pad;
        if (Cls.Length < Lower.Length) { Cls = new ulong[Lower.Length]; Cap = new ulong[Lower.Length]; Hyph = new ulong[Lower.Length]; }
        for (int p = 0; p < size; p++)
        {
            int i = p - Pad;
            if (i < 0 || i >= words.Length)
            {
                Cls[p] = Cap[p] = i < 0 ? StartClass : EndClass;
                Hyph[p] = 0;
                continue;
            }
            var w = words[i].AsSpan();
            var (c, cap) = clusters.Lookup(Exact[p], Lower[p]);
            Cls[p] = (ulong)c;
            Cap[p] = (ulong)cap;
            int hyphen = w.LastIndexOf('-');
            Hyph[p] = hyphen > 0 && hyphen < w.Length - 1 ? FeatureHash.Chars(w[(hyphen + 1)..], true) : 0;
        }
    }

    /// <summary>
    /// Class of w, w±1, w±2; class pairs (w−1·w, w·w+1, w−1·w+1, w+1·w+2); class × suffix, × shape, × capitalisation
    /// bucket, × previous tag, × the next word and the previous word; previous tag × class of w+1; the capitalisation
    /// bucket × shape × sentence start of w and the bucket × shape of w±1; the part after a hyphen; in the second UPOS
    /// pass class × the first pass's next tag, in the XPOS pass class × UPOS.
    /// </summary>
    private int ExtractClusters(int p, int i, int pass, int t1, int n)
    {
        var f = Features;
        int o = pass * 100;
        f[n++] = FeatureHash.Key(o + 74, Cls[p - 1], Cls[p + 1]);
        f[n++] = FeatureHash.Key(o + 75, Cap[p + 1], Shape[p + 1]);
        f[n++] = FeatureHash.Key(o + 76, Cap[p - 1], Shape[p - 1]);
        f[n++] = FeatureHash.Key(o + 77, Cls[p], Lower[p - 1]);
        f[n++] = FeatureHash.Key(o + 78, Cls[p], Cap[p]);
        f[n++] = FeatureHash.Key(o + 79, Cls[p], Lower[p + 1]);
        f[n++] = FeatureHash.Key(o + 80, Cls[p + 1], Cls[p + 2]);
        f[n++] = FeatureHash.Key(o + 81, Cls[p], Shape[p]);
        f[n++] = FeatureHash.Key(o + 60, Cls[p]);
        f[n++] = FeatureHash.Key(o + 61, Cls[p - 1]);
        f[n++] = FeatureHash.Key(o + 62, Cls[p + 1]);
        f[n++] = FeatureHash.Key(o + 63, Cls[p - 2]);
        f[n++] = FeatureHash.Key(o + 64, Cls[p + 2]);
        f[n++] = FeatureHash.Key(o + 65, Cls[p], Suf3[p]);
        f[n++] = FeatureHash.Key(o + 66, (ulong)t1, Cls[p]);
        f[n++] = FeatureHash.Key(o + 67, Cls[p - 1], Cls[p]);
        f[n++] = FeatureHash.Key(o + 68, Cls[p], Cls[p + 1]);
        f[n++] = FeatureHash.Key(o + 69, (ulong)t1, Cls[p + 1]);
        f[n++] = FeatureHash.Key(o + 70, Cap[p], Shape[p], i == 0 ? 1UL : 0UL);
        if (Hyph[p] != 0) f[n++] = FeatureHash.Key(o + 71, Hyph[p]);
        if (pass == UposPass) f[n++] = FeatureHash.Key(o + 72, Cls[p], (ulong)First[p + 1]);
        if (pass == XposPass) f[n++] = FeatureHash.Key(o + 73, (ulong)Upos[p], Cls[p]);
        return n;
    }
}
