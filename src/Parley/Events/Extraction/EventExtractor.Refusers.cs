using Parley.Documents;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// The addressee of a proposal read off its refusal: "Ankara proposed joint drilling in the gas field, which Athens
/// rejected", "Kyiv has sought joint patrols, which Minsk has declined". Only the one a proposal was put to can turn
/// it down, so whoever refuses it in a relative clause on it is the other side of the proposing event. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// The subjects of a refusing verb (<see cref="Refusals"/>) whose relative pronoun object ("which", "that") stands
    /// for the trigger's noun or the trigger verb's object — or a conjunct or noun phrase of either, since the parser
    /// hangs the clause on the nearest noun, or joins it to the noun as a conjunct — become the event's recipients.
    /// Only for an event with a proposer and no recipient of its own (a bare noun that another verb proposes is no
    /// event of its own), and not for a refusal or a hostile act (a refused attack has no addressee).
    /// </summary>
    private static void RefusingAddressee(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger, PloverType type,
        List<(ActorRef, Span)> actors, List<(ActorRef, Span)> recipients)
    {
        if (actors.Count == 0 || recipients.Count > 0 || Hostile(type)) return;
        int t = trigger.Word;
        var hosts = new List<int>();
        if (tree.Upos(t) == "NOUN") hosts.Add(t);
        hosts.AddRange(trigger.Consumed.Where(n => tree.Upos(n) == "NOUN"));
        if (tree.Upos(t) == "VERB") hosts.AddRange(tree.Children(t).Where(c => tree.BaseRel(c) == "obj" && tree.Upos(c) == "NOUN"));
        // The host's conjuncts and noun phrases: "development and operation of any system, which …", "talks on
        // quotas, which …" (a relative clause is hung on the nearest noun).
        foreach (int h in hosts.ToList())
            hosts.AddRange(tree.Children(h).Where(c => tree.Upos(c) == "NOUN" && tree.BaseRel(c) is "conj" or "nmod"));
        // … and a conjunct's noun phrase: "development and operation of any system, which …" (UD: "system" on "operation").
        foreach (int h in hosts.Where(h => tree.BaseRel(h) == "conj").ToList()) hosts.AddRange(tree.Children(h).Where(c => tree.Upos(c) == "NOUN" && tree.BaseRel(c) == "nmod"));
        foreach (int h in hosts.Distinct())
        {
            foreach (int clause in tree.Children(h))
            {
                if (clause <= h || tree.Upos(clause) != "VERB" || !Refusals.Contains(tree.Lemma(clause))) continue;
                if (tree.Rel(clause) != "acl:relcl" && tree.BaseRel(clause) != "conj") continue;
                // Its object is a relative pronoun before it: the clause is about the host, not a new sentence.
                if (!tree.Children(clause).Any(c => c > h && c < clause && tree.BaseRel(c) == "obj" && Relatives.Contains(tree.Lower(c)))) continue;
                foreach (int s in Subjects(tree, clause)) AddActor(tree, ctx, s, recipients);
            }
        }
    }
}
