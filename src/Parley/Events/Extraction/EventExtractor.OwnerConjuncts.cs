using Parley.Documents;

namespace Parley.Events.Extraction;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "the delegations of Chile, Peru and Bolivia", "the foreign ministers of Kenya and Uganda": a plural noun whose
    /// "of" owner is a coordination stands for every owner, not only the first. The resolved actor of the plural noun is
    /// the first owner's (its phrase stops at conjuncts); this gives the other owners, the words to resolve next.
    /// A singular noun ("the head of the bank and the fund") names one holder and gives none.
    /// </summary>
    private static IEnumerable<int> CoordinatedOwners(SentenceTree tree, int w, Span resolved)
    {
        if (tree.Upos(w) != "NOUN" || tree.Tags.Xpos[w] != "NNS") yield break;
        foreach (int owner in tree.Children(w))
        {
            if (owner < w || tree.BaseRel(owner) != "nmod" || tree.CaseOf(owner) != "of" || !tree.WordSpan(owner).Overlaps(resolved)) continue;
            foreach (int c in tree.Children(owner))
                if (tree.BaseRel(c) == "conj") yield return c;
        }
    }
}
