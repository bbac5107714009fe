namespace Parley.Events.Extraction;

public sealed partial class EventExtractor
{
    // Verbs of necessity whose to-infinitive is what is (not) required: "need to", "have to".
    private static readonly System.Collections.Frozen.FrozenSet<string> NecessityVerbs =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(new[] { "need", "have" });

    /// <summary>
    /// An act that is said not to be necessary ("the minister would not need to consult parliament", "they do not have
    /// to ask anyone", "she need not apply") is neither done nor refused: the sentence denies the obligation, not the act,
    /// so no event is coded. The trigger is the infinitive of a negated need/have (directly or through one more
    /// infinitive: "does not need to try to …"), or a verb with a negated modal "need".
    /// </summary>
    private static bool NotRequired(SentenceTree tree, int t)
    {
        if (tree.Children(t).Any(c => tree.BaseRel(c) == "aux" && tree.Lower(c) == "need") && NegatedHere(tree, t)) return true;
        for (int x = t, hops = 0; hops < 2 && tree.BaseRel(x) == "xcomp"; hops++)
        {
            int h = tree.Head(x);
            if (h < 0) return false;
            if (NecessityVerbs.Contains(tree.Lemma(h)) && tree.Children(x).Any(c => tree.BaseRel(c) == "mark" && tree.Lower(c) == "to"))
                return NegatedHere(tree, h);
            x = h;
        }
        return false;
    }

    private static bool NegatedHere(SentenceTree tree, int x) =>
        tree.Children(x).Any(c => tree.BaseRel(c) is "advmod" or "neg" && tree.Lower(c).Replace('\u2019', '\'') is "not" or "n't" or "never");

    /// <summary>
    /// A gerund clause introduced by a topic preposition ("worked together on curbing the smuggling", "talked about
    /// expelling the envoys", "a row over arresting the mayor") names what is worked on or talked about, not an act that
    /// was done: no event of its own.
    /// </summary>
    private static bool TopicGerund(SentenceTree tree, int t) =>
        tree.Upos(t) == "VERB" && tree.Tags.Xpos[t] == "VBG" && tree.BaseRel(t) is "advcl" or "acl"
        && tree.Children(t).Any(c => tree.BaseRel(c) == "mark" && c < t && TopicCases.Contains(tree.Lower(c)));
}
