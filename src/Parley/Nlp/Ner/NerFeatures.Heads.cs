using Parley.Nlp.Learning;

namespace Parley.Nlp.Entities;

internal sealed partial class NerFeatures
{
    /// <summary>Room kept for <see cref="AppendHeads"/>.</summary>
    private const int HeadFeatures = 4;

    /// <summary>The name-word table of the prepared sentence (<see cref="PrepareHeads"/>), or null when the model has none.</summary>
    public NerNameHeads? Heads;
    /// <summary>Per padded position: the word's code as the last word and as the first word of a name (<see cref="NerNameHeads"/>).</summary>
    public ulong[] HeadLast = [], HeadFirst = [];

    /// <summary>
    /// After <see cref="Prepare"/>: looks the sentence's words up in <paramref name="heads"/> and finds its capitalised
    /// runs, so that every word of a run sees what the run's last and first words say about the type of the names they
    /// end or start (<see cref="AppendHeads"/>). A null table leaves the features off.
    /// </summary>
    public void PrepareHeads(ReadOnlySpan<string> words, NerNameHeads? heads)
    {
        Heads = heads;
        if (heads is null) return;
        int size = words.Length + 2 * Pad;
        if (HeadLast.Length < Lower.Length)
        {
            HeadLast = new ulong[Lower.Length];
            HeadFirst = new ulong[Lower.Length];
        }
        for (int p = 0; p < size; p++)
        {
            int i = p - Pad;
            bool inside = i >= 0 && i < words.Length;
            HeadLast[p] = inside ? heads.LastCode(words[i]) : 99UL;
            HeadFirst[p] = inside ? heads.FirstCode(words[i]) : 99UL;
        }
        if (!RunCues) PrepareRuns(words);
    }

    /// <summary>
    /// The name-word features of padded position <paramref name="p"/>: the type that names ending in its capitalised run's
    /// last word mostly have, and that of names starting with the run's first word, each with the word's place in the run,
    /// and the two together; and the word's own code as a last word, with its capitalisation.
    /// </summary>
    private int AppendHeads(uint[] f, int n, int p)
    {
        f[n++] = FeatureHash.Key(643, HeadLast[p], Upper[p], (ulong)RunAt[p]);
        ulong at = (ulong)RunAt[p];
        if (at == 0) return n;
        ulong last = HeadLast[RunLast[p]], first = HeadFirst[RunFirst[p]];
        f[n++] = FeatureHash.Key(640, last, at);
        f[n++] = FeatureHash.Key(641, first, at);
        if (at >= 2) f[n++] = FeatureHash.Key(642, last, first);
        return n;
    }
}
