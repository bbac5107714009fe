namespace Parley.Nlp.Entities;

/// <summary>Exact-span micro precision, recall and F1 of predicted mentions against gold, overall and per type.</summary>
public static class NerScorer
{
    public const string Overall = "overall";

    /// <summary>
    /// Scores aligned sentences (the same words, in the same order). <paramref name="types"/>, when given, restricts both
    /// sides to those types, so a tagger can be scored on the classes a corpus shares with it.
    /// Returns the overall row first, then one row per type in ordinal order.
    /// </summary>
    public static IReadOnlyList<NerScores> Score(IReadOnlyList<EntitySpan[]> gold, IReadOnlyList<EntitySpan[]> predicted, IReadOnlySet<string>? types = null)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException($"{gold.Count} gold sentences but {predicted.Count} predicted.", nameof(predicted));
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        int[] Row(string t) => counts.TryGetValue(t, out var c) ? c : counts[t] = new int[3];
        for (int s = 0; s < gold.Count; s++)
        {
            var g = gold[s].Where(x => types is null || types.Contains(x.Type)).ToHashSet();
            foreach (var x in g) Row(x.Type)[0]++;
            foreach (var x in predicted[s].Where(x => types is null || types.Contains(x.Type)))
            {
                var row = Row(x.Type);
                row[1]++;
                if (g.Contains(x)) row[2]++;
            }
        }
        var rows = new List<NerScores> { new(Overall, counts.Values.Sum(c => c[0]), counts.Values.Sum(c => c[1]), counts.Values.Sum(c => c[2])) };
        rows.AddRange(counts.Select(kv => new NerScores(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2])));
        return rows;
    }
}
