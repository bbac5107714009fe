namespace Parley.Nlp.Entities;

/// <summary>
/// What the second stage of a stacked entity tagger (Ratinov &amp; Roth 2009) knows of the first stage's output for one
/// sentence: the first stage's label of each word, and for each capitalised word what the first stage made of the same
/// word elsewhere in the document — the type it gave that word most often at its other occurrences, and the type it
/// gave the word's nearest earlier occurrence.
/// </summary>
internal sealed record StackInfo(int[] Labels, byte[] Majority, byte[] Earlier, byte[] SpanMajority)
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
    public static StackInfo[] ForDocument(IReadOnlyList<string[]> words, IReadOnlyList<int[]> labels, int types)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (int s = 0; s < words.Count; s++)
            for (int i = 0; i < words[s].Length; i++)
            {
                if (!IsCapitalised(words[s][i])) continue;
                if (!counts.TryGetValue(words[s][i], out var c)) counts[words[s][i]] = c = new int[types + 1];
                c[TypeOf(labels[s][i])]++;
            }
        // The same for whole first-stage mentions: the type the document's other mentions with the same words were given.
        var spanCounts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var spans = new List<(int Start, int End, int Type, string Key)>[words.Count];
        for (int s = 0; s < words.Count; s++)
        {
            spans[s] = Mentions(words[s], labels[s], types);
            foreach (var x in spans[s])
            {
                if (!spanCounts.TryGetValue(x.Key, out var c)) spanCounts[x.Key] = c = new int[types + 1];
                c[x.Type]++;
            }
        }
        var last = new Dictionary<string, byte>(StringComparer.Ordinal);
        var result = new StackInfo[words.Count];
        for (int s = 0; s < words.Count; s++)
        {
            int n = words[s].Length;
            var majority = new byte[n];
            var earlier = new byte[n];
            for (int i = 0; i < n; i++)
            {
                string w = words[s][i];
                if (!IsCapitalised(w)) { majority[i] = earlier[i] = Lower; continue; }
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
            var spanMajority = new byte[n];
            foreach (var x in spans[s])
            {
                var c = spanCounts[x.Key];
                int best = -1, top = 0;
                for (int t = 1; t <= types; t++)
                {
                    int v = c[t] - (t == x.Type ? 1 : 0);
                    if (v > top) { top = v; best = t; }
                }
                for (int i = x.Start; i < x.End; i++) spanMajority[i] = best < 0 ? None : (byte)best;
            }
            result[s] = new StackInfo(labels[s], majority, earlier, spanMajority);
        }
        return result;
    }

    /// <summary>The mentions of one sentence's first-stage labels (as <see cref="EntityTagger.SpansOf"/> reads them), with 1 + their type and their words.</summary>
    private static List<(int Start, int End, int Type, string Key)> Mentions(string[] words, int[] labels, int types)
    {
        var result = new List<(int, int, int, string)>();
        foreach (var x in EntityTagger.SpansOf(labels, TypeNames(types)))
            result.Add((x.Start, x.End, int.Parse(x.Type, System.Globalization.CultureInfo.InvariantCulture), string.Join(' ', words[x.Start..x.End])));
        return result;
    }

    /// <summary>"1" … "<paramref name="types"/>": names that <see cref="EntityTagger.SpansOf"/> gives the types, read back as numbers.</summary>
    private static string[] TypeNames(int types) => [.. Enumerable.Range(1, types).Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>0 for O, else 1 + the label's entity type.</summary>
    public static int TypeOf(int label) => label == 0 ? 0 : 1 + (label - 1) / EntityTagger.Parts;

    private static bool IsCapitalised(string w) => w.Length > 0 && char.IsUpper(w[0]);
}
