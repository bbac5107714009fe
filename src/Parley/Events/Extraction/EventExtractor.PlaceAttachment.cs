using Parley.Documents;

namespace Parley.Events.Extraction;

/// <summary>
/// Where a destination is, whichever way the parser attaches the place: in "sent engineers to the dam in Laos"
/// or "moved troops into the port in Crimea" the "in" phrase right after the noun phrase may hang on the noun (UD
/// nmod) or on the verb (obl) — the classic attachment ambiguity — and both readings put the destination there.
/// Not for other participants: "met officials in Geneva" or "spoke to officials in Geneva" says where they met or
/// spoke, not whose officials they are. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// The country of an "in" place that the parser hung on the verb, when it directly follows (punctuation aside)
    /// the verb's object or oblique that holds <paramref name="w"/> (through nmod, appos, compound or conj) as, or
    /// inside, a "to"/"into" destination of something the verb sends (it has an object). Null when there is none; the place's own nmod on the noun is <see cref="HomeCountry"/>'s first reading.
    /// </summary>
    private static string? CountryOfFollowingPlace(SentenceTree tree, DocumentContext ctx, int w)
    {
        int top = w;
        // The word may stand for the destination named in its own "to" phrase ("engineers to the dam", resolved to the dam).
        bool destination = tree.CaseOf(w) is "to" or "into" || tree.Children(w).Any(c => tree.BaseRel(c) == "nmod" && tree.CaseOf(c) is "to" or "into");
        for (int hops = 0; hops < 4 && tree.BaseRel(top) is "nmod" or "appos" or "compound" or "conj" or "flat"; hops++)
        {
            if (tree.Head(top) is int up and >= 0) top = up; else return null;
            destination |= tree.CaseOf(top) is "to" or "into";
        }
        // Only a destination: "met officials in Geneva" names where they met, not whose officials they are.
        if (!destination) return null;
        if (tree.BaseRel(top) is not ("obj" or "obl") || tree.Head(top) is not (int verb and >= 0) || tree.Upos(verb) != "VERB") return null;
        // Something is sent there (the verb has an object): "spoke to officials in Geneva" is an addressee, not a destination.
        if (!tree.Children(verb).Any(c => tree.BaseRel(c) == "obj")) return null;
        int end = tree.Subtree(top).Max();
        foreach (int c in tree.Children(verb))
        {
            if (c <= end || tree.BaseRel(c) != "obl" || tree.CaseOf(c) != "in") continue;
            int start = tree.Subtree(c).Min();
            bool adjacent = true;
            for (int x = end + 1; x < start; x++) adjacent &= tree.Upos(x) == "PUNCT";
            if (!adjacent) continue;
            return ctx.Places.FirstOrDefault(p => p.Span.Overlaps(tree.WordSpan(c)))?.Country;
        }
        return null;
    }
}
