using System.Collections.Frozen;
using Parley.Documents;

namespace Parley.Events.Extraction;

/// <summary>
/// Reported clauses the parser hangs on a time noun. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    private static readonly FrozenSet<string> TimeNouns = new[]
    {
        "day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet();

    /// <summary>
    /// "X said earlier in the day that Y had tried to call Z", "X told reporters on Monday that …": the parser often reads
    /// the that-clause after a time phrase as a relative or adnominal clause on the time noun ("the day that …"), which cuts it off
    /// from the reporting verb. A relative clause opened by "that" on a time noun that is (within a few hops of
    /// obliques and adverbs) a dependent of a reporting verb is that verb's reported clause. The reporting verb, or -1.
    /// </summary>
    private int ReportOverTimeNoun(SentenceTree tree, int x)
    {
        if (tree.Rel(x) is not ("acl:relcl" or "acl")) return -1;
        int first = tree.Subtree(x, _ => false).Min();
        if (tree.Lower(first) != "that") return -1;
        int n = tree.Head(x);
        if (n < 0 || !TimeNouns.Contains(tree.Lemma(n).ToLowerInvariant())) return -1;
        for (int y = n, hops = 0; y >= 0 && hops < 3; hops++)
        {
            int h = tree.Head(y);
            if (h < 0 || tree.BaseRel(y) is not ("obl" or "advmod" or "nmod" or "obl:tmod")) return -1;
            if (_reporting.Contains(tree.Lemma(h))) return h;
            y = h;
        }
        return -1;
    }
}
