using Parley.Documents;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "The ministry would not confirm any plans for talks", "the palace denied the talks": an anaphoric meeting noun
    /// in what a reporting verb says, whose only doer is the reporting verb's subject, is not that speaker's meeting — the
    /// speaker only reports on it. When the discourse already has such a meeting still to happen (planned, possible,
    /// intended) with its participants, the speaker is dropped
    /// so the noun takes those participants (as an anaphoric noun without a doer does), and the speaker is returned as the
    /// event's claimant; otherwise null and nothing changes.
    /// </summary>
    private (ActorRef Ref, Span Span)? ReporterOnlyDoer(SentenceTree tree, TriggerMatch trigger, PloverType type, List<(ActorRef Ref, Span Span)> actors,
        List<(ActorRef Ref, Span Span)> recipients, IReadOnlyList<EventRecord> prior)
    {
        int t = trigger.Word;
        if (trigger.Kind != TriggerKind.Noun || !Interactive(type) || actors.Count != 1 || recipients.Count > 0) return null;
        if (UnrealisedAntecedent(prior, type) is null) return null;
        // The reporting verb the noun is said under, directly or through the noun whose phrase it is ("plans for a meeting").
        int x = t;
        for (int hops = 0; hops < 2 && x >= 0 && tree.BaseRel(x) is "obj" or "nmod" or "obl"; hops++)
        {
            int head = tree.Head(x);
            if (head < 0) return null;
            if (tree.Upos(head) == "VERB" && _reporting.Contains(tree.Lemma(head)))
            {
                // Its object, or a phrase about it that the parser hung on the verb ("confirmed any plans | for a meeting").
                if (!(tree.BaseRel(x) == "obj" || (tree.BaseRel(x) == "obl" && tree.CaseOf(x) is "for" or "about" or "on" or "of"))) return null;
                // It points back: "the/such/any … meeting", or "any plans | for a meeting" with the phrase hung on the verb.
                bool anaphoric = Anaphoric(tree, t, trigger.Kind) || (tree.BaseRel(x) == "obl" && tree.Children(head).Any(o => tree.BaseRel(o) == "obj" && o < x
                    && tree.Children(o).Any(d => tree.BaseRel(d) == "det" && tree.Lower(d) is "the" or "such" or "any" or "no")));
                if (!anaphoric) return null;
                var doer = actors[0].Span;
                return Subjects(tree, head).Any(s => tree.WordSpan(s).Overlaps(doer)) ? actors[0] : null;
            }
            x = head;
        }
        return null;
    }

    /// <summary>
    /// The latest earlier event of the type that has not happened yet (planned, possible or intended) with two or more
    /// participants, looking back a few events: what a reported plan or unconfirmed meeting refers to. A call or meeting
    /// that did happen in between ("… agreed on the meeting when the two leaders spoke") is not it.
    /// </summary>
    private static (List<(ActorRef Ref, Span Span)> Participants, EventRecord Event)? UnrealisedAntecedent(IReadOnlyList<EventRecord> prior, PloverType type)
    {
        for (int i = prior.Count - 1; i >= 0 && i >= prior.Count - 8; i--)
        {
            var e = prior[i];
            if (e.Type != type || e.Modality is not (EventModality.Planned or EventModality.Possible or EventModality.Intended)) continue;
            var list = Participants(e);
            if (list.Count >= 2) return (list, e);
        }
        return null;
    }
}
