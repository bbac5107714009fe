using Parley.Documents;
using Parley.Entities.Actors;

namespace Parley.Events.Extraction;

/// <summary>
/// Coordinated predicates: "will fly to Paris and meet the president" says "will" once for both verbs, so the second
/// verb is as planned as the first. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// A verb joined by "and" or "or" to the verb before it, with no subject, auxiliary or subordinator of its own,
    /// shares that verb's auxiliaries, negation and governor: the walk for modality goes on to it. After "but" or
    /// "yet" the second verb stands alone ("did not call but wrote").
    /// </summary>
    private static bool SharesAuxiliaries(SentenceTree tree, int x)
    {
        if (tree.BaseRel(x) != "conj" || tree.Upos(x) != "VERB" || tree.Head(x) is not (int head and >= 0) || tree.Upos(head) != "VERB") return false;
        bool own = tree.Children(x).Any(c => tree.BaseRel(c) is "nsubj" or "aux" or "mark" or "expl" || tree.Rel(c) == "nsubj:pass");
        if (own) return false;
        var cc = tree.Children(x).Where(c => tree.BaseRel(c) == "cc").Select(tree.Lower).ToList();
        return cc.Count > 0 && cc.All(w => w is "and" or "or");
    }

    /// <summary>
    /// "he was unavailable while on a visit to Egypt", "She fell ill when on a tour of Asia": an event noun in a
    /// verbless while- or when-phrase is done by the subject of the predicate the phrase hangs from.
    /// </summary>
    private static void WhilePhraseDoer(SentenceTree tree, DocumentContext ctx, int n, List<(ActorRef, Span)> actors)
    {
        if (EventDates.WhilePhraseHost(tree, n) is not (int host and >= 0)) return;
        foreach (int s in Subjects(tree, host)) AddActor(tree, ctx, s, actors);
    }

    /// <summary>
    /// "hopes that prices will fall and the central bank will cut rates": the parser may join the second
    /// clause's subject to the first clause as a conjunct and leave its verb without one. A verb with no subject,
    /// right before whose auxiliaries stands a noun the parser made a conjunct of another word, has that noun as its
    /// subject; or -1.
    /// </summary>
    private static int ConjoinedAwaySubject(SentenceTree tree, int v)
    {
        if (tree.Upos(v) != "VERB" || tree.Children(v).Any(c => tree.BaseRel(c) is "nsubj" or "csubj" or "expl" || tree.Rel(c) == "nsubj:pass")) return -1;
        var aux = tree.Children(v).Where(c => tree.BaseRel(c) == "aux" && c < v).ToList();
        if (aux.Count == 0) return -1;
        int before = aux.Min() - 1;
        if (before < tree.First || tree.Upos(before) is not ("NOUN" or "PROPN") || tree.BaseRel(before) != "conj") return -1;
        return tree.Head(before) != v && !tree.Dominates(before, v) ? before : -1;
    }
}
