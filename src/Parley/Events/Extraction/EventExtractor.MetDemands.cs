using Parley.Documents;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// Meeting a demand: "the government would not meet the strikers' demands", "Lima met the unions' demands". A verb of
/// satisfying whose object is someone's demand, request or ultimatum answers that demand: not meeting it (negated or
/// refused) rejects it (REJECT), meeting it yields to it (CONCEDE). It is never a meeting (CONSULT), whether the
/// parser reads the demand as the object noun or — with a missing possessive apostrophe — hangs the demanders on
/// the verb. Other requirements ("met the deadline", "meeting the objectives") stay no event at all. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    private static readonly System.Collections.Frozen.FrozenSet<string> SatisfyingVerbs =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["meet", "satisfy", "fulfil", "fulfill"]);

    private static readonly System.Collections.Frozen.FrozenSet<string> DemandNouns =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["demand", "request", "ultimatum"]);

    /// <summary>The demand noun a verb trigger of satisfying takes as its object, or -1.</summary>
    private static int MetDemand(SentenceTree tree, TriggerMatch trigger) =>
        trigger.Kind != TriggerKind.Noun && SatisfyingVerbs.Contains(tree.Lemma(trigger.Word))
            ? tree.Children(trigger.Word).FirstOrDefault(c => tree.BaseRel(c) == "obj" && tree.Upos(c) == "NOUN" && DemandNouns.Contains(tree.Lemma(c)), -1)
            : -1;

    /// <summary>
    /// Whoever made the met demand is the other side: its possessor or compound ("the miners' demands", "union
    /// demands") or its "of"/"from" phrase ("the demands of the miners"). Only when the verb names no recipient.
    /// </summary>
    private static void Demanders(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger, List<(ActorRef, Span)> recipients)
    {
        int demand = MetDemand(tree, trigger);
        if (demand < 0 || recipients.Count > 0) return;
        foreach (int c in tree.Children(demand))
            if (tree.Rel(c) is "nmod:poss" or "compound" || (tree.BaseRel(c) == "nmod" && tree.CaseOf(c) is "of" or "from"))
                AddActor(tree, ctx, c, recipients);
    }

    /// <summary>
    /// The reading of a trigger that meets a demand (<see cref="MetDemand"/>): not meeting it is a rejection, stated
    /// as a fact; meeting it is a concession, with the clause's modality. The demand itself was made whether or not
    /// it is met: "would not meet Chile's demands" does not negate Chile's demand. Unchanged for any other trigger.
    /// </summary>
    private static (PloverType Type, string? Mode, EventModality Modality) AnsweredDemand(SentenceTree tree, TriggerMatch trigger,
        PloverType type, string? mode, EventModality modality, bool refusal)
    {
        if (trigger.Kind == TriggerKind.Noun && modality == EventModality.Negated && tree.Head(trigger.Word) is int verb and >= 0
            && tree.Upos(verb) == "VERB" && MetDemand(tree, trigger with { Word = verb, Kind = TriggerKind.Verb }) == trigger.Word)
            return (type, mode, EventModality.Asserted);
        if (MetDemand(tree, trigger) < 0) return (type, mode, modality);
        return refusal || modality == EventModality.Negated || type == PloverType.Reject
            ? (PloverType.Reject, null, EventModality.Asserted)
            : (PloverType.Concede, null, modality);
    }
}
