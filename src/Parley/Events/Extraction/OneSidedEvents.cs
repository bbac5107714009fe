using System.Collections.Frozen;
using Parley.Documents;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// One-sided events (PLOVER manual: PROTEST, MOBILIZE, COERCE and ASSAULT are often done with no named
/// target): a protest, a deployment, a curfew or an attack is an event when its doer is known, even where the
/// CAMEO verb dictionary, which codes dyads, supplies the only reading.
/// </summary>
public sealed partial class EventExtractor
{
    private static bool OneSidedType(PloverType type) => type is PloverType.Protest or PloverType.Mobilize or PloverType.Coerce
        or PloverType.Assault;

    /// <summary>
    /// A CAMEO-only reading of a one-sided type stands with one doer whose country or sector is known
    /// ("demonstrators blocked the roads", "Israeli troops reimposed the curfew") when the reading is specific: a
    /// pattern of the verb matched its dependents, or the verb names its own block. A bare generic verb ("took office")
    /// is not enough.
    /// </summary>
    private static bool OneSidedDoer(TriggerMatch trigger, List<(ActorRef Ref, Span Span)> actors) =>
        trigger.Source == TriggerSource.Cameo && OneSidedType(trigger.Type) && (trigger.FromPattern || trigger.Canonical)
        && actors.Count >= 1 && actors.All(a => a.Ref.Country is not null || a.Ref.Sector is not null);

    /// <summary>
    /// A light verb's own noun is the event, not who it is aimed at: "Spain reinforced its troops", "sent its forces".
    /// </summary>
    private static void DropOwnNoun(SentenceTree tree, TriggerMatch trigger, List<(ActorRef Ref, Span Span)> recipients)
    {
        if (trigger.Kind != TriggerKind.LightVerb || trigger.Consumed.Count == 0) return;
        recipients.RemoveAll(r => trigger.Consumed.Any(c => r.Span.Overlaps(tree.WordSpan(c))));
    }

    /// <summary>
    /// A body the entity stage kept no mention for, described by a common noun with its name as a modifier ("the APEC
    /// forum", "the Hizbollah group", "the Likud party"): the name is the actor.
    /// </summary>
    private static (ActorRef, Span)? NamedDescription(SentenceTree tree, DocumentContext ctx, int w)
    {
        if (tree.Upos(w) != "NOUN") return null;
        foreach (int c in tree.Children(w))
        {
            if (tree.Rel(c) is "compound" or "appos" && tree.Upos(c) == "PROPN" && c < w && UnknownName(tree, ctx, c) is { } named)
                return named;
        }
        return null;
    }

    /// <summary>
    /// How much less a trigger counts as the sentence's event when it only describes a participant: a participle
    /// modifying a noun ("Jordan's visiting king", "suspected militants", "weapons seized last year").
    /// </summary>
    private static double Background(SentenceTree tree, int t) =>
        (tree.Upos(t) == "VERB" && tree.Rel(t) is "amod" or "acl" && tree.Head(t) >= 0 && tree.Upos(tree.Head(t)) is "NOUN" or "PROPN"
            && !tree.Children(t).Any(c => tree.BaseRel(c) == "mark" && tree.Lower(c) == "to"))
        || Attributive(tree, t)
            ? 0.2 : SubordinateClause(tree, t, ConditionSubordinators) ? 0.2 : SubordinateClause(tree, t, SceneSubordinators) ? 0.1 : 0;

    // Subordinators of an adverbial clause that sets the scene for the main clause's event.
    private static readonly FrozenSet<string> SceneSubordinators = new[]
    {
        "as", "while", "when", "whereas", "after", "before", "since", "because", "although", "though", "until", "once", "following",
    }.ToFrozenSet();

    // Subordinators of a clause of condition: what it names is the premise of the main clause's event, not the news
    // ("will send troops to defend X if it is attacked": the pledge is reported, the attack is only supposed).
    private static readonly FrozenSet<string> ConditionSubordinators = new[] { "if", "unless" }.ToFrozenSet();

    // By the words before the clause's verb, whatever the parse: back to the comma that opens the clause, whose next
    // word is a subordinator ("…, as the police in Spain cracked down"); another verb on the way means another clause.
    private static bool OpensWithSubordinator(SentenceTree tree, int v, FrozenSet<string> subordinators)
    {
        for (int x = v - 1; x > tree.First; x--)
        {
            if (tree.Upos(x) is "VERB" or "AUX") return false;
            if (tree.Lower(x) is "," or ";")
                return x + 1 < v && subordinators.Contains(tree.Lower(x + 1)) && tree.Upos(x + 1) is "SCONJ" or "ADP";
        }
        return false;
    }

    /// <summary>
    /// Whether a trigger lies inside an adverbial clause opened by one of <paramref name="subordinators"/>: of time,
    /// cause or contrast ("…, as the police cracked down on …", "after rebels attacked …"), which sets the scene for
    /// the main clause's event, or of condition ("if it is attacked"), which only supposes it.
    /// </summary>
    private static bool SubordinateClause(SentenceTree tree, int t, FrozenSet<string> subordinators)
    {
        for (int x = t, hops = 0; x >= 0 && hops < 4; x = tree.Head(x), hops++)
        {
            if (tree.BaseRel(x) == "advcl" && tree.Children(x).Any(m => tree.BaseRel(m) == "mark" && subordinators.Contains(tree.Lower(m))))
                return true;
            // The same clause where the parser made it a conjunct and its subordinator a case marker ("…, as
            // authorities cracked down …"): a conjunct clause that begins with the subordinator.
            if (tree.BaseRel(x) is "conj" or "parataxis" && tree.Upos(x) == "VERB" && OpensWithSubordinator(tree, x, subordinators)) return true;
            if (tree.BaseRel(x) is not ("xcomp" or "conj" or "obj" or "obl" or "nmod")) return false;
        }
        return false;
    }

    // By the words around it, whatever the parse: a participle between a determiner or possessive and a noun
    // ("the visiting minister", "Jordan's visiting king", "its proposed talks").
    private static bool Attributive(SentenceTree tree, int t) =>
        tree.Tags.Xpos[t] is "VBG" or "VBN" && t - 1 >= tree.First && t + 1 < tree.End
            && (tree.Tags.Xpos[t - 1] is "DT" or "POS" or "PRP$")
            && tree.Upos(t + 1) is "NOUN" or "PROPN";

    private static readonly FrozenSet<string> Quantities = new[]
    {
        "ten", "tens", "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "million", "millions", "crowd",
        "crowds", "group", "groups", "member", "members", "number",
    }.ToFrozenSet();

    /// <summary>
    /// "Thousands of Nigerians", "hundreds of students", "members of the Likud party": a quantity or part of a group is
    /// the group it counts.
    /// </summary>
    private static (ActorRef, Span)? PartitiveGroup(SentenceTree tree, DocumentContext ctx, int w)
    {
        if (!Quantities.Contains(tree.Lower(w))) return null;
        foreach (int c in tree.Children(w))
        {
            if (tree.BaseRel(c) == "nmod" && tree.CaseOf(c) == "of" && ResolveActor(tree, ctx, c) is { } group)
                return group;
        }
        return null;
    }

    // Nouns for a crowd of ordinary people, who march, rally and block roads without a name or a country.
    private static readonly FrozenSet<string> CrowdNouns = new[]
    {
        "people", "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "marcher", "marchers",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Thousands of people blocked the bridge", "protesters marched on the palace": a crowd that is the subject of its
    /// clause, bare or counted, is the doer (sector CVL) even with no country; as an object or victim it stays unnamed.
    /// </summary>
    private static (ActorRef, Span)? CrowdDoer(SentenceTree tree, DocumentContext ctx, int w)
    {
        if (tree.Upos(w) != "NOUN" || !CrowdNouns.Contains(tree.Lower(w))) return null;
        int x = w;
        // Up through the counting words: "hundreds of thousands of people".
        while (tree.BaseRel(x) == "nmod" && tree.CaseOf(x) == "of" && tree.Head(x) is int head and >= 0 && Quantities.Contains(tree.Lower(head)))
            x = head;
        if (tree.Rel(x) != "nsubj") return null;
        var words = tree.Children(w).Where(c => c < w && tree.Rel(c) is "amod" or "compound").Append(w).Order().ToList();
        var span = tree.SpanOf(words);
        return (new ActorRef(span.TextOf(ctx.Text), Sector: "CVL"), span);
    }

    // Cases of a phrase that sets a protest around its clause: "during the demonstrations", "at a rally", "in the protests".
    private static readonly FrozenSet<string> ProtestSceneCases = new[] { "during", "at", "in", "amid" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Students threw eggs during the demonstration": a protest noun that sets the scene of its clause is held by the
    /// clause's civilian subject. Not when the subject is police, troops or officials ("police fired tear gas during the
    /// protest": they face the protest, they do not hold it).
    /// </summary>
    private static void ProtestSceneDoer(SentenceTree tree, DocumentContext ctx, int n, PloverType type, List<(ActorRef, Span)> actors)
    {
        if (type != PloverType.Protest || tree.BaseRel(n) != "obl" || !ProtestSceneCases.Contains(tree.CaseOf(n))) return;
        int gov = tree.Head(n);
        if (gov < 0 || tree.Upos(gov) != "VERB") return;
        var found = new List<(ActorRef, Span)>();
        foreach (int s in Subjects(tree, gov)) AddActor(tree, ctx, s, found);
        if (found.Count == 0 || found.Any(a => a.Item1.Sector is "GOV" or "MIL" || a.Item1.Name is not null)) return;
        actors.AddRange(found);
    }

    // Cases of a phrase that sets fighting around its clause: "after days of fighting", "during the battle", "amid clashes".
    private static readonly FrozenSet<string> CombatSceneCases = new[] { "after", "during", "amid", "following", "in" }.ToFrozenSet(StringComparer.Ordinal);

    // Spans of time that count out fighting: "after five days of fighting", "following weeks of clashes".
    private static readonly FrozenSet<string> DurationNouns = new[] { "hour", "day", "night", "week", "month", "year", "round" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Rebels took the town after three days of fighting", "troops advanced during the battle": a combat noun that sets
    /// the scene of its clause (directly, or counted out by a span of time) is fought by the clause's armed subject
    /// (sector MIL or REB). Civilians who flee or officials who speak after the fighting did not fight, so any other
    /// subject leaves the noun without a doer.
    /// </summary>
    private static void CombatSceneDoer(SentenceTree tree, DocumentContext ctx, int n, PloverType type, List<(ActorRef, Span)> actors)
    {
        if (type != PloverType.Assault) return;
        int x = n;
        if (tree.BaseRel(x) == "nmod" && tree.CaseOf(x) == "of" && tree.Head(x) is int span and >= 0 && DurationNouns.Contains(tree.Lemma(span)))
            x = span;
        if (tree.BaseRel(x) != "obl" || !CombatSceneCases.Contains(tree.CaseOf(x))) return;
        int gov = tree.Head(x);
        if (gov < 0 || tree.Upos(gov) != "VERB" || HasPassive(tree, gov)) return;
        var found = new List<(ActorRef, Span)>();
        foreach (int s in Subjects(tree, gov)) AddActor(tree, ctx, s, found);
        if (found.Count == 0 || !found.All(a => a.Item1.Sector is "MIL" or "REB")) return;
        actors.AddRange(found);
    }

    /// <summary>
    /// "Two thousand fighters have been demobilised", "the troops were pulled out": an agentless passive of standing down
    /// or withdrawing forces says that the forces' own side stood down (PLOVER RETREAT), so the forces are the doer, not
    /// the target. With an agent ("were disarmed by the peacekeepers") the agent is the doer as usual. A share of a group
    /// ("a third of the guerrillas") is the group.
    /// </summary>
    private static void StoodDownForces(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger,
        List<(ActorRef Ref, Span Span)> actors, List<(ActorRef Ref, Span Span)> recipients)
    {
        int v = trigger.Word;
        if (actors.Count > 0 || trigger.Type != PloverType.Retreat || trigger.Mode is not ("disarm" or "withdraw")) return;
        if (trigger.Kind == TriggerKind.Noun || !tree.Children(v).Any(c => tree.Rel(c) == "aux:pass")) return;
        if (tree.Children(v).Any(c => tree.Rel(c) == "obl:agent" || (tree.BaseRel(c) == "obl" && tree.CaseOf(c) == "by"))) return;
        foreach (int s in tree.Children(v).Where(c => tree.Rel(c) == "nsubj:pass"))
        {
            int group = s;
            // "a third of the guerrillas", "half of the fighters": the share stands for the group it is taken from.
            if (tree.Upos(s) is "NOUN" or "NUM" && ResolveActor(tree, ctx, s) is null
                && tree.Children(s).FirstOrDefault(c => tree.BaseRel(c) == "nmod" && tree.CaseOf(c) == "of") is int of and > 0)
                group = of;
            AddActor(tree, ctx, group, actors);
        }
        recipients.RemoveAll(r => actors.Any(a => a.Span.Overlaps(r.Span)));
    }

    // What lifting eases: a restriction laid on a place's people ("lifted the curfew in X", "eased the blockade in X").
    private static readonly FrozenSet<string> RestrictionNouns = new[]
    {
        "curfew", "blockade", "restriction", "restrictions", "ban", "siege", "emergency", "closure", "closures", "lockdown",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Israel reimposed the blockade in the West Bank", "the army lifted the curfew in Jaffna": a coercion, an attack or
    /// the easing of a restriction with no one named as its target falls on the people of the place it is done in (PLOVER
    /// codes that place's country as the target). The place must be in an "in" phrase of the trigger or of its object,
    /// and the gazetteer must give its country. Added after the event is established, so it never makes an event. A
    /// coercing government, police or army with no country of its own is that place's country's.
    /// </summary>
    private static void SceneTarget(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger, List<(ActorRef Ref, Span Span)> actors,
        List<(ActorRef Ref, Span Span)> recipients)
    {
        if (recipients.Count > 0) return;
        bool easing = trigger.Type == PloverType.Concede && trigger.Consumed.Concat(tree.Children(trigger.Word).Where(c => tree.BaseRel(c) == "obj"))
            .Any(c => RestrictionNouns.Contains(tree.Lower(c)));
        if (trigger.Type is not (PloverType.Coerce or PloverType.Assault) && !easing) return;
        var heads = new List<int> { trigger.Word };
        heads.AddRange(trigger.Consumed);
        heads.AddRange(tree.Children(trigger.Word).Where(c => tree.BaseRel(c) == "obj"));
        foreach (int h in heads.Distinct())
        {
            foreach (int c in tree.Children(h).Where(c => tree.BaseRel(c) is "obl" or "nmod" && tree.CaseOf(c) == "in"))
            {
                var at = tree.SpanOf(tree.Subtree(c, d => tree.BaseRel(d) is "acl" or "conj" or "punct" or "cc"));
                if (ctx.Times.Any(x => x.Span.Overlaps(tree.WordSpan(c)))) continue;
                if (ctx.Places.FirstOrDefault(p => p.Country is not null && at.Start <= p.Span.Start && p.Span.End <= at.End) is not { } place) continue;
                recipients.Add((new ActorRef(place.Text, Country: place.Country), place.Span));
                // "the military government declared a state of siege in X": a government, police or army with no country
                // of its own that coerces the people of a place is that place's country's.
                if (trigger.Type == PloverType.Coerce)
                {
                    for (int i = 0; i < actors.Count; i++)
                        if (actors[i].Ref is { Country: null, Sector: "GOV" or "MIL" } ruler
                            && (ruler.Name is null || string.Equals(ruler.Name, ruler.Text, StringComparison.OrdinalIgnoreCase)))
                            actors[i] = (ruler with { Country = place.Country }, actors[i].Span);
                }
                return;
            }
        }
    }

    /// <summary>
    /// "A journalist has been killed", "the president was accused of fraud": a passive verb of attack, coercion or
    /// accusation with a known victim is an event whose doer the sentence does not name (not a counted toll).
    /// </summary>
    private static bool PassiveVictim(SentenceTree tree, TriggerMatch trigger, List<(ActorRef Ref, Span Span)> recipients) =>
        trigger.Kind == TriggerKind.Verb && trigger.Source == TriggerSource.Parley
        && trigger.Type is PloverType.Assault or PloverType.Coerce or PloverType.Accuse
        && tree.Children(trigger.Word).Any(c => tree.Rel(c) is "aux:pass" or "nsubj:pass")
        // A toll with no doer ("more than 2,000 soldiers have been killed") is a statistic, not an event — unless the
        // clause says what did it ("two soldiers were killed by a roadside bomb"): then it is one incident.
        && (!tree.Children(trigger.Word).Where(c => tree.Rel(c) == "nsubj:pass")
                .Any(v => tree.Subtree(v, _ => false).Any(d => tree.Upos(d) == "NUM"))
            || tree.Children(trigger.Word).Any(c => tree.BaseRel(c) == "obl" && tree.CaseOf(c) == "by"))
        && recipients.Count > 0 && recipients.All(r => r.Ref.Country is not null || r.Ref.Name is not null || r.Ref is { Role: not null, Sector: not null });
}
