using System.Collections.Frozen;
using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// Argument bindings that repair common parser attachments and read possessors and pronouns in their clause:
/// a complement's subject stranded after a verb of saying, "their" bound to the clause's coordinated subjects,
/// a state possessor whose entity mention swallowed the event noun ("Russia's opposition").
/// </summary>
public sealed partial class EventExtractor
{
    // Verbs of saying with no addressee, after which "said X and Y are likely to …" is often parsed with X and Y
    // as the verb's own object instead of the complement's subject.
    private static readonly FrozenSet<string> BareSaying = new[] { "say", "report", "claim", "write", "add", "state" }.ToFrozenSet();

    /// <summary>
    /// The subject a complement clause lost to the verb of saying that governs it: the names between the verb
    /// and the clause ("said Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry are likely
    /// to …" → Lavrov, Kerry). Only when nothing verbal stands in the gap. The last word of each run of proper
    /// nouns is returned, unless "of" continues the title ("Secretary of State John Kerry").
    /// </summary>
    private static List<int> StrandedSubjects(SentenceTree tree, int complement)
    {
        int verb = tree.Head(complement);
        if (verb < 0 || tree.BaseRel(complement) != "ccomp" || !BareSaying.Contains(tree.Lemma(verb))) return [];
        int first = tree.Subtree(complement)[0];
        if (first <= verb + 1) return [];
        var names = new List<int>();
        for (int w = verb + 1; w < first; w++)
        {
            if (tree.Upos(w) is "VERB" or "AUX" or "SCONJ" || tree.Lower(w) is "that" or "," or ";" or ":") return [];
            if (tree.Upos(w) != "PROPN") continue;
            bool last = w + 1 >= first || tree.Upos(w + 1) != "PROPN";
            if (last && !(w + 1 < first && tree.Lower(w + 1) == "of")) names.Add(w);
        }
        return names;
    }

    /// <summary>
    /// "Lavrov and Kerry are likely to find common ground at their first talks": a plural possessive on an event
    /// noun is bound by the coordinated subjects of its own clause. Empty unless they are two or more actors.
    /// </summary>
    private static List<(ActorRef Ref, Span Span)> BoundByClauseSubjects(SentenceTree tree, DocumentContext ctx, int noun)
    {
        int p = tree.Head(noun);
        for (int hops = 0; p >= 0 && hops < 4 && tree.Upos(p) is "NOUN" or "PROPN"; hops++) p = tree.Head(p);
        if (p < 0 || tree.Upos(p) is not ("VERB" or "ADJ")) return [];
        var bound = new List<(ActorRef, Span)>();
        foreach (int s in Subjects(tree, p))
        {
            if (tree.Upos(s) == "PRON") return [];
            AddActor(tree, ctx, s, bound);
        }
        Dedupe(bound);
        return bound.Count >= 2 ? bound : [];
    }

    /// <summary>
    /// A possessor or modifier of an event noun whose entity mention also covers the noun ("Russia's opposition",
    /// read by the entity stage as a group) stands for its state: the country the word itself names.
    /// </summary>
    private static (ActorRef, Span)? StateOfSwallowingMention(SentenceTree tree, DocumentContext ctx, int modifier, int noun)
    {
        if (MentionAt(ctx, tree.WordSpan(modifier)) is not { } m || !m.Span.Contains(tree.WordSpan(noun))) return null;
        var span = tree.WordSpan(modifier);
        foreach (var place in ctx.Places)
        {
            if (place.Span.Overlaps(span) && place.FeatureClass == 'A' && place.Country is { } iso)
                return (new ActorRef(place.Text, Country: iso, Sector: "GOV"), place.Span);
        }
        return CountryWord(tree, modifier) is { } state ? (new ActorRef(tree.Tokens.WordForm(modifier), Country: state, Sector: "GOV"), span) : null;
    }

    // Nouns that take an infinitive saying what their owner means to do ("plans to deploy", "a bid to join").
    private static readonly FrozenSet<string> IntentionNouns = new[]
    {
        "plan", "decision", "attempt", "effort", "bid", "proposal", "intention", "move", "readiness", "willingness",
        "refusal", "threat", "promise", "pledge", "offer", "demand", "call", "request", "push", "drive", "campaign",
        "failure",
    }.ToFrozenSet();

    /// <summary>
    /// "Ankara has been angered by Greek plans to build …": the parser often hangs the infinitive on the
    /// clause's verb (advcl) instead of on the noun right before it. When that noun is one that takes an infinitive
    /// of intention and has an owner (a possessor or a proper-noun modifier), the owner is the infinitive's subject.
    /// </summary>
    private static List<int> InfinitiveOfPrecedingNoun(SentenceTree tree, int infinitive)
    {
        int noun = IntentionNounBefore(tree, infinitive);
        return noun < 0 ? [] : NounOwners(tree, noun);
    }

    /// <summary>
    /// Who a noun of intention or decision belongs to: its possessor ("his failure to discuss", "Russia's decision
    /// to expel"), else a proper-noun or country modifier ("a U.S. plan to deploy", "a Japanese plan to deploy").
    /// </summary>
    private static List<int> NounOwners(SentenceTree tree, int noun)
    {
        var owner = tree.Children(noun).Where(c => tree.Rel(c) == "nmod:poss").ToList();
        return owner.Count > 0 ? owner
            : [.. tree.Children(noun).Where(c => tree.Rel(c) is "compound" or "amod" && (tree.Upos(c) is "PROPN" || CountryWord(tree, c) is not null))];
    }

    /// <summary>The intention noun right before a misattached adverbial infinitive ("plans | to deploy"), or -1.</summary>
    private static int IntentionNounBefore(SentenceTree tree, int infinitive)
    {
        if (tree.BaseRel(infinitive) is not ("advcl" or "acl") || tree.Head(infinitive) < 0 || tree.Rel(infinitive) == "acl:relcl") return -1;
        int mark = tree.Children(infinitive).Where(c => tree.BaseRel(c) == "mark" && tree.Lower(c) == "to").DefaultIfEmpty(-1).First();
        if (mark < 0) return -1;
        int noun = mark - 1;
        // "the uproar over his failure to discuss …": an infinitive hung on a noun further up (acl) belongs to the
        // intention noun right before it just the same, when that noun lies inside the phrase of the one it hangs on.
        if (tree.BaseRel(infinitive) == "acl" && (noun == tree.Head(infinitive) || tree.Upos(tree.Head(infinitive)) != "NOUN")) return -1;
        return noun >= tree.First && tree.Upos(noun) == "NOUN" && IntentionNouns.Contains(tree.Lemma(noun)) && tree.Dominates(tree.Head(infinitive), noun) ? noun : -1;
    }

    /// <summary>
    /// "a number of officials, including UN Secretary General Antonio Guterres and …": the named members a plural noun lists
    /// after "including" (a participle or a case marker) are its actors too.
    /// </summary>
    private static IEnumerable<int> Included(SentenceTree tree, int w)
    {
        // "a number of officials, including …": a quantity noun lists through the plural it counts.
        if (tree.Upos(w) == "NOUN" && QuantityNouns.Contains(tree.Lemma(w))
            && tree.Children(w).FirstOrDefault(c => c > w && tree.BaseRel(c) == "nmod" && tree.CaseOf(c) == "of") is var counted and > 0)
            w = counted;
        if (tree.Upos(w) != "NOUN" || tree.Tags.Xpos[w] != "NNS") yield break;
        // The parser sometimes hangs "including" on the comma before it.
        var near = tree.Children(w).Concat(tree.Children(w).Where(p => tree.BaseRel(p) == "punct").SelectMany(tree.Children)).ToList();
        foreach (int c in near)
        {
            if (tree.BaseRel(c) == "acl" && tree.Lemma(c) == "include" && tree.Lower(c) == "including")
            {
                foreach (int o in tree.Children(c))
                    if (tree.BaseRel(o) == "obj") yield return o;
            }
            else if (tree.BaseRel(c) == "nmod" && tree.CaseOf(c) == "including") yield return c;
        }
    }

    // Nouns that count or gather the plural after their "of" ("a number of officials", "a group of ministers").
    private static readonly FrozenSet<string> QuantityNouns = new[]
    {
        "number", "group", "handful", "host", "couple", "range", "series", "variety", "delegation", "team", "dozen", "score",
    }.ToFrozenSet();

    // Nouns by which an article refers back to a named news outlet.
    private static readonly FrozenSet<string> PressNouns = new[]
    {
        "paper", "newspaper", "daily", "weekly", "agency", "channel", "broadcaster", "network", "magazine", "outlet", "station", "tabloid",
    }.ToFrozenSet();

    /// <summary>
    /// "…, the paper said": a definite press noun with no name of its own is the news outlet last named before it
    /// ("Russia's Kommersant newspaper … the paper said" → Kommersant). Null when the article names none.
    /// </summary>
    private static (ActorRef, Span)? PressAntecedent(SentenceTree tree, DocumentContext ctx, int w)
    {
        if (tree.Upos(w) != "NOUN" || !PressNouns.Contains(tree.Lemma(w))) return null;
        // "Russia's Kommersant newspaper": the outlet's own name, not its country.
        foreach (int c in tree.Children(w))
        {
            if (tree.BaseRel(c) is "compound" or "flat" && MentionAt(ctx, tree.WordSpan(c)) is { Sector: "JRN" } own) return (Ref(own), own.Span);
        }
        if (!tree.Children(w).Any(c => tree.BaseRel(c) == "det" && tree.Lower(c) is "the" or "this")) return null;
        if (tree.Children(w).Any(c => tree.BaseRel(c) is "compound" or "nmod:poss" or "amod" && tree.Upos(c) == "PROPN")) return null;
        var at = tree.WordSpan(w);
        return NearestOutletBefore(ctx, at.Start) is { } outlet ? (Ref(outlet), at) : null;
    }

    /// <summary>The last named news outlet (sector JRN) mentioned before <paramref name="start"/>, or null.</summary>
    private static ActorMention? NearestOutletBefore(DocumentContext ctx, int start)
    {
        for (int i = ctx.Actors.Count - 1; i >= 0; i--)
        {
            var m = ctx.Actors[i];
            if (m.Span.End <= start && m.Sector == "JRN" && m.Name is not null) return m;
        }
        return null;
    }

    /// <summary>
    /// The noun event is what a topic verb of the same type talks about, not a restatement of it: the object of
    /// "discuss", "negotiate" … that names participants of its own, none of them the verb's ("discussed the visit of
    /// the US president").
    /// </summary>
    private static bool TalkedAbout(SentenceTree tree, (TriggerMatch Trigger, EventRecord Record) verb, (TriggerMatch Trigger, EventRecord Record) noun) =>
        verb.Trigger.Kind != TriggerKind.Noun && noun.Trigger.Kind == TriggerKind.Noun && TopicObjectVerbs.Contains(tree.Lemma(verb.Trigger.Word))
        && tree.Head(noun.Trigger.Word) == verb.Trigger.Word && tree.BaseRel(noun.Trigger.Word) is "obj" or "nsubj"
        && noun.Record.Actors.Count > 0
        && !noun.Record.Actors.Concat(noun.Record.Recipients).Any(a => verb.Record.Actors.Concat(verb.Record.Recipients).Any(v => SameParty(a, v)));

    private static readonly FrozenSet<string> JourneyNouns = new[] { "visit", "trip", "tour", "journey" }.ToFrozenSet();

    /// <summary>
    /// "the visit of the US president to Moscow": the parser often hangs the destination on the visitor. A "to"
    /// place under the journey noun's "of" argument is the visit's host, the government of the place's country.
    /// </summary>
    private static void DestinationOfVisitor(SentenceTree tree, DocumentContext ctx, int noun, List<(ActorRef, Span)> recipients)
    {
        if (!JourneyNouns.Contains(tree.Lemma(noun))) return;
        foreach (int visitor in tree.Children(noun).Where(c => tree.BaseRel(c) == "nmod" && tree.CaseOf(c) == "of"))
        {
            foreach (int d in tree.Children(visitor).Where(d => tree.BaseRel(d) == "nmod" && tree.CaseOf(d) == "to"))
            {
                var span = tree.WordSpan(d);
                if (ctx.Places.FirstOrDefault(p => p.Span.Overlaps(span) && p.Country is not null) is { } place)
                    recipients.Add((new ActorRef(place.Text, Country: place.Country, Sector: "GOV"), place.Span));
            }
        }
    }

    // "its refusal to back UN sanctions": a refusal noun governing an event is the event (REJECT), as the verb is.
    private static readonly FrozenSet<string> RefusalNouns = new[] { "refusal", "rejection", "veto" }.ToFrozenSet();

    // What one "meets" in the sense of satisfying it.
    private static readonly FrozenSet<string> Requirements = new[]
    {
        "objective", "demand", "requirement", "target", "goal", "need", "criterion", "criteria", "condition", "expectation",
        "deadline", "standard", "obligation", "challenge", "cost", "threshold", "commitment", "request",
    }.ToFrozenSet();

    /// <summary>"meeting the objectives of the president", "met the deadline": meeting a requirement is no meeting.</summary>
    private static bool SatisfiesRatherThanMeets(SentenceTree tree, TriggerMatch trigger) =>
        trigger.Kind == TriggerKind.Verb && trigger.Type == PloverType.Consult && tree.Lemma(trigger.Word) == "meet"
        && tree.Children(trigger.Word).Any(c => tree.BaseRel(c) == "obj" && tree.Upos(c) == "NOUN" && Requirements.Contains(tree.Lemma(c)));

    /// <summary>
    /// "the UN Security Council diplomats", "NATO officials": an unnamed group whose description holds a named
    /// organisation acts for that organisation. Null when it holds none.
    /// </summary>
    private static ActorMention? NamedBodyOf(DocumentContext ctx, ActorMention group)
    {
        if (group.Kind != ActorKind.Group || group.Name is not null || group.Members is { Count: > 0 }) return null;
        foreach (var m in ctx.Actors)
        {
            if (m.Span.Start >= group.Span.End) break;
            if (!ReferenceEquals(m, group) && group.Span.Contains(m.Span) && m.Kind == ActorKind.Organisation && m.Name is not null) return m;
        }
        return null;
    }

    /// <summary>
    /// "despite years of tension, China and Japan have cooperated …" parsed with "differences" as the
    /// subject: a subject with a preposition of its own is a fronted oblique, and the bare noun phrase hung on it is
    /// the real subject. Other subjects stand as they are.
    /// </summary>
    private static IEnumerable<int> PrepositionalSubject(SentenceTree tree, int subject)
    {
        if (!tree.Children(subject).Any(c => tree.BaseRel(c) == "case" && c < subject && tree.Upos(c) == "ADP")) return [subject];
        return tree.Children(subject).Where(c => c > subject && tree.BaseRel(c) is "nmod" or "conj" or "appos" && tree.Upos(c) is "PROPN" or "NOUN" && tree.CaseOf(c) == "").ToList();
    }

    /// <summary>
    /// The same misparse with the subject hung on the fronted phrase as an apposition ("despite years of tension,
    /// India and Brazil have cooperated …" with no subject on "cooperated"; or, with "in spite of the dispute, India
    /// and …", as a conjunct of the fronted phrase): a bare name after the comma of a prepositional phrase before the
    /// verb is the subject.
    /// </summary>
    private static List<int> FrontedObliqueSubjects(SentenceTree tree, int verb)
    {
        foreach (int c in tree.Children(verb))
        {
            if (c > verb || tree.BaseRel(c) != "obl" || !tree.Children(c).Any(k => tree.BaseRel(k) == "case" && k < c && tree.Upos(k) == "ADP")) continue;
            var named = tree.Children(c).Where(d => d > c && tree.BaseRel(d) is "appos" or "nmod" or "conj" && tree.Upos(d) == "PROPN" && tree.CaseOf(d) == ""
                && tree.Children(d).Concat(tree.Children(c)).Any(p => tree.Lower(p) == "," && p < d && p > c)).ToList();
            if (named.Count > 0) return named;
        }
        return [];
    }

    /// <summary>
    /// "when we take part in international conferences": a bare plural gathering noun (no article, possessor, number
    /// or name) speaks of a kind of event, not of one. "talks" is plural for a single event and is left alone.
    /// </summary>
    private static bool GenericGatherings(SentenceTree tree, TriggerMatch trigger) =>
        trigger.Kind == TriggerKind.Noun && tree.Tags.Xpos[trigger.Word] == "NNS" && tree.Lemma(trigger.Word) != "talk"
        && OccasionIndex.IsGathering(tree.Lemma(trigger.Word))
        && !tree.Children(trigger.Word).Any(c => tree.BaseRel(c) is "det" or "nummod" || tree.Rel(c) == "nmod:poss"
            || (tree.BaseRel(c) is "compound" or "amod" && tree.Upos(c) == "PROPN") || tree.Lower(c) == "such");

    /// <summary>
    /// "Moscow has sought joint development of the system, which NATO has declined": a refusal whose object is a
    /// relative pronoun turns down what the clause it hangs from asked for, so that clause's subject is refused.
    /// </summary>
    private static void RefusedRequester(SentenceTree tree, DocumentContext ctx, int t, List<(ActorRef, Span)> recipients)
    {
        if (tree.Upos(t) != "VERB" || !tree.Children(t).Any(c => c < t && tree.BaseRel(c) == "obj" && tree.Lower(c) is "which" or "that")) return;
        int x = tree.Head(t);
        for (int hops = 0; x >= 0 && hops < 4 && tree.Upos(x) != "VERB"; hops++) x = tree.Head(x);
        if (x < 0 || tree.Upos(x) != "VERB") return;
        foreach (int s in Subjects(tree, x)) AddActor(tree, ctx, s, recipients);
    }
}
