using System.Collections.Frozen;
using Parley.Documents;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// The body whose gathering a journey is made for: "the minister will fly to Brussels to attend a meeting of the
/// European Council", "she flew to Geneva to attend a session of the Human Rights Council". Going somewhere
/// to sit in a body's meeting is meeting that body, so the body is the visit's other side. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    // Verbs of being present at a gathering; "take" counts with "part" as its object.
    private static readonly FrozenSet<string> AttendingVerbs = new[] { "attend", "participate", "join", "take" }.ToFrozenSet();

    /// <summary>
    /// A consulting verb's purpose clause ("to attend …", "to take part in …", "to participate in …") whose gathering
    /// noun (<see cref="Gatherings"/>) names its body in an "of" phrase ("a session of the Council"): the body joins the
    /// event's recipients. Not when the gathering noun is an event trigger of its own, which codes the meeting itself.
    /// </summary>
    private void GatheringHost(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger, PloverType type,
        List<(ActorRef, Span)> recipients)
    {
        int v = trigger.Word;
        if (type != PloverType.Consult || trigger.Kind != TriggerKind.Verb || tree.Upos(v) != "VERB") return;
        foreach (int purpose in tree.Children(v))
        {
            if (purpose < v || tree.BaseRel(purpose) is not ("advcl" or "xcomp") || !AttendingVerbs.Contains(tree.Lemma(purpose))) continue;
            if (!tree.Children(purpose).Any(m => m < purpose && tree.BaseRel(m) == "mark" && tree.Lower(m) == "to")) continue;
            bool takePart = tree.Lemma(purpose) == "take";
            if (takePart && !tree.Children(purpose).Any(o => tree.BaseRel(o) == "obj" && tree.Lower(o) == "part")) continue;
            foreach (int g in tree.Children(purpose))
            {
                // A gathering that is an event noun of its own ("a summit of the League") carries the body itself.
                if (tree.Upos(g) != "NOUN" || !Gatherings.Contains(tree.Lemma(g)) || NounReading(tree, g) is not null) continue;
                bool attended = tree.BaseRel(g) switch
                {
                    "obj" => !takePart,
                    "obl" => tree.CaseOf(g) == "in",
                    _ => false,
                };
                if (!attended) continue;
                foreach (int body in tree.Children(g))
                    if (tree.BaseRel(body) == "nmod" && tree.CaseOf(body) == "of" && tree.Upos(body) == "PROPN") AddActor(tree, ctx, body, recipients);
            }
        }
    }
}
