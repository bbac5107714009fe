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
            foreach (var moved in AdjectiveAfterCopula(tree, w)) yield return moved;
        for (int w = tree.First; w < tree.End; w++)
            if (DestinationOnTraveller(tree, w) is { } moved) yield return moved;
        for (int v = tree.First; v < tree.End; v++)
            foreach (var moved in CalledOnSubject(tree, v)) yield return moved;
        for (int w = tree.First; w < tree.End; w++)
            if (DeterminerBeforeQuote(tree, w) is { } moved) yield return moved;
    }

    /// <summary>
    /// "calls on President X to resign" read with "on" as the marker of "resign" and X as its subject: the name after
    /// "on" is the one called on ('obl' of the calling verb, "on" its case) and the infinitive is what the call asks
    /// for ('xcomp', its subject controlled by that object). Only for a verb of calling directly above the infinitive.
    /// Also "called on Kenya to withdraw" with the infinitive read as an adverbial clause: it is the complement.
    /// </summary>
    private static List<(int, int, string)> CalledOnSubject(SentenceTree tree, int infinitive)
    {
        if (tree.Upos(infinitive) != "VERB" || tree.BaseRel(infinitive) is not ("acl" or "advcl" or "ccomp" or "xcomp")) return [];
        int call = tree.Head(infinitive);
        if (call < 0 || call > infinitive || tree.Lemma(call) is not ("call" or "prevail")) return [];
        // "called on Kenya to withdraw" parsed right but for the infinitive as an adverbial clause: its complement.
        if (tree.BaseRel(infinitive) == "advcl" && tree.Children(call).Any(c => c < infinitive && c > call && tree.BaseRel(c) == "obl" && tree.CaseOf(c) == "on")
            && tree.Children(infinitive).Any(c => c < infinitive && tree.BaseRel(c) == "mark" && tree.Lower(c) == "to"))
            return [(infinitive, call, "xcomp")];
        int on = tree.Children(infinitive).FirstOrDefault(c => c < infinitive && tree.BaseRel(c) == "mark" && tree.Lower(c) == "on", -1);
        int to = tree.Children(infinitive).FirstOrDefault(c => c < infinitive && tree.BaseRel(c) == "mark" && tree.Lower(c) == "to", -1);
        int subject = tree.Children(infinitive).FirstOrDefault(c => c > on && c < to && tree.BaseRel(c) == "nsubj", -1);
        if (on < 0 || to < 0 || subject < 0 || on != call + 1) return [];
        return [(subject, call, "obl"), (on, subject, "case"), (infinitive, call, "xcomp")];
    }

    private static readonly FrozenSet<string> JourneyNouns =
        new[] { "visit", "trip", "journey", "tour", "voyage", "mission", "travel", "flight", "return", "pilgrimage" }.ToFrozenSet();

    /// <summary>
    /// A destination the parser hung on the traveller of a journey noun: "a planned trip by the French president to
    /// Ottawa" read with "to Ottawa" under "president". A "to" phrase right after a journey noun's "by" agent belongs
    /// to the journey.
    /// </summary>
    private static (int, int, string)? DestinationOnTraveller(SentenceTree tree, int place)
    {
        if (tree.BaseRel(place) != "nmod" || tree.CaseOf(place) is not ("to" or "into")) return null;
        int traveller = tree.Head(place);
        if (traveller < 0 || traveller > place || tree.CaseOf(traveller) != "by" || tree.BaseRel(traveller) != "nmod") return null;
        int journey = tree.Head(traveller);
        if (journey < 0 || journey > traveller || tree.Upos(journey) != "NOUN" || !JourneyNouns.Contains(tree.Lemma(journey))) return null;
        return (place, journey, tree.Rel(place));
    }

    /// <summary>
    /// A predicative adjective the parser hung as a modifier ('amod') on the copula or on an adverb after it, with the
    /// copula hung on the subject: "The minister is also due to meet …" read with "due" under "also", "also" under
    /// "is" and "is" under "minister". The adjective heads the clause: it takes the subject's place (and its
    /// relation), the subject (the head of its name) becomes its 'nsubj', the copula its 'cop', the adverbs its
    /// 'advmod', the subject's dependents after the adjective ("." and the like) move to it, and a "to" infinitive read
    /// as its clausal subject is its complement ('xcomp').
    /// </summary>
    private static List<(int, int, string)> AdjectiveAfterCopula(SentenceTree tree, int be)
    {
        // (a copula precedes its predicate: one hung on the word before it is misplaced as well)
        if (tree.Upos(be) != "AUX" || tree.Lemma(be) != "be" || (tree.BaseRel(be) == "cop" && tree.Head(be) > be)) return [];
        int adj = be + 1;
        while (adj < tree.End && tree.Upos(adj) == "ADV") adj++;
        if (adj >= tree.End || tree.Upos(adj) != "ADJ" || tree.BaseRel(adj) != "amod") return [];
        int h = tree.Head(adj);
        if (h < be || h >= adj) return [];
        int subject = tree.Head(be);
        if (subject < 0 || subject > be) return [];
        while (tree.BaseRel(subject) is "flat" or "compound" && tree.Head(subject) is int up and >= 0 && up < subject) subject = up;
        if (tree.Upos(subject) is not ("NOUN" or "PROPN" or "PRON")) return [];
        for (int x = be; x != subject; x = tree.Head(x))
            if (x < 0) return []; // the copula must hang from the subject, through names only
        var moves = new List<(int, int, string)> { (adj, tree.Head(subject), tree.Rel(subject)), (subject, adj, "nsubj"), (be, adj, "cop") };
        for (int a = be + 1; a < adj; a++) moves.Add((a, adj, "advmod"));
        foreach (int c in tree.Children(subject))
            if (c > adj) moves.Add((c, adj, tree.Rel(c)));
        // its "to" infinitive, read as a clausal subject while the adjective had none, is its complement
        foreach (int c in tree.Children(adj))
            if (c > adj && tree.BaseRel(c) == "csubj" && tree.Children(c).Any(m => m < c && tree.Lower(m) == "to")) moves.Add((c, adj, "xcomp"));
        return moves;
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
