using Parley.Documents;
using Parley.Entities.Actors;

namespace Parley.Events.Extraction;

/// <summary>"the country": a definite country noun points back to the country the article named last. Pure.</summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// "… the unrest in Peru. Chile's aid to the country …": "the country" (or "this country") with no modifier
    /// of its own is the state of the nearest country named before it, other than the doer named on the noun it hangs
    /// from; null when none is.
    /// </summary>
    private static (ActorRef, Span)? DefiniteCountry(SentenceTree tree, DocumentContext ctx, int w)
    {
        if (tree.Lemma(w) != "country" || tree.Tags.Xpos[w] != "NN") return null;
        var kids = tree.Children(w).ToList();
        if (!kids.Any(c => tree.BaseRel(c) == "det" && tree.Lower(c) is "the" or "this")
            || kids.Any(c => tree.BaseRel(c) is "amod" or "compound" or "nmod" or "acl" or "nummod" || tree.Rel(c) == "nmod:poss"))
            return null;
        var at = tree.WordSpan(w);
        // "Chile's aid to the country": the doer named on the noun the country hangs from is not the country.
        int head = tree.Head(w);
        var doers = head < 0 ? [] : tree.Children(head).Where(c => c != w && tree.Rel(c) is "compound" or "amod" or "nmod:poss").Select(tree.WordSpan).ToList();
        var last = ctx.Places.Where(p => p.Span.End <= at.Start && p.FeatureClass == 'A' && p.Country is not null && !doers.Any(d => d.Overlaps(p.Span)))
            .MaxBy(p => p.Span.Start);
        return last is null ? null : (new ActorRef(last.Text, Country: last.Country, Sector: "GOV"), at);
    }
}
