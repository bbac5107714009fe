using Parley.Nlp.Learning;

namespace Parley.Nlp.Entities;

internal sealed partial class NerFeatures
{
    /// <summary>Room kept for <see cref="AppendBrown"/>.</summary>
    private const int BrownFeatures = 16;

    /// <summary>Path prefix lengths read by <see cref="AppendBrown"/> (Ratinov and Roth 2009).</summary>
    internal static readonly int[] BrownPrefixes = [4, 6, 10, 20];

    /// <summary>The Brown clusters of the prepared sentence (<see cref="PrepareBrown"/>), or null when the model reads none.</summary>
    public BrownClusters? Brown;
    /// <summary>Per padded position and prefix length (<see cref="BrownPrefixes"/>, 4 per position): the word's path prefix code, 0 when unknown.</summary>
    public ulong[] BrownPrefix = [];

    /// <summary>
    /// After <see cref="Prepare"/>: looks the sentence's words up in <paramref name="brown"/> and keeps their path prefixes,
    /// so that <see cref="Extract"/> adds <see cref="AppendBrown"/>. A null table leaves the features off.
    /// </summary>
    public void PrepareBrown(ReadOnlySpan<string> words, BrownClusters? brown)
    {
        Brown = brown;
        if (brown is null) return;
        int size = words.Length + 2 * Pad;
        if (BrownPrefix.Length < Lower.Length * 4) BrownPrefix = new ulong[Lower.Length * 4];
        for (int p = 0; p < size; p++)
        {
            int i = p - Pad;
            ulong code = i < 0 ? 2UL : i >= words.Length ? 3UL : brown.CodeOf(words[i]);
            for (int k = 0; k < 4; k++)
                BrownPrefix[p * 4 + k] = i < 0 || i >= words.Length ? code : BrownClusters.Prefix(code, BrownPrefixes[k]);
        }
    }

    /// <summary>
    /// The hierarchical-cluster features of padded position <paramref name="p"/>: for each prefix length, the prefix of the
    /// word's Brown path, of the previous and of the next word's, and the word's prefix with its shape. Short prefixes are
    /// coarse classes (names, verbs, function words), long ones near-synonyms, so the tagger generalises from the words it
    /// was taught to those that only the unlabelled text has seen in the same contexts.
    /// </summary>
    private int AppendBrown(uint[] f, int n, int p)
    {
        var b = BrownPrefix;
        for (int k = 0; k < 4; k++)
        {
            ulong own = b[p * 4 + k];
            f[n++] = FeatureHash.Key(650 + k, own);
            f[n++] = FeatureHash.Key(654 + k, b[(p - 1) * 4 + k]);
            f[n++] = FeatureHash.Key(658 + k, b[(p + 1) * 4 + k]);
            f[n++] = FeatureHash.Key(662 + k, own, Shape[p]);
        }
        return n;
    }
}
