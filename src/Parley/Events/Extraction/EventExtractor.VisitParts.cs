using Parley.Documents;

namespace Parley.Events.Extraction;

/// <summary>
/// What is done as part of someone's visit is done with the visit's host. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// "Much of the minister's trip will be devoted to consultations", "part of Ruto's visit is set aside for talks on
    /// trade": a possessed visit, trip or tour noun with no destination of its own ("Ruto's visit") is the visit of that
    /// actor the article has already told of, and a meeting the sentence places inside it is held with its host. So a
    /// meeting (or the visit noun itself) whose actor possesses such a noun in the sentence, and that names no other
    /// side, takes the other side of the latest earlier visit in the article by that same actor (the country or people
    /// it went to), and is set where that visit was (returned: the visit taken, or null). Nothing is taken when the
    /// article tells of no such visit with a known host.
    /// </summary>
    private static EventRecord? VisitHostOfPart(SentenceTree tree, TriggerMatch trigger, List<(ActorRef Ref, Span Span)> actors,
        List<(ActorRef Ref, Span Span)> recipients, IReadOnlyList<EventRecord> prior)
    {
        if (trigger.Type != PloverType.Consult || recipients.Count > 0 || actors.Count == 0) return null;
        var visitors = new List<ActorRef>();
        for (int w = tree.First; w < tree.End; w++)
        {
            if (tree.Upos(w) != "NOUN" || !JourneyNouns.Contains(tree.Lemma(w))) continue;
            foreach (int c in tree.Children(w))
            {
                if (tree.Rel(c) != "nmod:poss") continue;
                var possessor = tree.WordSpan(c);
                visitors.AddRange(actors.Where(a => a.Span.Overlaps(possessor)).Select(a => a.Ref));
            }
        }
        if (visitors.Count == 0) return null;
        for (int i = prior.Count - 1; i >= 0; i--)
        {
            var e = prior[i];
            if (e.Type != PloverType.Consult || e.Mode != "visit" || e.Recipients.Count == 0 || !e.Actors.Any(a => visitors.Any(v => SameActor(a, v)))) continue;
            for (int r = 0; r < e.Recipients.Count; r++)
                if (e.Evidence.Fields.TryGetValue($"recipient:{r}", out var span)) recipients.Add((e.Recipients[r], span));
            return e;
        }
        return null;
    }
}
