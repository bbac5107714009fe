using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Events;

namespace Parley.Events.Extraction;

/// <summary>
/// The doer of a meeting named inside a fronted adjunct: "According to the outcome of the talks with X, Y said …",
/// "Following the results of his meeting with X, Y announced …".
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// A meeting noun with its other side given ("talks with X") and no doer of its own, hung (through at most one
    /// further noun: "the results of", "the outcome of") from a phrase that opens the clause before its subject, is the
    /// clause subject's own meeting — the way a fronted adjunct's understood subject is the clause's ("After meeting X,
    /// Y said"). The subjects of that clause's verb are the doers.
    /// </summary>
    private static void FrontedAdjunctDoer(SentenceTree tree, DocumentContext ctx, int n, PloverType type,
        List<(ActorRef, Span)> recipients, List<(ActorRef, Span)> actors)
    {
        if (type != PloverType.Consult || recipients.Count == 0) return;
        int phrase = n;
        if (tree.BaseRel(phrase) == "nmod" && tree.Head(phrase) is int up and >= 0 && tree.Upos(up) == "NOUN") phrase = up;
        if (tree.BaseRel(phrase) != "obl" || tree.Head(phrase) is not (int verb and >= 0) || tree.Upos(verb) != "VERB") return;
        var subjects = Subjects(tree, verb);
        if (subjects.Count == 0 || subjects.Any(s => s < n)) return;
        // the phrase is set off by a comma before the subject
        if (!Enumerable.Range(n + 1, subjects.Min() - n - 1).Any(w => tree.Lower(w) == ",")) return;
        foreach (int s in subjects) AddActor(tree, ctx, s, actors);
    }
}
