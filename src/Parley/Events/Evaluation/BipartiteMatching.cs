namespace Parley.Events.Evaluation;

/// <summary>
/// A maximum one-to-one matching between gold items and system items given which pairs may match (Kuhn's augmenting
/// paths). Deterministic: items are tried in index order. Greedy first-fit can miss pairs; this never does.
/// </summary>
public static class BipartiteMatching
{
    /// <summary>For each gold index, the matched system index or -1.</summary>
    public static int[] Maximum(int goldCount, int systemCount, Func<int, int, bool> canMatch)
    {
        var adjacency = new List<int>[goldCount];
        for (int g = 0; g < goldCount; g++)
        {
            adjacency[g] = [];
            for (int s = 0; s < systemCount; s++)
            {
                if (canMatch(g, s)) adjacency[g].Add(s);
            }
        }
        var goldOf = Enumerable.Repeat(-1, systemCount).ToArray();
        for (int g = 0; g < goldCount; g++)
            Augment(g, adjacency, goldOf, new bool[systemCount]);
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
