using System.Collections.Frozen;
using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// An event said again is coded once (gold guidelines): within one sentence, a bare definite or anaphoric event noun
/// that restates another event of the same type ("… talks in Oslo on Monday, though aides played down the meeting");
/// and a visit named only as the time frame of what its visitor says or does ("spoke to students before her trip",
/// "during my visit I will raise …") when the article has already coded that visitor's visit or meeting. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    // Prepositions that make an event noun the time frame of its clause.
    private static readonly FrozenSet<string> FrameCases = new[] { "during", "before", "after", "upon", "on", "ahead of", "following" }.ToFrozenSet();

    // Most informative first: the modality a restating pair keeps (asserted last: it is what a bare mention defaults to).
    private static readonly EventModality[] ModalityStrength =
    [
        EventModality.Negated, EventModality.Attempted, EventModality.Hypothetical, EventModality.Intended,
        EventModality.Possible, EventModality.Planned, EventModality.Asserted,
    ];

    private static List<EventRecord> WithoutRestatements(SentenceTree tree, List<TriggerMatch> triggers, List<EventRecord> events, IReadOnlyList<EventRecord> prior)
    {
        var drop = new HashSet<int>();
        for (int i = 0; i < events.Count; i++)
        {
            var (trigger, evt) = (triggers[i], events[i]);
            if (trigger.Kind != TriggerKind.Noun) continue;
            // "the meeting", "such a meeting", "no talks" with no participant of its own, next to another mention of
            // the same type in the sentence: one event, kept with the more informative modality (the first on a tie).
            if (Anaphoric(tree, trigger.Word, trigger.Kind) && !OwnParticipants(tree, trigger.Word))
            {
                int strength = Array.IndexOf(ModalityStrength, evt.Modality);
                for (int j = 0; j < events.Count; j++)
                {
                    if (j == i || drop.Contains(j) || events[j].Type != evt.Type) continue;
                    int other = Array.IndexOf(ModalityStrength, events[j].Modality);
                    if (other < strength || (other == strength && j < i)) { drop.Add(i); break; }
                }
                if (drop.Contains(i)) continue;
            }
            if (evt.Type == PloverType.Consult && FramingVisitOfKnownVisitor(tree, trigger.Word, evt, prior))
            {
                drop.Add(i);
                // "During my visit to Nairobi, I will raise …": talks held during a visit are with its host, there.
                if (tree.CaseOf(trigger.Word) == "during")
                    for (int j = 0; j < events.Count; j++)
                        if (j != i && events[j].Type == PloverType.Consult && events[j].Recipients.Count == 0) events[j] = WithHost(events[j], evt);
            }
        }
        return drop.Count == 0 ? events : [.. events.Where((_, k) => !drop.Contains(k))];
    }

    // The visit's host as the recipient, its place where the event has none, and its mode (talks held on a visit are
    // part of it), with the visit's evidence spans.
    private static EventRecord WithHost(EventRecord evt, EventRecord visit)
    {
        var fields = new Dictionary<string, Span>(evt.Evidence.Fields);
        var recipients = visit.Recipients.Where(r => !evt.Actors.Any(a => SameParty(a, r))).ToList();
        for (int k = 0; k < visit.Recipients.Count; k++)
        {
            if (!recipients.Contains(visit.Recipients[k])) continue;
            if (visit.Evidence.Fields.TryGetValue($"recipient:{k}", out var span)) fields[$"recipient:{recipients.IndexOf(visit.Recipients[k])}"] = span;
        }
        var place = evt.Place;
        if (place is null && visit.Place is not null && visit.Evidence.Fields.TryGetValue("place", out var ps)) { place = visit.Place; fields["place"] = ps; }
        return evt with { Recipients = recipients, Place = place, Mode = evt.Mode ?? visit.Mode, Evidence = evt.Evidence with { Fields = fields } };
    }

    // A possessor, a name or country modifier, or a participant phrase ("with X", "between X and Y") on the noun itself.
    private static bool OwnParticipants(SentenceTree tree, int n) =>
        tree.Children(n).Any(c => tree.Rel(c) == "nmod:poss"
            || (tree.BaseRel(c) == "nmod" && (NominalActorCases.Contains(tree.CaseOf(c)) || RecipientCases.Contains(tree.CaseOf(c))))
            || (tree.Rel(c) is "compound" or "amod" && (tree.Upos(c) == "PROPN" || CountryWord(tree, c) is not null)));

    // "before his trip", "during my visit to X": a pronoun-owned visit framing its clause, whose visitor the article has
    // already coded at a meeting or visit.
    private static bool FramingVisitOfKnownVisitor(SentenceTree tree, int n, EventRecord evt, IReadOnlyList<EventRecord> prior)
    {
        if (tree.BaseRel(n) is not ("obl" or "nmod") || !FrameCases.Contains(tree.CaseOf(n))) return false;
        if (!tree.Children(n).Any(c => tree.Rel(c) == "nmod:poss" && tree.Upos(c) == "PRON")) return false;
        if (evt.Actors.Count == 0) return false;
        return prior.Any(p => p.Type == PloverType.Consult && p.Actors.Concat(p.Recipients).Any(a => evt.Actors.Any(b => SameNamed(a, b))));
    }

    // The same actor, also where one mention gives the full name and the other the surname ("Ana Ruiz" … "Ruiz").
    private static bool SameNamed(ActorRef a, ActorRef b) =>
        SameActor(a, b) || (a.Name is not null && a.Name == b.Name)
        || (a.Country == b.Country && Surname(a.Display) is { } sa && sa == Surname(b.Display) && char.IsUpper(sa[0]));

    private static string? Surname(string display) =>
        display.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[^1] : null;
}
