using System.Collections.Frozen;

namespace Parley.Events.Extraction;

/// <summary>
/// Phrasal and prepositional verbs: a verb whose particle or preposition changes what it means ("ruled out talks",
/// "called off the visit", "pulled out of the region", "pushed for a vote", "cracked down on protesters"). The CAMEO
/// dictionary lists such verbs as one lemma ("call off", "crack down") and the Parley lexicon adds its own ("rule out",
/// "step down"); the verb's word alone would read as something else ("call" is a phone call) or as nothing.
/// </summary>
public sealed partial class EventExtractor
{
    // Adverbs the parser may hang on a verb as advmod where they are its particle ("backed down", "stepped aside").
    private static readonly FrozenSet<string> Particles = new[]
    {
        "off", "out", "down", "up", "back", "away", "aside", "in", "over", "forward", "through",
    }.ToFrozenSet();

    /// <summary>
    /// The reading of a verb together with its particle and/or the preposition of one of its dependents, when the
    /// lexicon lists that combination: longest first ("pull out of", then "pull out", then "pull of"). Null when no
    /// combination is listed, so the bare verb is read as before.
    /// </summary>
    private TriggerMatch? PhrasalReading(SentenceTree tree, int w)
    {
        var particles = new List<string>();
        var prepositions = new List<string>();
        foreach (int c in tree.Children(w))
        {
            string rel = tree.Rel(c);
            if (rel == "compound:prt" || (tree.BaseRel(c) == "advmod" && c > w && c <= w + 3 && Particles.Contains(tree.Lower(c))))
                particles.Add(tree.Lower(c));
            else if (tree.BaseRel(c) is "obl" or "obj" or "nmod" && tree.CaseOf(c) is { Length: > 0 } prep)
            {
                // "pulled out of Bolivia": the parser may make the particle part of the case marker ("out of").
                string[] words = prep.Split(' ');
                if (words.Length == 2 && Particles.Contains(words[0])) { particles.Add(words[0]); prepositions.Add(words[1]); }
                else if (words.Length == 1) prepositions.Add(prep);
            }
            // "pushed for the US to back the plan": the preposition introduces a clause.
            else if (tree.BaseRel(c) is "advcl" or "ccomp" or "xcomp" && tree.Children(c).FirstOrDefault(m => tree.BaseRel(m) == "mark" && tree.Upos(m) == "ADP") is var mark and > 0)
                prepositions.Add(tree.Lower(mark));
        }
        foreach (string lemma in LightVerbLemmas(tree, w))
        {
            foreach (var (key, prepositional) in PhrasalKeys(lemma, particles, prepositions))
            {
                // A verb + preposition is read only where Parley lists it ("push for", "insist on"): CAMEO's
                // prepositional entries are too broad as phrases ("ask for" is coded as an invitation, "go to" as a visit).
                if (!_lexicon.Lookup(key).Any(e => e.Kind == Lexicon.TriggerKind.Verb && (!prepositional || e.Source == Lexicon.TriggerSource.Parley))) continue;
                // (VerbReading prefers a Parley entry to the dictionary's.)
                if (VerbReading(tree, w, key) is { } reading) return reading;
            }
        }
        return null;
    }

    // Phrasal verbs of refusing: what they govern is refused, not done ("ruled out talks").
    private static readonly FrozenSet<string> RefusalPhrases = new[] { "rule out", "turn down", "brush aside", "shrug off" }.ToFrozenSet();

    private static bool RefusalPhrase(SentenceTree tree, int v) =>
        tree.Children(v).Any(c => tree.Rel(c) == "compound:prt" && RefusalPhrases.Contains(tree.Lemma(v) + " " + tree.Lower(c)));

    private static IEnumerable<(string Key, bool Prepositional)> PhrasalKeys(string lemma, List<string> particles, List<string> prepositions)
    {
        foreach (string p in particles)
        foreach (string q in prepositions)
            yield return ($"{lemma} {p} {q}", false);
        foreach (string p in particles) yield return ($"{lemma} {p}", false);
        foreach (string q in prepositions) yield return ($"{lemma} {q}", true);
    }
}
