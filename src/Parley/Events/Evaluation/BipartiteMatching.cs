namespace Parley.Events.Evaluation;

/// <summary>
/// A maximum one-to-one matching between gold items and system items given which pairs may match (Kuhn's augmenting
/// paths). Deterministic: items are tried in index order. Greedy first-fit can miss pairs; this never does.
/// </summary>
public static class BipartiteMatching
{
    /// <summary>For each gold index, the matched system index or -1.</summary>
    public static int[] Maximum(int goldCount, int systemCount, Func<int, int, bool> canMatch) =>
        Maximum(goldCount, systemCount, canMatch, null);

    /// <summary>
    /// For each gold index, the matched system index or -1: a maximum matching grown from a maximum matching of the
    /// <paramref name="preferred"/> pairs alone, so that where several system items could take a gold item, one that
    /// is preferred keeps it unless that would leave another pair unmatched. The number of pairs is the same as without
    /// a preference.
    /// </summary>
    public static int[] Maximum(int goldCount, int systemCount, Func<int, int, bool> canMatch, Func<int, int, bool>? preferred)
    {
        var adjacency = new List<int>[goldCount];
        var first = new List<int>[goldCount];
        for (int g = 0; g < goldCount; g++)
        {
            adjacency[g] = [];
            first[g] = [];
            for (int s = 0; s < systemCount; s++)
            {
                if (!canMatch(g, s)) continue;
                if (preferred?.Invoke(g, s) == true) first[g].Add(s);
                adjacency[g].Add(s);
            }
            // Preferred partners are tried first when the matching grows.
            adjacency[g] = [.. first[g], .. adjacency[g].Where(s => !first[g].Contains(s))];
        }
        var goldOf = Enumerable.Repeat(-1, systemCount).ToArray();
        if (preferred is not null)
        {
            for (int g = 0; g < goldCount; g++)
                Augment(g, first, goldOf, new bool[systemCount]);
        }
        var matched = new HashSet<int>(goldOf.Where(g => g >= 0));
        for (int g = 0; g < goldCount; g++)
        {
            if (!matched.Contains(g)) Augment(g, adjacency, goldOf, new bool[systemCount]);
        }
        var systemOf = Enumerable.Repeat(-1, goldCount).ToArray();
        for (int s = 0; s < systemCount; s++)
        {
            if (goldOf[s] >= 0) systemOf[goldOf[s]] = s;
        }
        return systemOf;
    }

    private static bool Augment(int g, List<int>[] adjacency, int[] goldOf, bool[] visited)
    {
        foreach (int s in adjacency[g])
        {
            if (visited[s]) continue;
            visited[s] = true;
            if (goldOf[s] < 0 || Augment(goldOf[s], adjacency, goldOf, visited))
            {
                goldOf[s] = g;
                return true;
            }
        }
        return false;
    }
}
