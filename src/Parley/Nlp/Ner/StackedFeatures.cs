namespace Parley.Nlp.Entities;

/// <summary>
/// What the second stage of a stacked entity tagger (Ratinov &amp; Roth 2009) knows of the first stage's output for one
/// sentence: the first stage's label of each word, and for each capitalised word what the first stage made of the same
/// word elsewhere in the document — the type it gave that word most often at its other occurrences, and the type it
/// gave the word's nearest earlier occurrence.
/// </summary>
internal sealed record StackInfo(int[] Labels, byte[] Majority, byte[] Earlier, byte[]? Lexicon = null)
{
    /// <summary>Value of <see cref="Majority"/> and <see cref="Earlier"/> for a word that is not capitalised.</summary>
    public const byte Lower = 254;
    /// <summary>Value of <see cref="Majority"/> for a capitalised word the document holds only once; of <see cref="Earlier"/> for its first occurrence.</summary>
    public const byte None = 255;

    /// <summary>
    /// The stack information of every sentence of one document from the first stage's labels
    /// (<paramref name="labels"/>, BILOU as in <see cref="EntityTagger"/>; <paramref name="types"/> entity types). A
    /// word's type is 0 for O, else 1 + its label's type; the majority leaves the word's own occurrence out (ties go to
    /// the lower value, O first).
    /// </summary>
    /// <param name="lexicon">The learned entity lexicon whose codes the second stage reads (<see cref="Lexicon"/>), or null.</param>
    public static StackInfo[] ForDocument(IReadOnlyList<string[]> words, IReadOnlyList<int[]> labels, int types, NerLexicon? lexicon = null)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (int s = 0; s < words.Count; s++)
            for (int i = 0; i < words[s].Length; i++)
            {
                if (!IsCapitalised(words[s][i])) continue;
                if (!counts.TryGetValue(words[s][i], out var c)) counts[words[s][i]] = c = new int[types + 1];
                c[TypeOf(labels[s][i])]++;
            }
        var last = new Dictionary<string, byte>(StringComparer.Ordinal);
        var result = new StackInfo[words.Count];
        for (int s = 0; s < words.Count; s++)
        {
            int n = words[s].Length;
            var majority = new byte[n];
            var earlier = new byte[n];
            var lexical = lexicon is null ? null : new byte[n];
            for (int i = 0; i < n; i++)
            {
                string w = words[s][i];
                if (!IsCapitalised(w)) { majority[i] = earlier[i] = Lower; continue; }
                if (lexical is not null) lexical[i] = lexicon!.CodeOf(w);
                var c = counts[w];
                int own = TypeOf(labels[s][i]), best = -1, top = 0;
                for (int t = 0; t <= types; t++)
                {
                    int v = c[t] - (t == own ? 1 : 0);
                    if (v > top) { top = v; best = t; }
                }
                majority[i] = best < 0 ? None : (byte)best;
                earlier[i] = last.TryGetValue(w, out byte e) ? e : None;
                last[w] = (byte)own;
            }
            result[s] = new StackInfo(labels[s], majority, earlier, lexical);
        }
        return result;
    }

    /// <summary>0 for O, else 1 + the label's entity type.</summary>
    public static int TypeOf(int label) => label == 0 ? 0 : 1 + (label - 1) / EntityTagger.Parts;

    private static bool IsCapitalised(string w) => w.Length > 0 && char.IsUpper(w[0]);
}
