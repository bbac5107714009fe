using System.Collections.Frozen;
using Parley.Documents;
using Parley.Entities.Actors;

namespace Parley.Events.Extraction;

/// <summary>
/// Participants that the dependency tree leaves out of a trigger's own arguments: a second partner introduced by a
/// repeated preposition ("met with the envoy, and with the opposition leader"), and the participants of an event
/// noun that a relative clause hangs from ("a phone call with Ruto during which they agreed …").
/// </summary>
public sealed partial class EventExtractor
{
    // Prepositions whose repetition after "and" names another partner of the same event.
    private static readonly FrozenSet<string> RepeatableRecipientCases = new[] { "with", "to", "against" }.ToFrozenSet();

    /// <summary>
    /// "met with the envoy, and with the head of the coalition": a partner phrase that repeats the preposition of the
    /// verb's partner after a coordinator is a second partner, wherever the parser hung it. Only inside the verb's
    /// clause: no verb may stand between the two phrases.
    /// </summary>
    private static void RepeatedPrepositionPartners(SentenceTree tree, DocumentContext ctx, int v, List<(ActorRef, Span)> recipients)
    {
        foreach (int c in tree.Children(v))
        {
            if (tree.BaseRel(c) != "obl" || tree.CaseOf(c) is not { } kase || !RepeatableRecipientCases.Contains(kase)) continue;
            for (int x = c + 1; x < tree.End; x++)
            {
                if (tree.Upos(x) is "VERB" or "AUX") break;
                if (tree.Lower(x) != kase || tree.Upos(x) != "ADP" || x - 1 <= c || tree.Lower(x - 1) is not ("and" or "or")) continue;
                int h = tree.Head(x);
                if (h < 0 || h == c || h <= x || tree.Upos(h) is not ("NOUN" or "PROPN")) continue;
                AddActor(tree, ctx, h, recipients);
            }
        }
    }

    /// <summary>
    /// "had a phone call with Ruto during which they agreed to hold talks", "a meeting with his counterpart, at
    /// which they signed a deal": a plural pronoun in a relative clause on an event noun stands for that event's
    /// participants, not for whoever the discourse named last. The event of <paramref name="sentence"/> (built
    /// earlier in the same sentence) whose trigger or light-verb noun the relative clause hangs from, or null.
    /// </summary>
    private static (List<(ActorRef Ref, Span Span)> Participants, EventRecord Event)? RelativeClauseHost(
        SentenceTree tree, int t, IReadOnlyList<(TriggerMatch Trigger, EventRecord Record)> sentence)
    {
        if (sentence.Count == 0) return null;
        for (int x = t, guard = 0; x >= 0 && guard < 6; x = tree.Head(x), guard++)
        {
            int noun;
            if (tree.Rel(x) == "acl:relcl") noun = tree.Head(x);
            // The parser often hangs ", during which …" on the verb of the main clause: then the event noun
            // right before the relative pronoun is what it refers to.
            else if (PrepositionalRelative(tree, x) is int relative and >= 0) noun = NearestEventNounBefore(relative, sentence);
            else continue;
            foreach (var (trigger, record) in sentence)
            {
                if (trigger.Word != noun && !trigger.Consumed.Contains(noun)) continue;
                var list = Participants(record);
                return list.Count >= 2 ? (list, record) : null;
            }
            return null;
        }
        return null;
    }

    // "during which", "at which", "in whose course": the relative pronoun of a clause introduced by a preposition, or -1.
    private static int PrepositionalRelative(SentenceTree tree, int clause)
    {
        foreach (int c in tree.Children(clause))
        {
            if (c < clause && tree.Lower(c) is "which" or "whom" && tree.BaseRel(c) is "obl" or "nmod"
                && tree.Children(c).Any(k => tree.BaseRel(k) == "case")) return c;
        }
        return -1;
    }

    // The trigger (or light-verb noun) of the sentence's events that ends nearest before word w, or -1.
    private static int NearestEventNounBefore(int w, IReadOnlyList<(TriggerMatch Trigger, EventRecord Record)> sentence)
    {
        int best = -1;
        foreach (var (trigger, _) in sentence)
            foreach (int n in trigger.Consumed.Append(trigger.Word))
                if (n < w && n > best) best = n;
        return best;
    }

    // An event's actors and recipients with the spans of their evidence.
    private static List<(ActorRef Ref, Span Span)> Participants(EventRecord e)
    {
        var list = new List<(ActorRef, Span)>();
        for (int a = 0; a < e.Actors.Count; a++)
            if (e.Evidence.Fields.TryGetValue($"actor:{a}", out var span)) list.Add((e.Actors[a], span));
        for (int r = 0; r < e.Recipients.Count; r++)
            if (e.Evidence.Fields.TryGetValue($"recipient:{r}", out var span)) list.Add((e.Recipients[r], span));
        return list;
    }

    // Nouns for a written text that speaks for whoever wrote or tabled it.
    private static readonly FrozenSet<string> DocumentNouns = new[]
    {
        "text", "draft", "resolution", "report", "statement", "letter", "proposal", "document", "declaration",
        "communique", "communiqué", "bill", "motion", "memorandum", "note",
    }.ToFrozenSet();

    /// <summary>
    /// "the new text, submitted by Jordan, calls on …", "the draft, prepared by France, urges …": a document that
    /// asks, demands or condemns does so for its author, named by the agent of a participle on it. Only when the
    /// document itself resolved to no actor.
    /// </summary>
    private static void DocumentAuthor(SentenceTree tree, DocumentContext ctx, int subject, List<(ActorRef, Span)> actors)
    {
        if (tree.Upos(subject) != "NOUN" || !DocumentNouns.Contains(tree.Lemma(subject))) return;
        foreach (int c in tree.Children(subject))
        {
            if (tree.BaseRel(c) != "acl" || tree.Tags.Xpos[c] != "VBN") continue;
            foreach (int agent in tree.Children(c))
            {
                if (tree.Rel(agent) == "obl:agent" || (tree.BaseRel(agent) == "obl" && tree.CaseOf(agent) == "by"))
                    AddActor(tree, ctx, agent, actors);
            }
        }
    }

    /// <summary>
    /// "According to the report, the latest draft, put forward by X, calls on …": the parser often takes the real subject
    /// for an apposition of the attribution noun, with that noun as the root (the verb its conjunct) or as the verb's
    /// oblique. The apposition between the attribution noun and the verb is the verb's subject, or -1.
    /// </summary>
    private static int FrontedAttributionSubject(SentenceTree tree, int verb)
    {
        if (tree.Lower(tree.First) != "according" || tree.Upos(verb) != "VERB") return -1;
        IEnumerable<int> attributions = tree.BaseRel(verb) == "conj" && tree.Head(verb) >= 0
            ? [tree.Head(verb)]
            : tree.Children(verb).Where(c => c < verb && tree.BaseRel(c) == "obl");
        foreach (int h in attributions)
        {
            if (tree.Upos(h) is not ("NOUN" or "PROPN") || !tree.Children(h).Any(c => tree.BaseRel(c) == "case" && tree.Lower(c) == "according")) continue;
            foreach (int c in tree.Children(h))
                if (tree.BaseRel(c) == "appos" && c > h && c < verb && tree.Upos(c) is "NOUN" or "PROPN") return c;
        }
        return -1;
    }

    /// <summary>
    /// "calls on President Assad to …" is sometimes parsed with "on" as a particle and the name as the particle's own
    /// object or subject (a particle has neither): a nominal hung from the verb's particle is the verb's object.
    /// </summary>
    private static void ParticleObjects(SentenceTree tree, DocumentContext ctx, int v, List<(ActorRef, Span)> recipients)
    {
        foreach (int p in tree.Children(v))
        {
            if (tree.Rel(p) != "compound:prt") continue;
            foreach (int o in tree.Children(p))
                if (tree.BaseRel(o) is "obj" or "obl" or "nmod" or "nsubj" && tree.Upos(o) is "PROPN" or "NOUN" or "PRON") AddActor(tree, ctx, o, recipients);
        }
    }

    // Fighting words whose "with" names the other side of a two-sided fight, not its victim.
    private static readonly FrozenSet<string> ReciprocalFights = new[] { "war", "conflict", "clash", "fighting", "hostility", "battle", "fight" }.ToFrozenSet();

    /// <summary>
    /// "Russia's war with Georgia", "the clashes with the rebels", "India fought with Pakistan": a two-sided fight has
    /// both sides as actors and no recipient (PLOVER 3.16.1), when its other side is introduced by "with".
    /// </summary>
    private static void ReciprocalFight(SentenceTree tree, TriggerMatch trigger, PloverType type,
        List<(ActorRef Ref, Span Span)> actors, List<(ActorRef Ref, Span Span)> recipients)
    {
        int t = trigger.Word;
        if (type != PloverType.Assault || actors.Count == 0 || recipients.Count == 0 || !ReciprocalFights.Contains(tree.Lemma(t))) return;
        if (!tree.Children(t).Any(c => tree.BaseRel(c) is "nmod" or "obl" && tree.CaseOf(c) == "with")) return;
        actors.AddRange(recipients);
        recipients.Clear();
    }

    /// <summary>
    /// "to meet President Lula, Foreign Minister Vieira, and other Brazilian officials" is often parsed with the second
    /// name as an apposition of the first and the last item as a bare oblique. An apposition restates its head, so one
    /// that names a different person is the next item of a list; a bare oblique joined by "and" after the object is its
    /// last item. Both are further partners of the verb.
    /// </summary>
    private static void ListedPartners(SentenceTree tree, DocumentContext ctx, int v, List<(ActorRef, Span)> recipients)
    {
        int firstObject = -1;
        foreach (int o in tree.Children(v))
        {
            if (tree.BaseRel(o) != "obj") continue;
            if (firstObject < 0) firstObject = o;
            if (ResolveActor(tree, ctx, o) is not ({ Name: { } head }, _)) continue;
            foreach (int a in tree.Children(o))
            {
                if (tree.Rel(a) == "appos" && ResolveActor(tree, ctx, a) is ({ Name: { } other } named, var span)
                    && MentionAt(ctx, span) is { Kind: ActorKind.Person } && other != head)
                    recipients.Add((named, span));
            }
        }
        if (firstObject < 0) return;
        foreach (int c in tree.Children(v))
        {
            if (c > firstObject && tree.BaseRel(c) == "obl" && tree.CaseOf(c) == "" && tree.Upos(c) is "NOUN" or "PROPN"
                && tree.Children(c).Any(k => tree.BaseRel(k) == "cc" && tree.Lower(k) == "and"))
                AddActor(tree, ctx, c, recipients);
        }
    }

    // Nouns for a phase of an event: "the start of talks" is the talks.
    private static readonly FrozenSet<string> PhaseNouns = new[] { "initiation", "start", "launch", "beginning", "resumption", "opening", "renewal" }.ToFrozenSet();

    // Verbs of backing something, which for a negotiation with someone else make the backer a would-be party to it.
    private static readonly FrozenSet<string> BackingVerbs = new[] { "support", "favour", "favor", "back", "endorse" }.ToFrozenSet();

    /// <summary>
    /// "he backs the start of a dialogue with the government", "the rebels back talks with Kabul": one who backs
    /// a negotiation with a named other side is a would-be party to it (CAMEO 036, intent to negotiate), not a supporter
    /// of someone. The backing verb, or -1.
    /// </summary>
    private static int BackerOfNegotiation(SentenceTree tree, int n, PloverType type, bool hasPartner)
    {
        if (type != PloverType.Consult || !hasPartner || tree.Upos(n) != "NOUN") return -1;
        int x = n;
        if (tree.BaseRel(x) == "nmod" && tree.CaseOf(x) == "of" && tree.Head(x) >= 0 && PhaseNouns.Contains(tree.Lemma(tree.Head(x)))) x = tree.Head(x);
        if (tree.BaseRel(x) != "obj" || tree.Head(x) < 0) return -1;
        int v = tree.Head(x);
        return tree.Upos(v) == "VERB" && BackingVerbs.Contains(tree.Lemma(v)) ? v : -1;
    }
}
