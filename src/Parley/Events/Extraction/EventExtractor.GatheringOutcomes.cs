namespace Parley.Events.Extraction;

public sealed partial class EventExtractor
{
    /// <summary>
    /// An agreement noun set at a gathering the discourse has named: "no big deal is expected at the
    /// meeting", "the deal will be sealed at the talks", "no accord is likely at the summit". The noun is the outcome
    /// of that gathering, so its sides are the gathering's participants (taken, like any anaphoric event noun, from
    /// the latest earlier event with two sides). The gathering is an 'at'/'in' phrase of the noun or of the verb or
    /// adjective it is the subject of.
    /// </summary>
    private static bool OutcomeAtGathering(SentenceTree tree, int noun)
    {
        if (GatheringPhrase(tree, noun)) return true;
        int head = tree.Head(noun);
        return head >= 0 && tree.BaseRel(noun) == "nsubj" && GatheringPhrase(tree, head);
    }

    private static bool GatheringPhrase(SentenceTree tree, int w) =>
        tree.Children(w).Any(c => tree.BaseRel(c) is "obl" or "nmod" && tree.CaseOf(c) is "at" or "in"
            && (Gatherings.Contains(tree.Lemma(c)) || OccasionIndex.IsGathering(tree.Lemma(c)) || tree.Lemma(c) is "negotiation" or "talk"));
}
