using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// Being abroad as a visit: "the Chilean foreign minister is in Lima", "Ruto was in Berlin last week". A person of one
/// country said to be in a place of another is on a visit there (CONSULT, visit), with the place as its other side,
/// as "visited Lima" would be. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// Copular "X is/was in PLACE" (the place is the predicate, with "be" as its copula and "in" as its case) whose
    /// subject is a person of a known country other than the place's: a visit, triggered on the place.
    /// </summary>
    private static IEnumerable<TriggerMatch> PresenceVisits(SentenceTree tree, DocumentContext ctx)
    {
        for (int w = tree.First; w < tree.End; w++)
        {
            if (tree.Upos(w) != "PROPN") continue;
            if (!tree.Children(w).Any(c => tree.BaseRel(c) == "cop" && tree.Lemma(c) == "be")) continue;
            if (!tree.Children(w).Any(c => c < w && tree.BaseRel(c) == "case" && tree.Lower(c) == "in")) continue;
            if (ctx.Places.FirstOrDefault(p => p.Span.Overlaps(tree.WordSpan(w)) && p.Country is not null) is not { } place) continue;
            int subject = tree.Children(w).Where(c => c < w && tree.BaseRel(c) == "nsubj").DefaultIfEmpty(-1).First();
            if (subject < 0 || MentionAt(ctx, tree.WordSpan(subject)) is not { Kind: ActorKind.Person, Country: { } home } || home == place.Country) continue;
            yield return new TriggerMatch(w, PloverType.Consult, "visit", TriggerKind.Verb, TriggerSource.Parley, false, []);
        }
    }

    // The place a presence visit is triggered on is its other side; a place that names no actor (a city the actor
    // layer does not read as its government) stands for its country. Only the place's own words are read: the place
    // is the clause's predicate, so its phrase holds the subject too ("the minister is in Kyiv" is not a visit to
    // the minister).
    private static void PresencePlace(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger, List<(ActorRef, Span)> recipients)
    {
        int w = trigger.Word;
        if (trigger.Mode != "visit" || trigger.Kind != TriggerKind.Verb || tree.Upos(w) != "PROPN" || recipients.Count > 0) return;
        if (ctx.Places.FirstOrDefault(p => p.Span.Overlaps(tree.WordSpan(w)) && p.Country is not null) is not { } place) return;
        if (MentionAt(ctx, place.Span) is { } named && named.Span.Overlaps(place.Span)) recipients.Add((Ref(named), named.Span));
        else if (place.FeatureClass == 'A') recipients.Add((new ActorRef(place.Text, Country: place.Country, Sector: "GOV"), place.Span));
        else recipients.Add((new ActorRef(place.Text, null, null, place.Country, null, null), place.Span));
    }
}
