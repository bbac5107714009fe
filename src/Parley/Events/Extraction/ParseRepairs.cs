using System.Collections.Frozen;

namespace Parley.Events.Extraction;

/// <summary>
/// General repairs of parser slips that cost events, applied to a <see cref="SentenceTree"/> (never to the layer).
/// </summary>
internal static partial class ParseRepairs
{
    private static readonly FrozenSet<string> Reporting =
        new[] { "say", "tell", "report", "announce", "add", "state", "claim", "confirm", "write" }.ToFrozenSet();

    /// <summary>The words to hang elsewhere: (word, new head, new relation).</summary>
    public static IEnumerable<(int Word, int Head, string Rel)> Find(SentenceTree tree)
    {
        for (int v = tree.First; v < tree.End; v++)
        {
            if (tree.Upos(v) != "VERB") continue;
            foreach (var moved in StrandedPrepositionalObject(tree, v)) yield return moved;
            if (!Reporting.Contains(tree.Lemma(v))) continue;
            if (StrandedObject(tree, v) is { } repair) yield return repair;
        }
        for (int w = tree.First; w < tree.End; w++)
            if (PrepositionOnPossessor(tree, w) is { } moved) yield return moved;
        for (int w = tree.First; w < tree.End; w++)
            if (DeterminerBeforeQuote(tree, w) is { } moved) yield return moved;
    }

    /// <summary>
    /// A preposition the parser hung as a clause marker ('mark') on a verb that it also gave two subjects before it:
    /// "After the results of the talks with the Chinese premier Li Keqiang, the chancellor said …" read with "with" as
    /// the marker of "said" and "Li Keqiang" as a second subject. A finite verb has one subject; the farther one, right
    /// after the preposition (only its determiner and name words between, all hung from the verb), is the object of
    /// that preposition, and the phrase belongs to the noun just before the preposition ("talks with Li Keqiang").
    /// </summary>
    private static List<(int, int, string)> StrandedPrepositionalObject(SentenceTree tree, int verb)
    {
        var none = new List<(int, int, string)>();
        var subjects = tree.Children(verb).Where(c => tree.Rel(c) == "nsubj" && c < verb).ToList();
        if (subjects.Count < 2) return none;
        int prep = tree.Children(verb).FirstOrDefault(c => tree.Rel(c) == "mark" && tree.Upos(c) == "ADP" && c < subjects[0], -1);
        if (prep < 0 || prep - 1 < tree.First || tree.Upos(prep - 1) != "NOUN") return none;
        // the object: the last subject hung from the verb before the next subject that is not right after it
        int obj = subjects.Take(subjects.Count - 1).Where(s => s > prep).DefaultIfEmpty(-1).Last();
        if (obj < 0 || tree.Upos(obj) is not ("PROPN" or "NOUN")) return none;
        var moved = new List<(int, int, string)> { (prep, obj, "case") };
        for (int w = prep + 1; w < obj; w++)
        {
            if (tree.Head(w) != verb) continue;
            if (tree.Rel(w) == "det") moved.Add((w, obj, "det"));
            else if (tree.Rel(w) == "nsubj" && tree.Upos(w) is "PROPN" or "NOUN") moved.Add((w, obj, "compound"));
            else return none;
        }
        moved.Add((obj, prep - 1, "nmod"));
        return moved;
    }

    /// <summary>
    /// A trailing report ("…, the embassy said") whose verb the parser gave two subjects: the reported clause's
    /// object taken as a subject ("X will visit Albania in June, …, the embassy said" with "Albania" under "said").
    /// The farther subject comes right after the reported clause's verb, which has no object of its own, and a comma
    /// stands between it and the nearer subject: it is that verb's object. Also when the parser hung "said" under the
    /// reported clause's verb.
    /// </summary>
    private static (int, int, string)? StrandedObject(SentenceTree tree, int said)
    {
        var subjects = tree.Children(said).Where(c => tree.Rel(c) == "nsubj" && c < said).ToList();
        if (subjects.Count != 2) return null;
        int far = subjects[0], near = subjects[1];
        if (tree.Upos(far) is not ("PROPN" or "NOUN")) return null;
        int start = tree.Subtree(far)[0];
        if (start < far - 3) return null;
        int clause = start - 1;
        if (clause < tree.First || tree.Upos(clause) != "VERB") return null;
        // the reported clause and the report hang together either way round ("said" over it, or it over "said")
        bool joined = tree.Head(clause) == said && tree.BaseRel(clause) is "ccomp" or "parataxis"
            || tree.Head(said) == clause && tree.BaseRel(said) is "advcl" or "parataxis" or "ccomp";
        if (!joined) return null;
        if (tree.Children(clause).Any(c => tree.BaseRel(c) is "obj" or "ccomp" or "xcomp")) return null;
        if (!Enumerable.Range(far + 1, near - far - 1).Any(w => tree.Lower(w) == ",")) return null;
        return (far, clause, "obj");
    }

    /// <summary>
    /// A preposition the parser hung on the possessor of the noun it governs: "condemnation of Russia's actions"
    /// read with "of" as the case of "Russia". A possessor ('nmod:poss', with its own "'s") takes no preposition;
    /// the preposition marks the possessed noun, which then has none of its own.
    /// </summary>
    private static (int, int, string)? PrepositionOnPossessor(SentenceTree tree, int prep)
    {
        if (tree.Upos(prep) != "ADP" || tree.Rel(prep) != "case") return null;
        int owner = tree.Head(prep);
        if (owner < 0 || prep > owner || tree.Rel(owner) != "nmod:poss") return null;
        int noun = tree.Head(owner);
        if (noun < owner || tree.Upos(noun) is not ("NOUN" or "PROPN")) return null;
        if (!tree.Children(owner).Any(c => c > owner && tree.Upos(c) == "PART" && tree.Rel(c) == "case")) return null;
        if (tree.Children(noun).Any(c => tree.Rel(c) == "case" && tree.Upos(c) == "ADP")) return null;
        return (prep, noun, "case");
    }
}
