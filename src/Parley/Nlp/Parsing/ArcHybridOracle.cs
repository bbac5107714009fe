namespace Parley.Nlp.Parsing;

/// <summary>
/// Dynamic oracle for arc-hybrid (Goldberg &amp; Nivre 2013): the cost of an action is the number of gold arcs
/// that were still reachable before it and are not after it. Zero-cost actions lead to the best tree still
/// reachable, from any configuration, which lets the parser learn from its own mistakes.
/// </summary>
internal static class ArcHybridOracle
{
    public static int Cost(ParserState st, int action, ReadOnlySpan<int> gold)
    {
        int s0 = st.S(0);
        switch (action)
        {
            case ParserState.Shift:
            {
                int b = st.Buffer;
                int cost = 0;
                // b can only take s0 as a stack head once it is on the stack, and can no longer take stack children.
                for (int k = 0; k < st.StackCount; k++)
                {
                    int item = st.Stack[k];
                    if (gold[b] == item && item != s0) cost++;
                    if (gold[item] == b) cost++;
                }
                return cost;
            }
            case ParserState.Left:
            {
                // s0 loses s1 and every buffer word but b0 as a possible head (those need s0 to stay).
                int s1 = st.S(1), h = gold[s0];
                int cost = h == s1 || (h > st.Buffer && h <= st.N) ? 1 : 0;
                return cost + ChildrenInBuffer(st, s0, gold);
            }
            default:
            {
                int h = gold[s0];
                int cost = h >= st.Buffer && h <= st.N ? 1 : 0;
                return cost + ChildrenInBuffer(st, s0, gold);
            }
        }
    }

    private static int ChildrenInBuffer(ParserState st, int word, ReadOnlySpan<int> gold)
    {
        int n = 0;
        for (int k = st.Buffer; k <= st.N; k++)
            if (gold[k] == word) n++;
        return n;
    }

    /// <summary>True when the tree (heads indexed 1..n, 0 = root) has no crossing arcs.</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        int n = heads.Length - 1;
        for (int d = 1; d <= n; d++)
        {
            int h = heads[d];
            int lo = Math.Min(h, d), hi = Math.Max(h, d);
            for (int k = lo + 1; k < hi; k++)
            {
                // Every word strictly inside the arc must descend from h.
                int a = k, steps = 0;
                while (a != h && a > 0 && steps++ <= n) a = heads[a];
                if (a != h) return false;
            }
        }
        return true;
    }
}
