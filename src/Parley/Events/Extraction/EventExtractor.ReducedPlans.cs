using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// Headlinese and reduced relatives of a plan: "Chinese, Indian envoys due for talks", "the minister, set for a visit to
/// Rome, said …". A planning adjective or participle (due, set, slated, scheduled) that modifies a noun and takes the
/// event noun in its "for" phrase makes that noun the event's doer; there is no clause subject to find. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>The noun a planning modifier of event noun <paramref name="n"/> hangs on, and the nouns it is coordinated with.</summary>
    private static void ReducedPlanDoer(SentenceTree tree, DocumentContext ctx, int n, List<(ActorRef, Span)> actors)
    {
        int gov = tree.Head(n);
        if (gov < 0 || tree.BaseRel(n) != "obl" || tree.CaseOf(n) != "for") return;
        if (!GovernorCues.TryGetValue(tree.Lemma(gov), out var cue) || cue != EventModality.Planned) return;
        if (tree.BaseRel(gov) is not ("amod" or "acl") || tree.Head(gov) is not (int owner and >= 0)) return;
        if (tree.Upos(owner) is not ("NOUN" or "PROPN")) return;
        // "Xi and Modi due for talks": the modifier lands on the last conjunct; the whole coordination is the doer.
        while (tree.BaseRel(owner) == "conj" && tree.Head(owner) >= 0) owner = tree.Head(owner);
        AddActor(tree, ctx, owner, actors);
    }
}
