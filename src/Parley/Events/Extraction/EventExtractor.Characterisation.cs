using System.Collections.Frozen;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// Naming something with a pejorative noun as a verbal act: "a plan Beijing says is a threat to its security",
/// "what Delhi called the biased tone of the report", "Oslo called the move a provocation". Saying or calling
/// something a threat, a bias or a provocation is a verbal accusation (ACCUSE, disapprove; CAMEO 111). Pure.
/// </summary>
public sealed partial class EventExtractor
{
    // Nouns that, predicated of something by a speaker, find fault with it.
    private static readonly FrozenSet<string> PejorativeNouns = new[]
    {
        "threat", "danger", "menace", "provocation", "bias", "interference", "aggression", "violation", "lie",
        "insult", "sham", "farce", "outrage", "disgrace", "blackmail",
    }.ToFrozenSet();

    // Verbs that name what something is: calling, terming, describing as.
    private static readonly FrozenSet<string> NamingVerbs = new[] { "call", "term", "brand", "label", "dub" }.ToFrozenSet();

    /// <summary>
    /// A verb of saying whose complement clause is "… is a threat/bias/…" ("Beijing says [the plan] is a threat"), or a
    /// verb of naming whose predicate is such a noun ("called the move a provocation", "what it called the bias"):
    /// an accusation by the verb's subject.
    /// </summary>
    private TriggerMatch? PejorativeCharacterisation(SentenceTree tree, int w)
    {
        string lemma = tree.Lemma(w);
        bool saying = _reporting.Contains(lemma) && lemma != "call";
        bool naming = NamingVerbs.Contains(lemma);
        if (!saying && !naming) return null;
        if (!tree.Children(w).Any(c => tree.BaseRel(c) == "nsubj")) return null;
        foreach (int c in tree.Children(w))
        {
            if (tree.Upos(c) != "NOUN" || !PejorativeNouns.Contains(tree.Lemma(c))) continue;
            bool predicate = saying
                // The clause's copula marks the noun as what is said of something, however the parser hung the
                // clause (a contact relative, "a plan Beijing says is a threat", often comes out as a subject).
                ? tree.Children(c).Any(k => tree.BaseRel(k) == "cop")
                : tree.BaseRel(c) is "xcomp" or "obj";
            if (predicate) return new TriggerMatch(w, PloverType.Accuse, "disapprove", TriggerKind.Verb, TriggerSource.Parley, false, []);
        }
        return null;
    }
}
