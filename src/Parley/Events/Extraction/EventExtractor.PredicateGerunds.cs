namespace Parley.Events.Extraction;

/// <summary>
/// A gerund that completes a predicate after a copula ("the militia is guilty of shelling the town", "both sides were
/// responsible for breaking the truce"): the predicate is said of the copula's subject, so that subject does the gerund's
/// act. The parser often tags such a bare predicate as a noun and hangs the gerund on it as a clause of a noun, where
/// the subject walk stops.
/// </summary>
public sealed partial class EventExtractor
{
    // Prepositions that introduce the gerund completing a predicate: "guilty of", "responsible for", "involved in".
    private static readonly HashSet<string> PredicateGerundMarks = new(StringComparer.Ordinal) { "of", "for", "in" };

    /// <summary>
    /// The subjects of the copular predicate a gerund completes: the gerund (VBG) hangs on a predicate with a copula and
    /// a subject, by a clause relation with "of", "for" or "in". The predicate must be an adjective or a bare noun (no
    /// determiner: "is guilty" tagged NN); "the plan is a way of attacking" names a means, not a doer. Empty otherwise.
    /// </summary>
    private static List<int> PredicateGerundSubjects(SentenceTree tree, int x)
    {
        if (tree.Tags.Xpos[x] != "VBG" || tree.BaseRel(x) is not ("acl" or "advcl")) return [];
        if (!tree.Children(x).Any(m => tree.BaseRel(m) is "mark" or "case" && m < x && PredicateGerundMarks.Contains(tree.Lower(m)))) return [];
        int predicate = tree.Head(x);
        if (predicate < 0 || tree.Upos(predicate) is not ("ADJ" or "NOUN")) return [];
        var kids = tree.Children(predicate).ToList();
        if (!kids.Any(c => tree.BaseRel(c) == "cop")) return [];
        if (tree.Upos(predicate) == "NOUN" && kids.Any(c => tree.BaseRel(c) is "det" or "nmod:poss" or "nummod")) return [];
        return [.. kids.Where(c => tree.Rel(c) == "nsubj")];
    }
}
