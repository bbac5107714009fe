using Parley.Nlp.Learning;

namespace Parley.Nlp.Parsing;

/// <summary>Word-class features of the transition classifier (only for parsers trained with <see cref="ParserClusters"/>).</summary>
internal sealed partial class ParserFeatures
{
    private const ulong NoClass = 999, RootClass = 998;
    private ParserClusters? _clusters;

    /// <summary>Word class of each position (index 0 is the root), when the parser has word classes.</summary>
    public ulong[] C = [];

    private void PrepareClusters(ReadOnlySpan<string> words, ParserClusters? clusters)
    {
        _clusters = clusters;
        if (clusters is null) return;
        if (C.Length < words.Length + 1) C = new ulong[(words.Length + 1) * 2];
        C[0] = RootClass;
        for (int i = 0; i < words.Length; i++) C[i + 1] = (ulong)clusters.ClassOf(words[i]);
    }

    private ulong Cl(int p) => p < 0 ? NoClass : C[p];

    /// <summary>
    /// Koo et al. (2008)-style templates where a word class stands in for a word in the features of the two arcs
    /// arc-hybrid decides (s0–b0 for LEFT, s1–s0 for RIGHT): class × class, class × the other's tag, and both
    /// words' class and tag together.
    /// </summary>
    private int AddClusterFeatures(uint[] f, int n, int s0, int s1, int b0)
    {
        ulong cs0 = Cl(s0), cs1 = Cl(s1), cb0 = Cl(b0), s0t = Tg(s0), s1t = Tg(s1), b0t = Tg(b0);
        f[n++] = FeatureHash.Key(116, cs0, cb0);
        f[n++] = FeatureHash.Key(117, cs0, b0t);
        f[n++] = FeatureHash.Key(118, s0t, cb0);
        f[n++] = FeatureHash.Key(121, cs1, cs0);
        f[n++] = FeatureHash.Key(122, cs1, s0t);
        f[n++] = FeatureHash.Key(123, s1t, cs0);
        f[n++] = FeatureHash.Key(131, cs0, s0t, cb0, b0t);
        f[n++] = FeatureHash.Key(132, cs1, s1t, cs0, s0t);
        return n;
    }
}
