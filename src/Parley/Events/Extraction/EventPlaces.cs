using System.Collections.Frozen;
using Parley.Documents;
using Parley.Entities.Places;

namespace Parley.Events.Extraction;

/// <summary>
/// Where an event is when no place is an oblique of its own predicate: the place a "where" clause hangs on ("Lavrov
/// is in Ottawa, where he is to meet the prime minister"), the place a deployed thing is put ("to deploy missiles
/// in Europe", "stationing troops near the border"), the place of the gathering it is held at ("talks at the summit
/// in Rome"), and the destination of a journey made to do it ("will fly to Rome to meet the pope"). Pure.
/// </summary>
internal static class EventPlaces
{
    // Verbs and nouns of putting something somewhere: the object's place is the event's.
    private static readonly FrozenSet<string> Placing = new[]
    {
        "deploy", "deployment", "place", "placing", "placement", "station", "stationing", "install", "installation", "base", "position",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Locative = new[] { "in", "near", "on", "at", "along", "inside", "to" }.ToFrozenSet();

    // Verbs of coming together whose "for" names the gathering they come together at.
    private static readonly FrozenSet<string> GatheringFor = new[] { "meet", "gather", "convene", "assemble", "arrive", "reconvene" }.ToFrozenSet();

    // Verbs of going somewhere: a purpose clause of theirs happens at the destination.
    private static readonly FrozenSet<string> Journeys = new[]
    {
        "travel", "go", "fly", "come", "head", "journey", "return", "leave", "depart", "arrive", "sail", "drive", "rush",
    }.ToFrozenSet();

    // Relations by which a "where" clause hangs on the place it is at: a relative clause, or one the parser coordinates
    // with or subordinates to the place ("Ruto is in Ghana, where he is to meet …").
    private static readonly FrozenSet<string> WhereRels = new[] { "acl", "conj", "advcl", "parataxis" }.ToFrozenSet();

    public static PlaceMention? Around(SentenceTree tree, IReadOnlyList<PlaceMention> places, int t, int clause, out Span? span)
    {
        span = null;
        // "X is in Lima" read as a visit: the trigger is the place itself.
        if (PresenceAt(tree, places, t) is { } present) { span = present.Span; return present; }
        // "…in Ottawa, where he is to meet …": the clause's "where" is the noun it modifies.
        foreach (int c in new[] { t, clause }.Distinct())
        {
            if (c < 0 || !WhereRels.Contains(tree.BaseRel(c)) || !tree.Children(c).Any(x => tree.Lower(x) == "where" && tree.BaseRel(x) == "advmod" && x < c)) continue;
            int head = tree.Head(c);
            if (head >= 0 && head < c && At(tree, places, head) is { } p) { span = p.Span; return p; }
        }
        if (WhereAfterPlace(tree, places, t) is { } where) { span = where.Span; return where; }
        if (AtGathering(tree, places, t, clause) is { } gathered) { span = gathered.Span; return gathered; }
        if ((Destination(tree, places, t) ?? (clause >= 0 ? Destination(tree, places, clause) : null)) is { } destination) { span = destination.Span; return destination; }
        if (!Placing.Contains(tree.Lemma(t)) && !Placing.Contains(tree.Lower(t))) return null;
        foreach (int obj in tree.Children(t).Where(c => tree.BaseRel(c) is "obj" or "nmod" && !Locative.Contains(tree.CaseOf(c))))
        {
            foreach (int w in tree.Subtree(obj))
            {
                if (w == obj || tree.BaseRel(w) is not "nmod" || !Locative.Contains(tree.CaseOf(w))) continue;
                if (At(tree, places, w) is { } p) { span = p.Span; return p; }
            }
        }
        return null;
    }

    /// <summary>
    /// "negotiations at the defence ministers' talks in Oslo", "met on the sidelines of the summit in Rome": an event
    /// held at a meeting or gathering is where that gathering is said to be.
    /// </summary>
    internal static PlaceMention? AtGathering(SentenceTree tree, IReadOnlyList<PlaceMention> places, int t, int clause)
    {
        // With a light verb the event noun is its object: "held negotiations at the talks in Lisbon".
        var heads = new[] { t, clause }.Where(h => h >= 0).ToList();
        heads.AddRange(heads.SelectMany(h => tree.Children(h)).Where(o => tree.BaseRel(o) == "obj" && DocumentSetting.IsMeetingOrGathering(tree, o)).ToList());
        foreach (int head in heads.Distinct())
        {
            foreach (int c in tree.Children(head))
            {
                if (c == t || tree.BaseRel(c) is not ("obl" or "nmod") || tree.CaseOf(c) is not ("at" or "during" or "on" or "on the" or "within" or "for")) continue;
                // "met for their summit in Lima": those who come together for a gathering are where it is; "called for a
                // summit in Lima" is not in Lima.
                if (tree.CaseOf(c) == "for" && !GatheringFor.Contains(tree.Lemma(head))) continue;
                string lemma = tree.Lemma(c);
                bool sidelines = lemma is "sideline" or "sidelines" || tree.Lower(c) is "sidelines" or "margins";
                if (!sidelines && !DocumentSetting.IsMeetingOrGathering(tree, c)) continue;
                if (tree.CaseOf(c) is "on" or "on the" && !sidelines) continue; // "an agreement on the meeting" is about it
                // Down the gathering's own name: "the sidelines of the summit", "the summit in Rome".
                var frontier = new List<int> { c };
                for (int depth = 0; depth < 3 && frontier.Count > 0; depth++)
                {
                    var next = new List<int>();
                    foreach (int n in frontier)
                    {
                        foreach (int d in tree.Children(n))
                        {
                            if (tree.BaseRel(d) != "nmod") continue;
                            string kase = tree.CaseOf(d);
                            if (kase is "in" or "at" && At(tree, places, d) is { } p) return p;
                            if (kase == "of" && (DocumentSetting.IsMeetingOrGathering(tree, d) || n == c && sidelines)) next.Add(d);
                        }
                    }
                    frontier = next;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "Ruto will fly to Geneva to attend an assembly and meet officials": what a journey is made to do
    /// happens at its destination.
    /// </summary>
    internal static PlaceMention? Destination(SentenceTree tree, IReadOnlyList<PlaceMention> places, int t)
    {
        int x = t;
        for (int guard = 0; guard < 2 && tree.BaseRel(x) == "conj" && tree.Head(x) >= 0; guard++) x = tree.Head(x);
        if (tree.BaseRel(x) != "advcl" || !tree.Children(x).Any(c => tree.BaseRel(c) == "mark" && tree.Lower(c) == "to")) return null;
        int journey = tree.Head(x);
        if (journey < 0 || !Journeys.Contains(tree.Lemma(journey))) return null;
        foreach (int c in tree.Children(journey))
        {
            if (tree.BaseRel(c) != "obl" || tree.CaseOf(c) is not ("to" or "for" or "in" or "into")) continue;
            if (At(tree, places, c) is { } p) return p;
        }
        return null;
    }

    /// <summary>
    /// The same by the words, where the parser hung the relative clause on the noun above the place ("the crisis in
    /// Quito, where the dispute … turned into violence") or lost it ("where" on the comma): a place right before
    /// ", where" is the place of an event after it in that clause — no other clause's verb between "where" and the
    /// event, and no ";" or dash.
    /// </summary>
    private static PlaceMention? WhereAfterPlace(SentenceTree tree, IReadOnlyList<PlaceMention> places, int t)
    {
        int verbs = 0;
        for (int x = t - 1; x >= tree.First + 2; x--)
        {
            if (tree.Lower(x) is ";" or "—" or "–" or ":") return null;
            if (tree.Upos(x) is "VERB") verbs++;
            if (tree.Lower(x) != "where") continue;
            // A "where" whose clause the parser built without the event is another clause's.
            if (tree.Head(x) is int h and >= 0 && tree.Upos(h) != "PUNCT" && !tree.Dominates(h, t)) return null;
            int clauseVerbs = tree.Upos(t) == "VERB" ? 0 : 1;
            return tree.Lower(x - 1) == "," && verbs <= clauseVerbs ? At(tree, places, x - 2) : null;
        }
        return null;
    }

    // A place that is the predicate of "be in" ("X is in Lima"), when it is the trigger itself.
    private static PlaceMention? PresenceAt(SentenceTree tree, IReadOnlyList<PlaceMention> places, int t) =>
        tree.Upos(t) == "PROPN" && tree.Children(t).Any(c => tree.BaseRel(c) == "cop") && tree.CaseOf(t) == "in" ? At(tree, places, t) : null;

    private static PlaceMention? At(SentenceTree tree, IReadOnlyList<PlaceMention> places, int w)
    {
        var ws = tree.WordSpan(w);
        return places.FirstOrDefault(p => p.Span.Overlaps(ws));
    }
}
