using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

public sealed partial class EventExtractor
{
    /// <summary>
    /// A verb whose light-verb noun is stood for by "it" ("The pact was signed in 1990. Ten years later the country
    /// withdrew from it"): the pronoun takes its antecedent — the nearest subject or object noun before it, in its own
    /// sentence (outside its own clause) or in the previous one — and, where that noun completes a light-verb entry of the
    /// verb ("withdraw treaty"), the verb is read as that entry, with the pronoun as its consumed noun. Any other
    /// antecedent leaves the trigger as it was.
    /// </summary>
    private TriggerMatch PronounLightVerb(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger)
    {
        if (trigger.Kind != TriggerKind.Verb) return trigger;
        int v = trigger.Word;
        int pronoun = tree.Children(v).FirstOrDefault(c => tree.BaseRel(c) is "obj" or "obl" && tree.Lower(c) == "it", -1);
        if (pronoun < 0 || ItAntecedent(tree, ctx, v, pronoun) is not { } antecedent) return trigger;
        string lemma = tree.Lemma(v);
        foreach (var entry in _lexicon.LookupHead(lemma))
        {
            if (entry.Kind != TriggerKind.LightVerb) continue;
            string[] parts = entry.Lemma.Split(' ');
            if (parts.Length == 2 && parts[0] == lemma && parts[1] == antecedent)
                return new TriggerMatch(v, entry.Type, entry.Mode, TriggerKind.LightVerb, entry.Source, false, [pronoun]);
        }
        return trigger;
    }

    /// <summary>
    /// The lemma of the antecedent of "it" at <paramref name="pronoun"/>: walking back from the pronoun, the first singular
    /// noun phrase that is a subject or object and not an argument of the pronoun's own verb (a pronoun does not corefer with its
    /// co-argument), first in its sentence; else, in the previous sentence, the highest such noun in its tree (the leftmost of
    /// equals). Null when there is none.
    /// </summary>
    private static string? ItAntecedent(SentenceTree tree, DocumentContext ctx, int verb, int pronoun)
    {
        for (int w = pronoun - 1; w >= tree.First; w--)
        {
            if (tree.Head(w) == verb) continue;
            if (Candidate(tree, w)) return PhraseHead(tree, w);
        }
        if (tree.Sentence == 0 || tree.Sentence > ctx.Trees.Count) return null;
        var previous = ctx.Trees[tree.Sentence - 1];
        // In the sentence before, the highest subject or object first, left to right (as Hobbs' search does).
        int best = -1;
        for (int w = previous.First; w < previous.End; w++)
        {
            if (Candidate(previous, w) && (best < 0 || previous.Depth(w) < previous.Depth(best))) best = w;
        }
        return best < 0 ? null : PhraseHead(previous, best);

        // The noun that ends the phrase: the parser may hang the last word of a name on the word before it
        // ("an Anti-Ballistic Missile Treaty" as Missile ←appos– Treaty).
        static string PhraseHead(SentenceTree t, int w)
        {
            while (w + 1 < t.End && t.Head(w + 1) == w && t.BaseRel(w + 1) is "appos" or "flat" or "compound" && t.Upos(w + 1) is "NOUN" or "PROPN") w++;
            return t.Lemma(w).ToLowerInvariant();
        }

        static bool Candidate(SentenceTree t, int w) =>
            t.Upos(w) is "NOUN" or "PROPN" && t.Tags.Xpos[w] is "NN" or "NNP"
            && t.BaseRel(w) is "nsubj" or "obj" && t.Rel(w) != "nsubj:outer";
    }
}
