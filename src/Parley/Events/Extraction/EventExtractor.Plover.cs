using System.Collections.Frozen;
using Parley.Documents;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// Readings that decide a PLOVER type where the words say more than the parse: a predicate adjective of readiness
/// that governs an infinitive ("is ready to send"), a lemmatizer slip on a light verb ("upgraded" → "upgrad"), and
/// stative passives of attitude ("is opposed to"), whose subject holds the attitude.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// The modality a governing word lends through its to-infinitive when the lexicon lists it as a phrase cue
    /// ("ready to", "willing to", "prepared to"): "France is ready to send troops" is an intention, not a deed.
    /// Only a word that governs an infinitive complement (xcomp with "to") reads so.
    /// </summary>
    private EventModality? PhraseCue(SentenceTree tree, int x)
    {
        if (tree.Upos(x) is not ("ADJ" or "VERB")) return null;
        if (!tree.Children(x).Any(c => tree.BaseRel(c) == "xcomp" && tree.Children(c).Any(m => tree.BaseRel(m) == "mark" && tree.Lower(m) == "to")))
            return null;
        foreach (string key in new[] { tree.Lower(x), tree.Lemma(x) }.Distinct())
        {
            if (_lexicon.CueOf(key + " to") is { Count: > 0 } cues) return cues[0];
        }
        return null;
    }

    /// <summary>
    /// The lemmas to look a light verb up under: its lemma, then the regular stems of its form, so that a lemmatizer
    /// slip ("upgraded" → "upgrad") does not hide "upgrade ties".
    /// </summary>
    private static IEnumerable<string> LightVerbLemmas(SentenceTree tree, int w)
    {
        string lemma = tree.Lemma(w);
        yield return lemma;
        var seen = new HashSet<string>(StringComparer.Ordinal) { lemma };
        for (int i = 0; i < 4; i++)
        {
            if (Stem(tree.Lower(w), i) is { } stem && seen.Add(stem)) yield return stem;
        }
    }

    /// <summary>
    /// A light verb's word found by position where the parse lost it: the noun right after the verb (or after the
    /// words already matched), past only its determiners and modifiers ("cancelled a planned visit", "cut all its
    /// aid"), when the parser hung it elsewhere. A verb, auxiliary, preposition or punctuation in between stops the
    /// search, so the word must be the verb's own object in the surface string. -1 when there is none.
    /// </summary>
    private static int SurfaceObject(SentenceTree tree, int w, string part, List<int> matched)
    {
        int from = Math.Max(w, matched.Count > 0 ? matched.Max() : w) + 1;
        for (int x = from; x < tree.End && x <= from + 4; x++)
        {
            if (tree.Lemma(x) == part || tree.Lower(x) == part) return tree.Upos(x) is "NOUN" or "ADP" or "ADV" ? x : -1;
            if (tree.Upos(x) is "VERB" or "AUX" or "PUNCT" or "ADP" or "SCONJ" or "CCONJ" or "PROPN" && !(tree.Upos(x) == "VERB" && tree.Tags.Xpos[x] is "VBN" or "VBG" && tree.BaseRel(x) == "amod"))
                return -1;
        }
        return -1;
    }

    /// <summary>
    /// "The teachers' union announced that it has called off the strike": "it" (or "they") as the subject of a clause
    /// that another verb's subject announces, says or decides refers to that subject, when the coreference left the
    /// pronoun unlinked. The announcer must be a noun phrase, not another pronoun.
    /// </summary>
    private static (ActorRef, Span)? ReportingSelf(SentenceTree tree, DocumentContext ctx, int w)
    {
        if (tree.Lower(w) is not ("it" or "they") || tree.BaseRel(w) != "nsubj") return null;
        int clause = tree.Head(w);
        if (clause < 0 || tree.BaseRel(clause) != "ccomp") return null;
        int verb = tree.Head(clause);
        if (verb < 0) return null;
        int subject = tree.Children(verb).Where(c => tree.Rel(c) == "nsubj" && c < verb).DefaultIfEmpty(-1).First();
        if (subject < 0 || tree.Upos(subject) is "PRON") return null;
        return ResolveActor(tree, ctx, subject) is ({ } actor, _) ? (actor, tree.WordSpan(w)) : null;
    }

    // Heads and field words of an unnamed non-governmental body ("a human rights group", "an aid agency").
    private static readonly FrozenSet<string> BodyNouns = new[] { "group", "organization", "organisation", "watchdog", "charity", "agency", "body", "ngo" }.ToFrozenSet();
    private static readonly FrozenSet<string> CauseWords = new[]
    {
        "rights", "right", "aid", "relief", "humanitarian", "environmental", "advocacy", "monitoring", "campaign", "charity", "peace",
    }.ToFrozenSet();

    /// <summary>
    /// "a human rights group protested", "an aid agency said": a body described only by its cause is an actor with the
    /// code NGO in the country slot (gold GUIDELINES, SPEC §6), so its own events are not dropped for want of a doer.
    /// </summary>
    private static (ActorRef, Span)? AdvocacyGroup(SentenceTree tree, DocumentContext ctx, int w)
    {
        if (tree.Upos(w) != "NOUN" || !BodyNouns.Contains(tree.Lemma(w))) return null;
        var modifiers = tree.Children(w).Where(c => tree.Rel(c) is "compound" or "amod" && c < w).ToList();
        if (!modifiers.Any(c => CauseWords.Contains(tree.Lower(c)))) return null;
        var words = modifiers.SelectMany(c => tree.Subtree(c)).Append(w).Order().ToList();
        var span = tree.SpanOf(words);
        return (new ActorRef(span.TextOf(ctx.Text), Country: "NGO"), span);
    }

    // Adjectives of religion or of a people without a state of its own: they describe a group ("Sikh pilgrims",
    // "Shiite militiamen", "Kurdish fighters") but name no country.
    private static readonly FrozenSet<string> IdentityAdjectives = new[]
    {
        "muslim", "moslem", "islamic", "islamist", "christian", "catholic", "protestant", "orthodox", "jewish", "hindu", "sikh",
        "buddhist", "shiite", "shia", "shi'ite", "sunni", "kurdish", "kurd", "tamil", "hutu", "tutsi", "pashtun", "uighur", "uyghur",
        "baluch", "baloch", "berber", "roma", "druze", "maronite", "coptic", "alawite", "chechen", "basque", "corsican", "tibetan",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Sikh pilgrims marched", "Kurdish fighters fired": a plural group noun described by a religion or by a people
    /// without a state is an actor with no country, so the group's own deeds are not dropped for want of a doer.
    /// </summary>
    private static (ActorRef, Span)? IdentityGroup(SentenceTree tree, DocumentContext ctx, int w)
    {
        if (PeopleOfPlace(tree, ctx, w) is { } residents) return residents;
        if (tree.Upos(w) != "NOUN" || (tree.Tags.Xpos[w] != "NNS" && !GroupSectors.ContainsKey(tree.Lower(w)))) return null;
        var modifiers = tree.Children(w).Where(c => c < w && tree.Rel(c) is "amod" or "compound" or "nmod:desc"
            && char.IsUpper(tree.Tokens.WordForm(c)[0])).ToList();
        if (!modifiers.Any(c => IdentityAdjectives.Contains(tree.Lower(c)))) return null;
        var words = modifiers.Append(w).Order().ToList();
        var span = tree.SpanOf(words);
        return (new ActorRef(span.TextOf(ctx.Text), Sector: GroupSectors.GetValueOrDefault(tree.Lemma(w))), span);
    }

    // Nouns for the people who live in a place: "residents of Mosul", "the inhabitants of the Nile Delta".
    private static readonly FrozenSet<string> ResidentNouns = new[]
    {
        "inhabitant", "inhabitants", "resident", "residents", "citizen", "citizens", "people", "villager", "villagers",
        "native", "natives", "townspeople", "population",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Farmers' leaders said residents of Gaza would march", "Kurdish inhabitants of northern Iraq threatened …": the people
    /// of a place named in an "of" phrase of a resident noun are civilians of that place's country (a place the gazetteer
    /// lacks gives the country its adjective names).
    /// </summary>
    private static (ActorRef, Span)? PeopleOfPlace(SentenceTree tree, DocumentContext ctx, int w)
    {
        if (tree.Upos(w) != "NOUN" || !ResidentNouns.Contains(tree.Lower(w))) return null;
        foreach (int of in tree.Children(w).Where(c => tree.BaseRel(c) == "nmod" && tree.CaseOf(c) == "of"))
        {
            var words = tree.Subtree(of, c => tree.BaseRel(c) is "acl" or "conj" or "punct" or "cc");
            var area = tree.SpanOf(words);
            var place = ctx.Places.FirstOrDefault(p => p.Country is not null && area.Start <= p.Span.Start && p.Span.End <= area.End);
            // a place the gazetteer does not know, named with its country's adjective: "the Egyptian Nile Delta"
            if ((place?.Country ?? words.Select(x => CountryWord(tree, x)).FirstOrDefault(c => c is not null)) is not { } iso) continue;
            var span = tree.SpanOf(tree.Subtree(w, c => tree.BaseRel(c) is "acl" or "conj" or "punct" or "cc" or "appos"));
            return (new ActorRef(span.TextOf(ctx.Text), Country: iso, Sector: "CVL"), span);
        }
        return null;
    }

    /// <summary>
    /// "Ethnic Hungarians in southern Slovakia", "Zimbabweans in South Africa": a people named in the plural (a plural proper
    /// noun, or a country's demonym with a plural "s") is a group, so where it is says whose people it is, as for
    /// "protesters in Georgia" (HomeCountry). A singular name ("Smith in Paris") is a person and is left alone.
    /// </summary>
    private static bool PeopleInPlural(SentenceTree tree, int w) =>
        tree.Upos(w) == "PROPN" && (tree.Tags.Xpos[w] == "NNPS"
            || (tree.Tokens.WordForm(w).EndsWith('s') && CountryOf(tree.Tokens.WordForm(w)[..^1]) is not null));

    // Verbs of taking part whose "in" phrase names what their subject does: "engaged in", "involved in", "participated in".
    private static readonly FrozenSet<string> ParticipationVerbs = new[] { "engage", "involve", "participate" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "The militia was engaged in looting", "units involved in the shelling": an event noun in the "in" phrase of a
    /// verb of taking part is done by that verb's subject, active or passive (the parse makes "were engaged" a passive
    /// whose grammatical subject is the doer).
    /// </summary>
    private static void ParticipantDoer(SentenceTree tree, DocumentContext ctx, int n, List<(ActorRef, Span)> actors)
    {
        int gov = tree.Head(n);
        if (gov < 0 || tree.BaseRel(n) != "obl" || tree.CaseOf(n) != "in" || !ParticipationVerbs.Contains(tree.Lemma(gov))) return;
        foreach (int s in tree.Children(gov).Where(c => tree.Rel(c) is "nsubj" or "nsubj:pass"))
            AddActor(tree, ctx, s, actors);
        // "units involved in the shelling": the participle modifies its doer.
        if (tree.BaseRel(gov) == "acl" && tree.Head(gov) is int host and >= 0 && !tree.Children(gov).Any(c => tree.Rel(c) is "nsubj" or "nsubj:pass"))
            AddActor(tree, ctx, host, actors);
    }

    // Participles that, after "be" and before "to", state an attitude the subject holds ("is opposed to", "is committed to").
    private static readonly FrozenSet<string> AttitudeParticiples = new[] { "oppose", "commit", "dedicate", "devote" }.ToFrozenSet();

    /// <summary>
    /// "Israel is opposed to French mediation": a stative passive of attitude with a "to" complement and no agent.
    /// Its subject is the one who opposes (the actor), not the one opposed.
    /// </summary>
    private static bool StativeAttitude(SentenceTree tree, int v) =>
        AttitudeParticiples.Contains(tree.Lemma(v)) && tree.Tags.Xpos[v] == "VBN"
        && tree.Children(v).Any(c => tree.Rel(c) == "nsubj:pass")
        && tree.Children(v).Any(c => tree.BaseRel(c) == "obl" && tree.CaseOf(c) == "to")
        && !tree.Children(v).Any(c => tree.Rel(c) == "obl:agent" || (tree.BaseRel(c) == "obl" && tree.CaseOf(c) == "by"));

    /// <summary>
    /// The same attitude where the parser made the participle an adjective ("Egypt is opposed to Turkish mediation",
    /// "opposed" ADJ with a copula): read as the verb it comes from, with the copula's subject as its doer.
    /// </summary>
    private IEnumerable<TriggerMatch> AttitudeAdjectives(SentenceTree tree)
    {
        for (int w = tree.First; w < tree.End; w++)
        {
            if (tree.Upos(w) != "ADJ" || !tree.Lower(w).EndsWith("ed", StringComparison.Ordinal)) continue;
            if (!tree.Children(w).Any(c => tree.BaseRel(c) == "cop") || !tree.Children(w).Any(c => tree.BaseRel(c) == "obl" && tree.CaseOf(c) == "to")) continue;
            for (int i = 0; i < 3; i++)
            {
                if (Stem(tree.Lower(w), i) is { } verb && AttitudeParticiples.Contains(verb))
                {
                    if (VerbReading(tree, w, verb) is { } reading) yield return reading;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "protested that the authorities are failing …", "…, a rights group protested": a protest that states what is
    /// wrong, as a verb of saying does, is a complaint (ACCUSE, disapprove), not a street protest. A protest with a
    /// clausal complement, or one that reports the clause it is attached to, reads so; "protested against the war" or
    /// "protested in the capital" stays a PROTEST.
    /// </summary>
    private static TriggerMatch SpokenProtest(SentenceTree tree, TriggerMatch reading)
    {
        int v = reading.Word;
        if (reading.Type != PloverType.Protest || tree.Lemma(v) != "protest") return reading;
        // A clause before the verb with no subordinator is the fronted content ("X is failing …, a group protested").
        bool content = tree.Children(v).Any(c => tree.BaseRel(c) == "ccomp"
            || (tree.BaseRel(c) == "advcl" && c < v && !tree.Children(c).Any(m => tree.BaseRel(m) == "mark")));
        bool reports = tree.BaseRel(v) is "parataxis" or "conj" && tree.Head(v) is int head && head >= 0 && head < v
            && tree.Upos(head) is "VERB" or "AUX" or "ADJ"
            && !tree.Children(v).Any(c => tree.BaseRel(c) is "obj" or "xcomp" or "advcl"
                || (tree.BaseRel(c) == "obl" && tree.CaseOf(c) is "against" or "over" or "in" or "at" or "outside" or "near" or "through" or "along"));
        return content || reports ? reading with { Type = PloverType.Accuse, Mode = "disapprove" } : reading;
    }

    /// <summary>
    /// A to-infinitive the parser hung on its clause as an adverbial ("threatened today to impose …", "is willing to
    /// send material to help defend …"): a complement or purpose, done only if what it hangs from is, so the walk for
    /// modality goes on to it.
    /// </summary>
    private static bool InfinitiveAdverbial(SentenceTree tree, int x) =>
        tree.BaseRel(x) == "advcl" && tree.Upos(x) == "VERB" && tree.Head(x) >= 0
        && tree.Children(x).Any(m => tree.BaseRel(m) == "mark" && tree.Lower(m) == "to")
        && !tree.Children(x).Any(m => tree.BaseRel(m) == "mark" && tree.Lower(m) is "in" or "order" or "so");

    /// <summary>
    /// "pushing for the US to support its plan", "called for Iran to release …": a clause opened by "for" (the
    /// for-to infinitive, or its subject-first form with a bare verb) is what the governing verb asks for, its
    /// complement, however the parser labelled it.
    /// </summary>
    private static bool ForClause(SentenceTree tree, int x)
    {
        if (tree.BaseRel(x) != "advcl" || tree.Upos(x) != "VERB") return false;
        if (tree.Children(x).Any(m => tree.BaseRel(m) == "mark" && tree.Lower(m) == "for" && m < x)
            && tree.Children(x).Any(s => tree.BaseRel(s) is "nsubj" or "nsubj:pass"))
            return true;
        // The same clause with its subject parsed as a "for" oblique ("for Mexico") of the clause's verb or of the
        // governing verb, the oblique ending right before the clause's verb or its "to".
        int to = tree.Children(x).Where(m => tree.BaseRel(m) == "mark" && tree.Lower(m) == "to" && m < x).DefaultIfEmpty(-1).First();
        int start = to > 0 ? to : x;
        bool ForSubject(int c) => tree.BaseRel(c) == "obl" && tree.CaseOf(c) == "for" && c < start && tree.Subtree(c).Max() == start - 1;
        int head = tree.Head(x);
        return tree.Children(x).Any(ForSubject) || (head >= 0 && tree.Children(head).Any(ForSubject));
    }

    /// <summary>
    /// "is willing to send troops to defend X if it is attacked": an event in a clause of condition is only supposed;
    /// the sentence reports the event the condition hangs on. When the sentence has a reported (non-conditional)
    /// event, a supposed one ranks just below the most confident of them, wherever the parser hung the condition.
    /// </summary>
    private static List<EventRecord> SupposedBelowReported(SentenceTree tree, List<TriggerMatch> triggers, List<EventRecord> events)
    {
        var supposed = triggers.Select(t => SubordinateClause(tree, t.Word, ConditionSubordinators)).ToList();
        double top = events.Where((_, i) => !supposed[i]).Select(e => e.Confidence).DefaultIfEmpty(-1).Max();
        if (top < 0) return events;
        return [.. events.Select((e, i) => supposed[i] && e.Confidence >= top ? e with { Confidence = Math.Round(Math.Max(0.05, top - 0.01), 3) } : e)];
    }
}
