using System.Collections.Frozen;
using Parley.Documents;
using Parley.Entities.Places;

namespace Parley.Events.Extraction;

/// <summary>
/// Where an event is when no place is an oblique of its own predicate: the place a "where" clause hangs on ("Lavrov
/// is in Ottawa, where he is to meet the prime minister"), and the place a deployed thing is put ("to deploy missiles
/// in Europe", "stationing troops near the border"). Pure.
/// </summary>
internal static class EventPlaces
{
    // Verbs and nouns of putting something somewhere: the object's place is the event's.
    private static readonly FrozenSet<string> Placing = new[]
    {
        "deploy", "deployment", "place", "placing", "placement", "station", "stationing", "install", "installation", "base", "position",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Locative = new[] { "in", "near", "on", "at", "along", "inside", "to" }.ToFrozenSet();

    public static PlaceMention? Around(SentenceTree tree, IReadOnlyList<PlaceMention> places, int t, int clause, out Span? span)
    {
        span = null;
        // "…in Ottawa, where he is to meet …": the clause's "where" is the noun it modifies.
        foreach (int c in new[] { t, clause }.Distinct())
        {
            if (c < 0 || tree.BaseRel(c) != "acl" || !tree.Children(c).Any(x => tree.Lower(x) == "where")) continue;
            int head = tree.Head(c);
            if (head >= 0 && At(tree, places, head) is { } p) { span = p.Span; return p; }
        }
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

    private static PlaceMention? At(SentenceTree tree, IReadOnlyList<PlaceMention> places, int w)
    {
        var ws = tree.WordSpan(w);
        return places.FirstOrDefault(p => p.Span.Overlaps(ws));
    }
}
