using System.Collections.Frozen;
using Parley.Documents;
using Parley.Entities.Actors;
using Parley.Entities.Places;
using Parley.Events.Lexicon;
using Parley.Time;

namespace Parley.Events.Extraction;

/// <summary>
/// Reads event records off a parsed document. Rules, in the order they apply to a sentence:
/// triggers (light verbs, then verbs, then nouns, from <see cref="TriggerLexicon"/>), arguments from the tree
/// (subjects → actors, objects and with/to/against obliques → recipients, conj expands, xcomp/conj inherit the
/// subject), modality from the chain of governing predicates (SPEC §5), claimant from the nearest reporting verb,
/// date/place/occasion/topics from dependents of the trigger's clause. Immutable and thread-safe.
/// </summary>
public sealed partial class EventExtractor
{
    private static readonly FrozenSet<string> SubjectRels = new[] { "nsubj", "csubj" }.ToFrozenSet();
    private static readonly FrozenSet<string> RecipientCases = new[] { "with", "to", "against", "on", "from", "toward", "towards", "at", "for", "into", "including" }.ToFrozenSet();
    private static readonly FrozenSet<string> NominalActorCases = new[] { "between", "of", "by", "among", "from" }.ToFrozenSet();
    private static readonly FrozenSet<string> Negators = new[] { "not", "n't", "never", "no", "neither", "nor", "without" }.ToFrozenSet();
    private static readonly FrozenSet<string> Refusals = new[] { "refuse", "decline", "reject", "veto" }.ToFrozenSet();
    private static readonly FrozenSet<string> TopicCases = new[] { "on", "about", "over", "regarding", "concerning" }.ToFrozenSet();
    private static readonly FrozenSet<string> PlaceCases = new[] { "in", "at", "to", "near", "outside", "inside" }.ToFrozenSet();
    private static readonly FrozenSet<string> Gatherings = new[] { "conference", "summit", "forum", "session", "sideline", "sidelines", "assembly", "meeting", "congress", "ceremony", "talks", "gathering" }.ToFrozenSet();
    private static readonly FrozenSet<string> RoleCases = new[] { "with", "to", "against", "toward", "towards", "between", "by", "on", "over", "about", "for", "from" }.ToFrozenSet();
    private static readonly FrozenSet<string> Relatives = new[] { "which", "who", "that", "whom" }.ToFrozenSet();

    // Governing words read as modality cues when they govern a trigger (SPEC §5). Single words; the lexicon's cues
    // add to these. A governor never stands as an event of its own while it governs one.
    private static readonly Dictionary<string, EventModality> GovernorCues = new(StringComparer.Ordinal)
    {
        ["hope"] = EventModality.Intended, ["want"] = EventModality.Intended, ["wish"] = EventModality.Intended,
        ["seek"] = EventModality.Intended, ["intend"] = EventModality.Intended, ["propose"] = EventModality.Intended,
        ["invite"] = EventModality.Intended, ["desire"] = EventModality.Intended, ["aim"] = EventModality.Intended,
        ["plan"] = EventModality.Planned, ["arrange"] = EventModality.Intended, ["prepare"] = EventModality.Intended,
        ["schedule"] = EventModality.Planned, ["slate"] = EventModality.Planned, ["set"] = EventModality.Planned,
        ["due"] = EventModality.Planned, ["announce"] = EventModality.Planned, ["upcoming"] = EventModality.Planned,
        ["likely"] = EventModality.Possible, ["expect"] = EventModality.Possible, ["possible"] = EventModality.Possible,
        ["potential"] = EventModality.Possible, ["tentative"] = EventModality.Possible, ["may"] = EventModality.Possible,
        ["might"] = EventModality.Possible, ["could"] = EventModality.Possible, ["unlikely"] = EventModality.Possible,
        ["try"] = EventModality.Attempted, ["attempt"] = EventModality.Attempted,
        ["fail"] = EventModality.Negated, ["failure"] = EventModality.Negated, ["cancel"] = EventModality.Negated,
        ["postpone"] = EventModality.Negated, ["deny"] = EventModality.Negated,
    };

    private readonly TriggerLexicon _lexicon;
    private readonly CameoCoder _coder;
    private readonly FrozenSet<string> _reporting;

    public EventExtractor(TriggerLexicon lexicon, CameoCoder coder)
    {
        _lexicon = lexicon;
        _coder = coder;
        _reporting = lexicon.ReportingPhrases.Where(p => !p.Contains(' ', StringComparison.Ordinal)).ToFrozenSet(StringComparer.Ordinal);
    }

    public static EventExtractor Default { get; } = new(TriggerLexicon.Default, CameoCoder.Default);

    /// <summary>The events of a document whose tokens, tags, trees, actors, places and times are set.</summary>
    public IReadOnlyList<EventRecord> Extract(Document doc)
    {
        var tokens = doc.Get(Layers.Tokens);
        var tags = doc.Get(Layers.Tags);
        var deps = doc.Get(Layers.Dependencies);
        var context = new DocumentContext(
            doc.Text,
            [.. doc.Get(Layers.Actors).Mentions.OrderBy(m => m.Span.Start)],
            doc.Get(Layers.Places).Mentions,
            doc.Get(Layers.Times).Items);
        var events = new List<EventRecord>();
        var trees = new List<SentenceTree>(tokens.SentenceCount);
        for (int s = 0; s < tokens.SentenceCount; s++) trees.Add(new SentenceTree(s, tokens, tags, deps));
        context = context with { Occasions = OccasionIndex.Build(trees, context.Places, context.Times, doc.Get(Layers.ReferenceDate).Date), Trees = trees, Reference = doc.Get(Layers.ReferenceDate) };
        foreach (var tree in trees)
        {
            if (tree.End <= tree.First) continue;
            foreach (var evt in ExtractSentence(tree, context, events))
            {
                if (SaidAgain(evt, events)) continue;
                int ordinal = events.Count;
                events.Add(evt with { Id = EventRecord.MakeId(doc.Id, ordinal), DocumentId = doc.Id, Ordinal = ordinal });
            }
        }
        DateSameVisits(events, trees);
        return events;
    }

    private sealed record DocumentContext(string Text, IReadOnlyList<ActorMention> Actors, IReadOnlyList<PlaceMention> Places, IReadOnlyList<TimeExpression> Times)
    {
        public OccasionIndex Occasions { get; init; } = OccasionIndex.Empty;

        public IReadOnlyList<SentenceTree> Trees { get; init; } = [];

        public Parley.Dates.ReferenceDate? Reference { get; init; }
    }

    private IEnumerable<EventRecord> ExtractSentence(SentenceTree tree, DocumentContext ctx, IReadOnlyList<EventRecord> prior)
    {
        var triggers = FindTriggers(tree).Concat(PresenceVisits(tree, ctx)).Select(t => PronounLightVerb(tree, ctx, t)).OrderBy(t => t.Word).ToList();
        var byWord = triggers.ToDictionary(t => t.Word);
        var results = new List<(TriggerMatch Trigger, EventRecord Record)>();
        var refused = new HashSet<int>();
        foreach (var trigger in triggers)
        {
            // "refused to back sanctions against X": what the refused act is about is refused with it.
            if (refused.Contains(tree.Head(trigger.Word)) && tree.BaseRel(trigger.Word) == "obj" && trigger.Kind == TriggerKind.Noun)
                continue;
            // A refusal governing an event ("refused to back") is the event: REJECT, and the governed one is not coded.
            int gov = Governor(tree, trigger.Word);
            if (gov >= 0 && byWord.TryGetValue(gov, out var govTrigger) && (Refusals.Contains(tree.Lemma(gov)) || RefusalNouns.Contains(tree.Lemma(gov)) || RefusalPhrase(tree, gov)) && govTrigger.Type == PloverType.Reject)
            {
                refused.Add(trigger.Word);
                continue;
            }
            // The same, where the parser hung the infinitive on the clause's verb ("faced criticism over its refusal to back …").
            if (IntentionNounBefore(tree, trigger.Word) is int refusalNoun and >= 0 && RefusalNouns.Contains(tree.Lemma(refusalNoun))
                && byWord.TryGetValue(refusalNoun, out var nounTrigger) && nounTrigger.Type == PloverType.Reject)
            {
                refused.Add(trigger.Word);
                continue;
            }
            if (BuildEvent(tree, ctx, trigger, prior, results) is { } evt)
                results.Add((trigger, evt));
        }
        // One record per type for a trigger that another same-type trigger governs ("discussed the talks").
        var kept = new List<EventRecord>();
        var keptTriggers = new List<TriggerMatch>();
        foreach (var (trigger, evt) in results)
        {
            bool dominated = results.Any(o => o.Trigger != trigger && o.Record.Type == evt.Type
                && o.Trigger.Word != trigger.Word && Restates(tree, o.Trigger.Word, trigger.Word) && !TalkedAbout(tree, o, (trigger, evt)));
            if (dominated) continue;
            // "backs the start of a dialogue with X": the backing is the intended dialogue, coded once.
            if (trigger.Kind != TriggerKind.Noun && evt.Type == PloverType.Support
                && results.Any(o => o.Record.Actors.Count > 0 && BackerOfNegotiation(tree, o.Trigger.Word, o.Record.Type, o.Record.Recipients.Count > 0) == trigger.Word))
                continue;
            // "will discuss a planned trip by the French president": the event talked about, with its own participants, is the one coded.
            if (results.Any(o => o.Trigger.Word != trigger.Word && o.Record.Type == evt.Type && TalkedAbout(tree, (trigger, evt), o))) continue;
            // What a threat, demand or promise is about ("threatened to shell", "urged Iran to stop") is its content:
            // still coded, with its modality, but the act itself is the sentence's main event.
            // What a request asks for is the request's content (its mode: change, yield, meet …), not an event that
            // happened: "urged Kenya to withdraw its troops" is the REQUEST alone (gold guidelines; PLOVER codes the demand).
            if (results.Any(o => o.Trigger.Word != trigger.Word && o.Record.Type == PloverType.Request && evt.Type != PloverType.Request && Governs(tree, o.Trigger.Word, trigger.Word)))
                continue;
            bool content = results.Any(o => o.Trigger.Word != trigger.Word && o.Record.Type != evt.Type && Governs(tree, o.Trigger.Word, trigger.Word));
            kept.Add(content ? evt with { Confidence = Math.Round(Math.Max(0.05, evt.Confidence - 0.15), 3) } : evt);
            keptTriggers.Add(trigger);
        }
        return WithoutRestatements(tree, keptTriggers, SupposedBelowReported(tree, keptTriggers, kept), prior);
    }

    // w is the complement of g, directly or through one more complement ("threatened to try to shell").
    private static bool Governs(SentenceTree tree, int g, int w)
    {
        for (int x = w, hops = 0; x >= 0 && hops < 2; hops++)
        {
            if (tree.BaseRel(x) is not ("xcomp" or "ccomp" or "obj" or "acl") && !ForClause(tree, x)) return false;
            x = tree.Head(x);
            if (x == g) return true;
        }
        return false;
    }

    // A noun trigger that is the object or oblique of a same-type trigger restates it ("held talks", "discussed … in talks").
    private static bool Restates(SentenceTree tree, int governor, int w) =>
        tree.Head(w) == governor && tree.BaseRel(w) is "obj" or "obl" or "nmod" or "nsubj" or "compound";

    // ---- triggers

    private List<TriggerMatch> FindTriggers(SentenceTree tree)
    {
        var found = new List<TriggerMatch>();
        var consumed = new HashSet<int>();
        for (int w = tree.First; w < tree.End; w++)
        {
            if (tree.Upos(w) != "VERB") continue;
            string lemma = tree.Lemma(w);
            // "declared that China must drop its barriers": saying what another must do is a demand (CAMEO 10).
            if ((_reporting.Contains(lemma) || Declaratives.Contains(lemma)) && Obligation(tree, w) >= 0)
            {
                found.Add(new TriggerMatch(w, PloverType.Request, null, TriggerKind.Verb, TriggerSource.Parley, false, []));
                continue;
            }
            // "a plan Beijing says is a threat", "what it called the bias": finding fault by naming.
            if (PejorativeCharacterisation(tree, w) is { } fault)
            {
                found.Add(fault);
                continue;
            }
            if (_reporting.Contains(lemma)) continue;
            if (LightVerb(tree, w) is { } light)
            {
                found.Add(light);
                consumed.UnionWith(light.Consumed);
                continue;
            }
            if (GovernorCues.ContainsKey(lemma) && GovernsTrigger(tree, w)) continue;
            if (Belief(tree, w)) continue;
            if (HostsNoVisitor(tree, w)) continue;
            if (CarriesNounTrigger(tree, w)) continue;
            if (PhrasalReading(tree, w) is { } phrasal) { found.Add(phrasal); continue; }
            if (VerbReading(tree, w, lemma) is { } reading && !(reading.Mode == "phone" && (Naming(tree, w) || NamedObject(tree, w)))) found.Add(Expulsion(tree, SpokenProtest(tree, reading)));
        }
        found.AddRange(AttitudeAdjectives(tree));
        var nouns = new List<TriggerMatch>();
        var modifiers = new HashSet<int>();
        for (int w = tree.First; w < tree.End; w++)
        {
            if (consumed.Contains(w) || tree.Upos(w) != "NOUN") continue;
            if (NounReading(tree, w, modifiers) is { } reading && !WeaponDanger(tree, reading)) nouns.Add(Expulsion(tree, reading));
        }
        // "the war games": a word that is part of a longer noun trigger is not a trigger of its own.
        found.AddRange(nouns.Where(n => !modifiers.Contains(n.Word)));
        found.Sort((a, b) => a.Word.CompareTo(b.Word));
        return found;
    }

    // Verbs of saying beyond the reporting lexicon that can state an obligation laid on someone.
    private static readonly FrozenSet<string> Declaratives = new[] { "declare", "reiterate", "insist", "repeat", "maintain", "assert", "warn" }.ToFrozenSet();

    /// <summary>
    /// The complement clause of a verb of saying that lays an obligation on a third party ("… that Libya must hand over
    /// the suspects"): its word, or -1. The obliged one must be named (not "we" or "I", which is a resolve, not a demand).
    /// </summary>
    private static int Obligation(SentenceTree tree, int v)
    {
        foreach (int c in tree.Children(v))
        {
            if (tree.BaseRel(c) != "ccomp" || !tree.Children(c).Any(a => tree.BaseRel(a) == "aux" && tree.Lower(a) == "must")) continue;
            // The subject nearest the verb ("said Wednesday that the US must …" may also hang "Wednesday" there).
            int subject = tree.Children(c).Where(s => tree.BaseRel(s) == "nsubj" && s < c).DefaultIfEmpty(-1).Max();
            if (subject >= 0 && !(tree.Upos(subject) == "PRON" && tree.Lower(subject) is "we" or "i" or "you" or "it" or "this" or "that"))
                return c;
        }
        return -1;
    }

    private bool GovernsTrigger(SentenceTree tree, int w)
    {
        foreach (int c in tree.Children(w))
        {
            string rel = tree.BaseRel(c);
            if (rel is "xcomp" or "ccomp" && tree.Upos(c) == "VERB" && (LightVerb(tree, c) is not null || VerbReading(tree, c, tree.Lemma(c)) is not null))
                return true;
            if (rel is "obj" or "obl" && tree.Upos(c) == "NOUN" && NounReading(tree, c) is not null)
                return true;
        }
        return false;
    }

    private TriggerMatch? LightVerb(SentenceTree tree, int w)
    {
        TriggerEntry? best = null;
        List<int>? bestWords = null;
        foreach (string lemma in LightVerbLemmas(tree, w))
        foreach (var entry in _lexicon.LookupHead(lemma))
        {
            if (entry.Kind != TriggerKind.LightVerb) continue;
            string[] parts = entry.Lemma.Split(' ');
            if (parts[0] != lemma) continue;
            var words = new List<int>();
            bool all = true;
            foreach (string part in parts.Skip(1))
            {
                int match = Near(tree, w, part, depth: 2);
                if (match >= 0 && MarksTime(tree, match)) match = -1;
                if (match < 0) match = SurfaceObject(tree, w, part, words);
                if (match < 0) { all = false; break; }
                words.Add(match);
            }
            if (all && (best is null || parts.Length > best.Lemma.Split(' ').Length))
            {
                best = entry;
                bestWords = words;
            }
        }
        return best is null ? null : new TriggerMatch(w, best.Type, best.Mode, TriggerKind.LightVerb, best.Source, false, bestWords!);
    }

    // A dependent of w (down to depth) whose lemma or lower-case form is the given word.
    private static int Near(SentenceTree tree, int w, string word, int depth)
    {
        foreach (int c in tree.Children(w))
        {
            // "an agreement was reached": the passive subject of a light verb is its noun.
            if ((tree.BaseRel(c) is "nsubj" && tree.Rel(c) != "nsubj:pass") || tree.BaseRel(c) is "punct" or "ccomp" or "advcl" or "parataxis" or "conj") continue;
            if (tree.Lemma(c) == word || tree.Lower(c) == word) return c;
            if (depth > 1 && Near(tree, c, word, depth - 1) is int d && d >= 0) return d;
        }
        return -1;
    }

    private TriggerMatch? VerbReading(SentenceTree tree, int w, string lemma)
    {
        var entries = _lexicon.Lookup(lemma);
        // A lemmatizer slip ("shelled" → "shel") should not hide a trigger: try the form's regular stems.
        for (int i = 0; entries.Count == 0 && i < 4; i++)
        {
            if (Stem(tree.Lower(w), i) is { } stem && stem != lemma) entries = _lexicon.Lookup(stem);
        }
        if (entries.Count == 0) return null;
        TriggerEntry? parley = null, bare = null, pattern = null;
        int patternScore = 0;
        HashSet<string>? around = null;
        foreach (var e in entries)
        {
            if (e.Kind != TriggerKind.Verb) continue;
            if (e.Source == TriggerSource.Parley) { parley ??= e; continue; }
            if (e.Pattern is null) { bare ??= e; continue; }
            around ??= Dependents(tree, w);
            int score = PatternScore(e.Pattern, around);
            if (score > patternScore) { pattern = e; patternScore = score; }
        }
        if (parley is not null) return new TriggerMatch(w, parley.Type, parley.Mode, TriggerKind.Verb, TriggerSource.Parley, false, []);
        if (pattern is not null) return new TriggerMatch(w, pattern.Type, pattern.Mode, TriggerKind.Verb, TriggerSource.Cameo, true, []);
        if (bare is not null)
            return new TriggerMatch(w, bare.Type, bare.Mode, TriggerKind.Verb, TriggerSource.Cameo, false, [])
            {
                Canonical = bare.Block is { } block && string.Equals(block, bare.Lemma, StringComparison.OrdinalIgnoreCase),
            };
        return null;
    }

    // Regular stems of an inflected verb form: drop -ed/-ing/-s, undo a doubled consonant, restore a final e.
    private static string? Stem(string form, int variant)
    {
        string? bare = form.EndsWith("ing", StringComparison.Ordinal) && form.Length > 5 ? form[..^3]
            : form.EndsWith("ed", StringComparison.Ordinal) && form.Length > 4 ? form[..^2]
            : form.EndsWith("es", StringComparison.Ordinal) && form.Length > 4 ? form[..^2]
            : form.EndsWith('s') && form.Length > 3 ? form[..^1]
            : null;
        if (bare is null) return null;
        return variant switch
        {
            0 => bare,
            1 => bare + "e",
            2 => bare.Length > 2 && bare[^1] == bare[^2] ? bare[..^1] : null,
            _ => form.EndsWith("ies", StringComparison.Ordinal) || form.EndsWith("ied", StringComparison.Ordinal) ? form[..^3] + "y" : null,
        };
    }

    private static HashSet<string> Dependents(SentenceTree tree, int w)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (int c in tree.Children(w))
        {
            if (tree.BaseRel(c) is "nsubj" or "punct") continue;
            foreach (int d in tree.Subtree(c, x => tree.BaseRel(x) is "ccomp" or "advcl" or "parataxis" or "acl"))
            {
                set.Add(tree.Lemma(d));
                set.Add(tree.Lower(d));
            }
        }
        return set;
    }

    // The number of plain words of a CAMEO pattern ("* attempt", "TO + ceasefire") found among the verb's
    // dependents; 0 when any plain word is missing. Synsets (&X), actor slots ($, +) and wildcards are ignored.
    private static int PatternScore(string pattern, HashSet<string> around)
    {
        int score = 0;
        foreach (string raw in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string token = raw.Trim('{', '}', '(', ')', '|').ToLowerInvariant();
            if (token.Length == 0 || token[0] is '*' or '&' or '$' or '+' or '%' or '^' or '=' || token.Any(ch => !char.IsLetter(ch) && ch != '_')) continue;
            if (token is "a" or "an" or "the" or "to" or "of" or "in" or "on" or "with" or "for" or "by") continue;
            if (!around.Contains(token.Replace('_', ' '))) return 0;
            score++;
        }
        return score;
    }

    private TriggerMatch? NounReading(SentenceTree tree, int w) => NounReading(tree, w, null);

    /// <summary>
    /// The noun trigger headed by w, the longest entry whose other words precede it as its dependents or, where the
    /// parser split the compound ("the NATO war games" with "war" as the object), as the words just before it. The
    /// words a multi-word entry covers are added to <paramref name="modifiers"/>.
    /// </summary>
    private TriggerMatch? NounReading(SentenceTree tree, int w, HashSet<int>? modifiers)
    {
        TriggerEntry? best = null;
        int bestLength = 0;
        foreach (string key in new[] { tree.Lower(w), tree.Lemma(w) }.Distinct())
        {
            foreach (var entry in _lexicon.LookupHead(key))
            {
                if (entry.Kind != TriggerKind.Noun) continue;
                string[] parts = entry.Lemma.Split(' ');
                if (parts[^1] != key) continue;
                bool all = parts.Take(parts.Length - 1).All(p => tree.Children(w).Any(c => c < w && (tree.Lemma(c) == p || tree.Lower(c) == p)))
                    || SurfaceCompound(tree, w, parts);
                if (all && parts.Length > bestLength)
                {
                    best = entry;
                    bestLength = parts.Length;
                }
            }
        }
        if (best is null) return null;
        if (modifiers is not null && bestLength > 1 && SurfaceCompound(tree, w, best.Lemma.Split(' ')))
        {
            for (int k = 1; k < bestLength; k++) modifiers.Add(w - k);
        }
        return new TriggerMatch(w, best.Type, best.Mode, TriggerKind.Noun, best.Source, false, []);
    }

    // Whether the words just before w are the entry's other words, in order, and nouns or adjectives.
    private static bool SurfaceCompound(SentenceTree tree, int w, string[] parts)
    {
        if (parts.Length < 2 || w - (parts.Length - 1) < tree.First) return false;
        for (int k = 1; k < parts.Length; k++)
        {
            int x = w - k;
            string p = parts[^(k + 1)];
            if (tree.Upos(x) is not ("NOUN" or "ADJ" or "PROPN") || !(tree.Lemma(x) == p || tree.Lower(x) == p)) return false;
        }
        return true;
    }

    // ---- one event

    private EventRecord? BuildEvent(SentenceTree tree, DocumentContext ctx, TriggerMatch trigger, IReadOnlyList<EventRecord> prior,
        IReadOnlyList<(TriggerMatch Trigger, EventRecord Record)>? sentence = null)
    {
        int t = trigger.Word;
        var fields = new Dictionary<string, Span>(StringComparer.Ordinal);
        var actors = new List<(ActorRef Ref, Span Span)>();
        var recipients = new List<(ActorRef Ref, Span Span)>();

        if (trigger.Kind == TriggerKind.Noun)
        {
            NominalArguments(tree, ctx, t, trigger.Type, actors, recipients);
            SplitCompoundPossessor(tree, ctx, trigger, actors);
            RoleGroupParticipants(tree, ctx, trigger, actors, recipients);
            if (recipients.Count == 0 && Hostile(trigger.Type)) StrandedTarget(tree, ctx, t, recipients);
        }
        else
            VerbalArguments(tree, ctx, t, trigger.Consumed, actors, recipients);
        DropOwnNoun(tree, trigger, recipients);
        StoodDownForces(tree, ctx, trigger, actors, recipients);
        // The other side of the trigger's content, used only when the trigger names none; it does not make a
        // CAMEO-only verb two-sided nor stop a plural group from taking the discourse's participants.
        var content = new List<(ActorRef Ref, Span Span)>();
        if (trigger.Kind != TriggerKind.Noun && recipients.Count == 0 && !PloverCodebook.IsSymmetric(trigger.Type))
            ContentRecipients(tree, ctx, t, content);
        if (trigger.Type == PloverType.Reject && recipients.Count == 0) RefusedRequester(tree, ctx, t, recipients);
        Demanders(tree, ctx, trigger, recipients);
        RefusingAddressee(tree, ctx, trigger, trigger.Type, actors, recipients);
        GatheringHost(tree, ctx, trigger, trigger.Type, recipients);
        PresencePlace(tree, ctx, trigger, recipients);
        DemonstrativeTarget(tree, ctx, trigger, prior, recipients);
        DomesticCountry(recipients, actors);
        DomesticCountry(actors, recipients);
        // "We welcome this", "I intend to discuss": in a quotation the first person is its speaker.
        if (FirstPerson(tree, t, trigger.Kind) && actors.Count == 0)
        {
            if (Claimant(tree, ctx, t) is ({ } own, { } ownSpan)) actors.Add((own, ownSpan));
            else if (QuoteSpeaker(tree, ctx, t) is { } speaker) actors.Add(speaker);
        }
        Dedupe(actors);
        Dedupe(recipients);
        recipients.RemoveAll(r => actors.Any(a => SameParty(a.Ref, r.Ref)));
        ReciprocalFight(tree, trigger, trigger.Type, actors, recipients);

        var reporter = ReporterOnlyDoer(tree, trigger, trigger.Type, actors, recipients, prior);
        if (reporter is not null) actors.Clear();
        bool cameoOnly = trigger.Source == TriggerSource.Cameo;
        // "The two leaders spoke", "they agreed", "the talks were scheduled": a plural group or an anaphoric
        // event noun stands for the participants the discourse has already established.
        EventRecord? antecedentEvent = null;
        // "a phone call with Ruto during which they agreed": the event the relative clause hangs from comes first.
        if (!cameoOnly && Interactive(trigger.Type) && actors.Count + recipients.Count < 2 && GroupReference(tree, t, trigger.Kind)
            && RelativeClauseHost(tree, t, sentence ?? []) is { } relativeHost)
        {
            actors.RemoveAll(a => GroupPronouns.Contains(a.Ref.Text.ToLowerInvariant()));
            foreach (var a in relativeHost.Participants)
                if (!actors.Any(x => SameActor(x.Ref, a.Ref)) && !recipients.Any(x => SameActor(x.Ref, a.Ref))) actors.Add(a);
        }
        if (!cameoOnly && Interactive(trigger.Type) && actors.Count + recipients.Count < 2
            && (GroupReference(tree, t, trigger.Kind) || reporter is not null || (actors.Count + recipients.Count == 0 && Anaphoric(tree, t, trigger.Kind)
                // "the agreement", "the cooperation" name a standing thing more often than they restate an event.
                && (!(trigger.Kind == TriggerKind.Noun && trigger.Type is PloverType.Agree or PloverType.Cooperate) || OutcomeAtGathering(tree, t))))
            && (reporter is not null ? UnrealisedAntecedent(prior, trigger.Type) : Antecedent(prior)) is { } found)
        {
            var (antecedent, source) = found;
            antecedentEvent = source;
            foreach (var a in antecedent)
            {
                if (!actors.Any(x => SameActor(x.Ref, a.Ref)) && !recipients.Any(x => SameActor(x.Ref, a.Ref))) actors.Add(a);
            }
        }
        var visitOfPart = VisitHostOfPart(tree, trigger, actors, recipients, prior);
        if (actors.Count == 0 && recipients.Count == 0) return null;
        if ((SatisfiesRatherThanMeets(tree, trigger) && MetDemand(tree, trigger) < 0) || GenericGatherings(tree, trigger) || AgreementStillBeingReached(tree, trigger) || NotRequired(tree, t) || TopicGerund(tree, t) || RejectedAlternative(tree, t)) return null;
        // "all agreements between X and Y", "any talks with Z": a quantified plural speaks of a kind, not of an event.
        if (trigger.Kind == TriggerKind.Noun && tree.Tags.Xpos[t] == "NNS"
            && tree.Children(t).Any(c => tree.BaseRel(c) == "det" && tree.Lower(c) is "all" or "every" or "most"))
            return null;
        // "traveling without documents": a visit verb with nowhere to go is no visit.
        if (trigger.Kind == TriggerKind.Verb && trigger.Mode == "visit" && recipients.Count == 0
            && !tree.Children(t).Any(c => tree.BaseRel(c) is "obl" or "obj" or "advmod" && tree.CaseOf(c) is "to" or "" or "in"))
            return null;
        // Without a doer, a one-sided event is background ("the threat of sanctions against Syria").
        if (actors.Count == 0 && !PloverCodebook.IsSymmetric(trigger.Type) && !PassiveVictim(tree, trigger, recipients)) return null;
        // A CAMEO verb needs both sides, unless it is the core verb of a hostile block and its one doer is known:
        // "Albania denounced …", "the rebels massacred …". (Cooperative CAMEO verbs are too often plain English.)
        bool coreHostile = (trigger.Canonical && actors.Count == 1 && actors[0].Ref.Country is not null && Hostile(trigger.Type))
            || OneSidedDoer(trigger, actors);
        if (cameoOnly && actors.Count + recipients.Count < 2 && !coreHostile) return null;
        // A directed CAMEO-only reading needs someone it is directed at: coordinated doers alone ("NATO and the
        // United States insist that …") are not the two sides of a demand.
        if (cameoOnly && recipients.Count == 0 && !coreHostile && !PloverCodebook.IsSymmetric(trigger.Type)) return null;
        if (recipients.Count == 0)
        {
            Dedupe(content);
            recipients.AddRange(content.Where(r => !actors.Any(a => SameParty(a.Ref, r.Ref))));
        }

        // "the feud between the army and striking miners turned into violence": the doer's partner in the
        // 'between' phrase is the other side of a hostile act.
        if (recipients.Count == 0 && Hostile(trigger.Type)) OtherSideOfBetween(tree, ctx, actors, recipients);
        ProtestersFirstInBetween(tree, trigger, actors, recipients);
        SceneTarget(tree, ctx, trigger, actors, recipients);

        var type = trigger.Type;
        string? mode = trigger.Mode;
        // "clashes with protesters turned into violence": violence done by protesters alone is a riot (PROTEST), not an assault.
        if (RiotByProtesters(tree, trigger, actors)) (type, mode) = (PloverType.Protest, "riot");
        if (MultinationalExercise(tree, trigger, type, actors)) (type, mode) = (PloverType.Cooperate, null);
        ExerciseHost(tree, ctx, trigger, type, actors, recipients);
        var (modality, refusal) = Modality(tree, t);
        // Backing a negotiation one would take part in is the intent to negotiate.
        if (modality == EventModality.Asserted && trigger.Kind == TriggerKind.Noun && BackerOfNegotiation(tree, t, type, recipients.Count > 0) >= 0)
            modality = EventModality.Intended;
        if (refusal && type is PloverType.Support or PloverType.Agree or PloverType.Cooperate or PloverType.Aid or PloverType.Concede or PloverType.Consult)
        {
            type = PloverType.Reject;
            mode = null;
            modality = EventModality.Asserted;
        }
        (type, mode, modality) = AnsweredDemand(tree, trigger, type, mode, modality, refusal);

        int clause = ClauseOf(tree, t);
        var (claimant, claimantSpan) = Claimant(tree, ctx, t);
        if (claimant is null && reporter is { } saidBy) (claimant, claimantSpan) = (saidBy.Ref, saidBy.Span);
        if (claimant is null && InsideQuotation(ctx.Text, tree.WordSpan(t).Start) && QuoteSpeaker(tree, ctx, t) is var (quoted, quotedSpan))
            (claimant, claimantSpan) = (quoted, quotedSpan);
        var (quote, quoteSpan) = Quote(tree, ctx, t);
        var date = Date(tree, ctx, t, clause, out var dateSpan);
        // "a deal was struck on Monday when the two leaders talked": a when-clause shares its main clause's date.
        // So does a while-clause ("was unavailable on Monday while on a visit to Australia").
        if (date is null && tree.BaseRel(clause) == "advcl" && tree.Head(clause) is int main && main >= 0
            && tree.Children(clause).Any(c => tree.BaseRel(c) is "mark" or "advmod" && tree.Lower(c) is "when" or "while"))
            date = Date(tree, ctx, main, main, out dateSpan);
        if (date is null && EventDates.WhilePhraseHost(tree, t) is int whileHost and >= 0) date = Date(tree, ctx, whileHost, whileHost, out dateSpan);
        if (date is null && EventDates.RightAfterNoun(tree, t, ctx.Times) is { } after) (date, dateSpan) = (after.Date, after.Span);
        if (date is null && SubjectDate(tree, ctx, t, clause) is { } onSubject) (date, dateSpan) = (onSubject.Date, onSubject.Span);
        if (date is null && TenureFrame(tree, ctx, t, clause) is { } under) (date, dateSpan) = (under.Date, under.Span);
        var place = Place(tree, ctx, t, clause, out var placeSpan);
        if (place is null && TherePlace(tree, ctx, trigger) is { } there) { place = ToEventPlace(there); placeSpan = there.Span; }
        if (place is null && visitOfPart?.Place is { } vp && visitOfPart.Evidence.Fields.TryGetValue("place", out var vps)) { place = vp; placeSpan = vps; }
        var (occasion, occasionSpan) = Occasion(tree, ctx, t, clause, trigger.Consumed);
        // A named gathering brings its own date and place, stated anywhere in the article ("the conference
        // that begins in Munich on Friday", "The Munich conference will run on February 3-5").
        if (occasionSpan is { } occ && ctx.Occasions.Find(occ) is { } gathering)
        {
            if (date is null && gathering.Date is { } gd) { date = gd.Date; dateSpan = gd.Span; }
            if (place is null && gathering.Place is { } gp) { place = ToEventPlace(gp); placeSpan = gp.Span; }
        }
        // An event that points back ("such a meeting", "the two leaders spoke") is set where its antecedent is.
        // A restatement that adds nothing ("such a meeting" after "hopes to hold talks", same modality and source)
        // is the same event said again: coded once (gold guidelines).
        if (antecedentEvent is not null && antecedentEvent.Type == type && antecedentEvent.Modality == modality
            && (claimant is null || antecedentEvent.Claimant?.Display == claimant.Display)
            && (date is null || date == antecedentEvent.Date) && (place is null || place.Text == antecedentEvent.Place?.Text))
            return null;
        // "talks before the summit" is not the summit, and "we always try to meet" is no particular meeting: neither takes its date or place.
        if (antecedentEvent is not null && !DocumentSetting.TimedAgainstMeeting(tree) && !DocumentSetting.Habitual(tree, t))
        {
            if (date is null && antecedentEvent.Date is { } ad && antecedentEvent.Evidence.Fields.TryGetValue("date", out var ads)) { date = ad; dateSpan = ads; }
            if (place is null && antecedentEvent.Place is { } ap && antecedentEvent.Evidence.Fields.TryGetValue("place", out var aps)) { place = ap; placeSpan = aps; }
            if (occasion is null && antecedentEvent.Occasion is { } ao && antecedentEvent.Evidence.Fields.TryGetValue("occasion", out var aos)) { occasion = ao; occasionSpan = aos; }
        }
        if (date is null && NarrativeFrame(tree, ctx, t, modality) is { } frame) (date, dateSpan) = (frame.Date, frame.Span);
        // The gathering the article is about sets what is expected at it, or what was reported from it (DocumentSetting).
        if (date is null && modality == EventModality.Asserted && ReportedDate.Of(tree, t, ctx.Times, _reporting.Contains) is { } reported)
            (date, dateSpan) = (reported.Date, reported.Span);
        if (date is null && ctx.Occasions.Setting?.Before(tree, modality) is { } before) date = before;
        if (date is null && DocumentSetting.During(tree, t, ctx.Times, ctx.Occasions.Reference) is { } during) (date, dateSpan) = (during.Date, during.Span);
        if (ctx.Occasions.Setting is { } setting
            && (setting.Holds(tree, t, modality, date, ctx.Times.Any(x => tree.Tokens.SentenceSpan(tree.Sentence).Contains(x.Span) && x.Type == TimexType.Date), out bool refine)
                || (date is null && place is null && DocumentSetting.IsDefiniteMeeting(tree, t))))
        {
            if ((date is null || refine) && setting.Date is { } sd) { date = sd.Date; dateSpan = sd.Span; }
            if (place is null && setting.Place is { } sp) { place = ToEventPlace(sp); placeSpan = sp.Span; }
        }
        if (date is null && (ReportAnchors.Of(tree, ctx.Trees, t, modality, ctx.Times, _reporting.Contains, ctx.Occasions.Reference) ?? EventDates.PresentStay(tree, t, modality, ctx.Occasions.Reference) ?? OfficeBounds.Of(tree, t, modality, actors.Concat(recipients).Select(a => a.Span), ctx.Actors, ctx.Occasions.Reference)) is { } told) (date, dateSpan) = (told.Date, told.Span);
        if (date is null && ArticleRangeDate(tree, ctx, t, clause, modality) is { } ranged) (date, dateSpan) = (ranged.Date, ranged.Span);
        var topics = Topics(tree, ctx, t, fields);
        // A visit's destination is its host: "a visit to Moscow" is received by Russia's government.
        if (type == PloverType.Consult && mode == "visit" && recipients.Count == 0 && place?.Country is { } host && placeSpan is { } hostSpan
            && !actors.Any(a => a.Ref.Country == host))
        {
            recipients.Add((new ActorRef(place.Text, Country: host, Sector: "GOV"), hostSpan));
        }
        if (type == PloverType.Consult && mode is null)
        {
            bool phone = HasCase(tree, t, "phone", "telephone") || trigger.Consumed.Any(c => HasCase(tree, c, "phone", "telephone"));
            if (phone) mode = "phone";
            else if (antecedentEvent?.Type == type && antecedentEvent.Mode is { } inherited) mode = inherited;
            else if (occasion is not null) mode = "third-party";
            // Sides from two countries meeting in a third: "Russian and U.S. ministers held talks in Berlin".
            else if (place?.Country is { } venue && Sides(actors, recipients) is { Count: >= 2 } sides && !sides.Contains(venue)) mode = "third-party";
        }
        // "deploy missile defense systems" moves weapons, "deploy troops" moves troops.
        if (type == PloverType.Mobilize && WeaponObject(tree, t)) mode = "weapons";

        for (int i = 0; i < actors.Count; i++) fields[$"actor:{i}"] = actors[i].Span;
        for (int i = 0; i < recipients.Count; i++) fields[$"recipient:{i}"] = recipients[i].Span;
        if (claimantSpan is { } cs) fields["claimant"] = cs;
        if (quoteSpan is { } qs) fields["quote"] = qs;
        if (dateSpan is { } ds) fields["date"] = ds;
        if (placeSpan is { } ps) fields["place"] = ps;
        if (occasionSpan is { } os) fields["occasion"] = os;

        var triggerSpan = tree.WordSpan(t);
        foreach (int c in trigger.Consumed)
        {
            var span = tree.WordSpan(c);
            triggerSpan = new Span(Math.Min(triggerSpan.Start, span.Start), Math.Max(triggerSpan.End, span.End));
        }
        double confidence = trigger.BaseConfidence - 0.04 * tree.Depth(t) + (recipients.Count > 0 ? 0.05 : 0) - Background(tree, t);
        var evt = new EventRecord
        {
            Id = "",
            DocumentId = "",
            Ordinal = 0,
            Type = type,
            Mode = mode is not null && PloverCodebook.IsMode(type, mode) ? mode : null,
            Topics = topics,
            Modality = modality,
            Actors = [.. actors.Select(a => a.Ref)],
            Recipients = [.. recipients.Select(r => r.Ref)],
            Date = date,
            Place = place,
            Occasion = occasion,
            Claimant = claimant,
            Quote = quote,
            Evidence = new EventEvidence(tree.Tokens.SentenceSpan(tree.Sentence), triggerSpan) { Fields = fields },
            Confidence = Math.Round(Math.Clamp(confidence, 0.05, 1.0), 3),
        };
        return evt with { Cameo = _coder.Code(evt) };
    }

    // The distinct state countries of an event's participants (IGO codes left out).
    private static HashSet<string> Sides(List<(ActorRef Ref, Span Span)> actors, List<(ActorRef Ref, Span Span)> recipients) =>
        [.. actors.Concat(recipients).Select(a => a.Ref.Country).OfType<string>().Where(c => c.Length == 3 && c is not ("UNO" or "IGO" or "NGO" or "MNC" or "EUR"))];

    private static bool Hostile(PloverType type) => type is PloverType.Accuse or PloverType.Reject or PloverType.Threaten or PloverType.Protest
        or PloverType.Sanction or PloverType.Mobilize or PloverType.Coerce or PloverType.Assault;

    private static bool Interactive(PloverType type) => type is PloverType.Consult or PloverType.Cooperate or PloverType.Agree;

    private static bool SameActor(ActorRef a, ActorRef b) => a.Display == b.Display && a.Country == b.Country;

    // Plural pronouns and plural group nouns that name no one ("both sides", "the two leaders", "the parties").
    private static readonly FrozenSet<string> GroupNouns = new[]
    {
        "side", "party", "leader", "country", "nation", "president", "minister", "government", "delegation",
        "counterpart", "diplomat", "capital", "power", "state",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> GroupPronouns = new[] { "they", "them", "their", "we", "us", "our", "both" }.ToFrozenSet();

    private static bool IsGroup(SentenceTree tree, int w)
    {
        if (GroupPronouns.Contains(tree.Lower(w))) return true;
        return tree.Upos(w) == "NOUN" && GroupNouns.Contains(tree.Lemma(w)) && tree.Tags.Xpos[w] == "NNS"
            && !tree.Children(w).Any(c => tree.Rel(c) is "nmod:poss" or "compound" or "amod" && tree.Upos(c) is "PROPN" or "ADJ" && !tree.Lower(c).Equals("two", StringComparison.Ordinal));
    }

    private static bool GroupReference(SentenceTree tree, int t, TriggerKind kind)
    {
        IEnumerable<int> args = kind == TriggerKind.Noun
            ? tree.Children(t).Where(c => tree.Rel(c) is "nmod:poss" || (tree.BaseRel(c) == "nmod" && tree.CaseOf(c) is "between" or "of" or "by"))
                .Concat(tree.Head(t) >= 0 && tree.BaseRel(t) is "obj" or "obl" ? Subjects(tree, tree.Head(t)) : [])
            : Subjects(tree, t);
        return args.Any(a => IsGroup(tree, a) || (tree.Upos(a) == "NUM" && tree.Lower(a) is "two" or "both"));
    }

    // An event noun that points back: "the talks", "such a meeting", "no talks", "any plans for a meeting".
    private static bool Anaphoric(SentenceTree tree, int t, TriggerKind kind)
    {
        if (kind != TriggerKind.Noun) return tree.Children(t).Any(c => tree.Rel(c) == "nsubj:pass") || Subjects(tree, t).Count == 0;
        if (OccasionIndex.IsGathering(tree.Lemma(t))) return false; // "the summit" is a gathering of its own, not the meeting held at it
        return tree.Children(t).Any(c => tree.BaseRel(c) == "det" && tree.Lower(c) is "the" or "such" or "this" or "these" or "that" or "no" or "any")
            || (tree.Head(t) >= 0 && tree.Children(tree.Head(t)).Any(c => tree.BaseRel(c) == "det" && tree.Lower(c) is "any" or "no"));
    }

    /// <summary>
    /// The participants of the latest earlier event with two or more, looking back a few events: what a
    /// plural group or an anaphoric event noun refers to. Their evidence stays the earlier mention.
    /// </summary>
    private static (List<(ActorRef Ref, Span Span)> Participants, EventRecord Event)? Antecedent(IReadOnlyList<EventRecord> prior)
    {
        for (int i = prior.Count - 1; i >= 0 && i >= prior.Count - 8; i--)
        {
            var e = prior[i];
            if (!Interactive(e.Type) || e.Actors.Count + e.Recipients.Count < 2) continue;
            var list = Participants(e);
            return list.Count >= 2 ? (list, e) : null;
        }
        return null;
    }

    // The doer is not its own target: the same name, or the same unnamed state or body ("Norway … its embassy":
    // the pronoun resolved to Norway's government is Norway's government).
    private static bool SameParty(ActorRef a, ActorRef b) =>
        a.Display == b.Display
        || (a.Name is null && b.Name is null && a.Country is not null && a.Country == b.Country && a.Sector == b.Sector);

    private static void Dedupe(List<(ActorRef Ref, Span Span)> list)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        list.RemoveAll(a => !seen.Add(a.Ref.Display + "|" + a.Ref.Country));
    }

    // ---- arguments

    private void VerbalArguments(SentenceTree tree, DocumentContext ctx, int v, IReadOnlyList<int> consumed,
        List<(ActorRef, Span)> actors, List<(ActorRef, Span)> recipients)
    {
        foreach (int s in Subjects(tree, v))
        {
            int before = actors.Count;
            AddActor(tree, ctx, s, actors);
            if (actors.Count == before) DocumentAuthor(tree, ctx, s, actors);
        }
        bool topicObject = TopicObjectVerbs.Contains(tree.Lemma(v));
        foreach (int c in tree.Children(v))
        {
            string rel = tree.Rel(c);
            if (rel == "obl:agent" || (tree.BaseRel(c) == "obl" && tree.CaseOf(c) == "by" && HasPassive(tree, v)))
                AddActor(tree, ctx, c, actors);
            else if (rel == "nsubj:pass" && StativeAttitude(tree, v))
                AddActor(tree, ctx, c, actors);
            else if (topicObject && rel is "obj" or "nsubj:pass")
            {
                // "discuss a resolution with Clinton": the object is the topic; a "with" inside it is the partner.
                foreach (int d in tree.Children(c))
                    if (tree.BaseRel(d) == "nmod" && tree.CaseOf(d) == "with") AddActor(tree, ctx, d, recipients);
            }
            else if (rel is "obj" or "iobj" or "nsubj:pass")
                AddActor(tree, ctx, c, recipients);
            else if (tree.BaseRel(c) is "obl" && RecipientCases.Contains(tree.CaseOf(c)))
                AddActor(tree, ctx, c, recipients);
        }
        RepeatedPrepositionPartners(tree, ctx, v, recipients);
        ParticleObjects(tree, ctx, v, recipients);
        ListedPartners(tree, ctx, v, recipients);
        // "hold talks with X", "have a phone conversation with X": the noun's own with/between dependents.
        foreach (int n in consumed)
        {
            foreach (int c in tree.Children(n))
            {
                if (tree.BaseRel(c) != "nmod") continue;
                string kase = tree.CaseOf(c);
                if (kase == "between") AddActor(tree, ctx, c, actors);
                else if (RecipientCases.Contains(kase)) AddActor(tree, ctx, c, recipients);
            }
        }
    }

    /// <summary>
    /// Who a threat, refusal, promise or demand is aimed at when the verb names no one: the other side of its
    /// content ("threatened to shell Iraqi towns", "refused to lift the curfew on Palestinians", "demanded that
    /// the United States act", "warned that police will not tolerate …").
    /// </summary>
    private static void ContentRecipients(SentenceTree tree, DocumentContext ctx, int v, List<(ActorRef, Span)> recipients)
    {
        foreach (int c in tree.Children(v))
        {
            if (tree.BaseRel(c) == "xcomp" && tree.Upos(c) == "VERB" && tree.Children(c).Any(m => tree.BaseRel(m) == "mark" && tree.Lower(m) == "to"))
            {
                foreach (int d in tree.Children(c))
                {
                    string rel = tree.BaseRel(d);
                    if (rel is "obj" or "iobj")
                    {
                        AddActor(tree, ctx, d, recipients, ownPhrase: true);
                        foreach (int e in tree.Children(d))
                            if (tree.BaseRel(e) == "nmod" && tree.CaseOf(e) is "on" or "against" or "with" or "to") AddActor(tree, ctx, e, recipients);
                    }
                    else if (rel == "obl" && tree.CaseOf(d) is "with" or "to" or "against" or "on")
                        AddActor(tree, ctx, d, recipients);
                }
            }
            // A 'that' clause with its own subject is a finite complement even where the parser labelled it xcomp.
            else if (tree.BaseRel(c) is "ccomp" or "xcomp" && tree.Children(c).Any(m => (tree.BaseRel(m) == "mark" && tree.Lower(m) == "that")
                || (tree.BaseRel(m) == "aux" && tree.Lower(m) == "must")))
            {
                foreach (int d in tree.Children(c).Where(d => tree.Rel(d) == "nsubj")) AddActor(tree, ctx, d, recipients);
            }
        }
    }

    // Verbs whose object is what is talked about, not who is talked to.
    private static readonly FrozenSet<string> TopicObjectVerbs = new[]
    {
        "discuss", "negotiate", "debate", "consider", "address", "review", "examine", "raise", "explore", "coordinate",
    }.ToFrozenSet();

    private static bool HasPassive(SentenceTree tree, int v) => tree.Children(v).Any(c => tree.Rel(c) is "aux:pass" or "nsubj:pass");

    private void NominalArguments(SentenceTree tree, DocumentContext ctx, int n, PloverType type,
        List<(ActorRef, Span)> actors, List<(ActorRef, Span)> recipients)
    {
        // "Tehran has long been one of Maduro's most loyal supporters": an agent noun's possessor is the one supported,
        // and the clause it is predicated of names the supporter.
        if (AgentNouns.Contains(tree.Lemma(n)))
        {
            foreach (int c in tree.Children(n))
                if (tree.Rel(c) == "nmod:poss" || (tree.BaseRel(c) == "nmod" && tree.CaseOf(c) == "of")) AddActor(tree, ctx, c, recipients);
            int predicate = tree.BaseRel(n) == "nmod" && tree.Head(n) is int one && one >= 0 && tree.Lower(one) is "one" or "some" or "among" ? one : n;
            if (tree.Children(predicate).Any(c => tree.BaseRel(c) == "cop"))
                foreach (int sub in tree.Children(predicate).Where(c => tree.BaseRel(c) == "nsubj")) AddActor(tree, ctx, sub, actors);
            foreach (int c in tree.Children(n))
                if (tree.Rel(c) is "amod" or "compound" && CountryWord(tree, c) is not null) AddActor(tree, ctx, c, actors);
            return;
        }
        // "Canada's backing of the country": with a possessor or modifier as the doer, "of" names the recipient.
        bool hasDoer = tree.Children(n).Any(c => tree.Rel(c) is "nmod:poss" or "compound" or "amod" && ResolveActor(tree, ctx, c) is not null);
        foreach (int c in tree.Children(n))
        {
            string rel = tree.Rel(c);
            string kase = tree.BaseRel(c) == "nmod" ? tree.CaseOf(c) : "";
            // "condemnation of Russia", "the arrest of activists": after an act done to someone, "of" names who it is done to.
            if (kase == "of" && (hasDoer || ObjectiveOf(type)))
                AddActor(tree, ctx, c, recipients, ownPhrase: true);
            else if (rel is "compound" && OccasionIndex.IsGathering(tree.Lemma(n)) && ctx.Places.Any(p => p.Span.Overlaps(tree.WordSpan(c))))
                continue; // "the Vienna summit": the city is where, not who
            else if (rel == "nmod:poss" && tree.Lower(c) == "their" && BoundByClauseSubjects(tree, ctx, n) is { Count: > 0 } bound)
                actors.AddRange(bound);
            else if (rel is "nmod:poss" or "compound" or "amod" && StateOfSwallowingMention(tree, ctx, c, n) is { } state)
                actors.Add(state);
            else if (rel is "nmod:poss" or "compound" or "amod" || (tree.BaseRel(c) == "nmod" && NominalActorCases.Contains(kase)))
            {
                AddActor(tree, ctx, c, actors, ownPhrase: true);
                // "Russian-U.S. talks", "the Lavrov-Kerry meeting": the other side hangs from the first by a hyphen.
                foreach (int d in tree.Children(c))
                {
                    if (tree.Rel(d) is "amod" or "compound" && d < c && tree.Children(d).Concat(tree.Children(c)).Any(p => tree.Lower(p) is "-" or "\u2013"))
                        AddActor(tree, ctx, d, actors);
                }
            }
            else if (tree.BaseRel(c) == "nmod" && RecipientCases.Contains(kase))
                AddActor(tree, ctx, c, recipients);
        }
        if (recipients.Count == 0) DestinationOfVisitor(tree, ctx, n, recipients);
        if (actors.Count == 0) WhilePhraseDoer(tree, ctx, n, actors);
        if (actors.Count == 0) ParticipantDoer(tree, ctx, n, actors);
        if (actors.Count == 0) ProtestSceneDoer(tree, ctx, n, type, actors);
        if (actors.Count == 0) CombatSceneDoer(tree, ctx, n, type, actors);
        if (actors.Count == 0) FrontedAdjunctDoer(tree, ctx, n, type, recipients, actors);
        if (actors.Count == 0) ReducedPlanDoer(tree, ctx, n, actors);
        if (actors.Count > 0) return;
        if (BackerOfNegotiation(tree, n, type, recipients.Count > 0) is int backer and >= 0)
        {
            foreach (int s in Subjects(tree, backer)) AddActor(tree, ctx, s, actors);
            return;
        }
        // The noun is what a predicate's subject does, wants or plans: "X sought talks", "X hopes for a meeting".
        int gov = Governor(tree, n);
        string rel2 = tree.BaseRel(n);
        // Not when the predicate is an event of its own: "condemned the attack" does not make the condemners attackers.
        bool support = gov >= 0 && SupportVerbs.Contains(tree.Lemma(gov));
        bool governorIsEvent = gov >= 0 && !support && !GovernorCues.ContainsKey(tree.Lemma(gov)) && VerbReading(tree, gov, tree.Lemma(gov)) is not null;
        if (gov >= 0 && !governorIsEvent && !ObservesObject(tree, gov, n) && tree.Upos(gov) is "VERB" or "ADJ" && rel2 is "obj" or "obl" or "xcomp")
        {
            foreach (int s in Subjects(tree, gov)) AddActor(tree, ctx, s, actors);
            // "issued an ultimatum to Ecuador", "staged rallies against the leader": the verb's obliques name the other side.
            if (support && recipients.Count == 0)
            {
                foreach (int c in tree.Children(gov))
                    if (c != n && tree.BaseRel(c) == "obl" && RecipientCases.Contains(tree.CaseOf(c)) && tree.CaseOf(c) is not ("at" or "for" or "on" or "into"))
                        AddActor(tree, ctx, c, recipients);
            }
        }
    }

    private static int Governor(SentenceTree tree, int w) => tree.Head(w);

    // Types whose event nouns take their patient, not their doer, in "of" ("criticism of", "expulsion of", "killing of").
    private static bool ObjectiveOf(PloverType type) =>
        type is PloverType.Accuse or PloverType.Reject or PloverType.Sanction or PloverType.Coerce or PloverType.Assault;

    // Support verbs that add nothing to the event noun they carry: "led condemnation", "staged a protest", "issued a
    // threat" are the noun's event, not one of the verb's own. (Not "lift", "end", "renew": those change the event.)
    private static readonly FrozenSet<string> Carriers = new[]
    {
        "issue", "make", "launch", "stage", "carry", "conduct", "express", "voice", "deliver", "mount", "lodge", "file",
        "level", "lead", "undertake", "organize", "organise",
    }.ToFrozenSet();

    private bool CarriesNounTrigger(SentenceTree tree, int w) =>
        Carriers.Contains(tree.Lemma(w)) && tree.Children(w).Any(c => tree.BaseRel(c) == "obj" && tree.Upos(c) == "NOUN" && NounReading(tree, c) is not null);

    // "calling them disproportionate", "what it called a provocation": naming, not a phone call.
    private static bool Naming(SentenceTree tree, int w) =>
        tree.Children(w).Any(c => tree.BaseRel(c) == "xcomp" && !tree.Children(c).Any(m => tree.BaseRel(m) == "mark" && tree.Lower(m) == "to"))
        || (tree.Rel(w) == "acl:relcl" && tree.Head(w) >= 0 && tree.Lower(tree.Head(w)) is "what")
        || tree.Children(w).Any(c => tree.BaseRel(c) == "obj" && tree.Lower(c) is "what");

    // Verbs that only carry an event noun: their subject does what the noun names ("issued an ultimatum",
    // "staged a protest", "imposed sanctions", "launched an attack").
    private static readonly FrozenSet<string> SupportVerbs = new[]
    {
        "issue", "make", "launch", "stage", "hold", "carry", "conduct", "express", "voice", "give", "deliver", "impose",
        "announce", "pay", "take", "mount", "begin", "start", "continue", "resume", "renew", "lodge", "file", "level",
        "step", "organize", "organise", "call", "extend", "lift", "send", "undertake", "lead",
    }.ToFrozenSet();

    // Verbs whose subject, not object, does what the infinitive says ("promised Iran to help").
    private static readonly FrozenSet<string> SubjectControl = new[] { "promise", "vow", "pledge", "threaten", "offer" }.ToFrozenSet();

    /// <summary>
    /// A gerund that says what a noun consists of ("a platform of refusing to talk", "its policy of arming rebels"): done
    /// by the noun's owner or the doer of the clause holding the noun, not by the noun itself.
    /// </summary>
    private static bool GerundOfNoun(SentenceTree tree, int x) =>
        tree.Upos(x) == "VERB" && tree.Lower(x).EndsWith("ing", StringComparison.Ordinal) && tree.Children(x).Any(c => tree.BaseRel(c) == "mark" && tree.Lower(c) == "of");

    /// <summary>The subjects of a predicate, inherited through xcomp (control), conj and relative clauses.</summary>
    private static List<int> Subjects(SentenceTree tree, int v)
    {
        for (int x = v, guard = 0; x >= 0 && guard < 6; guard++)
        {
            var subjects = tree.Children(x).Where(c => SubjectRels.Contains(tree.Rel(c)) || tree.Rel(c) == "nsubj:outer").ToList();
            if (x != v && subjects.Count == 0)
                subjects = tree.Children(x).Where(c => tree.Rel(c) == "nsubj:pass" && x != v).ToList();
            subjects = [.. subjects.SelectMany(sub => PrepositionalSubject(tree, sub))];
            if (subjects.Count == 0) subjects = FrontedObliqueSubjects(tree, x);
            if (subjects.Count == 0 && FrontedAttributionSubject(tree, x) is int fronted and >= 0) subjects = [fronted];
            if (subjects.Count == 0 && ConjoinedAwaySubject(tree, x) is int conjoined and >= 0) subjects = [conjoined];
            // "Russia along with China": companions of the subject are actors too.
            subjects.AddRange(subjects.SelectMany(sub => tree.Children(sub).Where(c => tree.BaseRel(c) is "nmod" or "obl" && tree.CaseOf(c) is "along with" or "together with" or "with")).ToList());
            if (subjects.Count > 0)
            {
                // "which NATO has declined": a relative pronoun stands for the noun the clause modifies.
                return [.. subjects.Select(s => Relatives.Contains(tree.Lower(s)) && tree.BaseRel(x) == "acl" && tree.Head(x) >= 0 ? tree.Head(x) : s)];
            }
            string rel = tree.BaseRel(x);
            if (rel == "ccomp" && StrandedSubjects(tree, x) is { Count: > 0 } stranded) return stranded;
            if (rel == "xcomp" && tree.Head(x) is int ctl && ctl >= 0 && !SubjectControl.Contains(tree.Lemma(ctl))
                && tree.Children(ctl).Where(c => c > ctl && (tree.BaseRel(c) is "obj" or "iobj" || (tree.BaseRel(c) == "obl" && tree.CaseOf(c) == "on" && tree.Lemma(ctl) is "call" or "prevail"))).ToList() is { Count: > 0 } controllers)
            {
                // "expected Macron and Trudeau to hold talks", "urged Iran to stop", "called on Iran to stop": the
                // object does it. An object before its verb is a relative or fronted word ("the week that Ruto had
                // tried to call …"), no controller.
                return controllers;
            }
            if (rel is "advcl" or "acl" && PredicateGerundSubjects(tree, x) is { Count: > 0 } predicated) return predicated;
            if (rel is "advcl" or "acl" && InfinitiveOfPrecedingNoun(tree, x) is { Count: > 0 } owners) return owners;
            if (rel is "xcomp" or "conj" or "advcl") x = tree.Head(x);
            else if (rel == "acl" && tree.Head(x) >= 0 && tree.Rel(x) != "acl:relcl"
                && !tree.Children(x).Any(c => tree.BaseRel(c) == "mark" && tree.Lower(c) == "to")
                && !GerundOfNoun(tree, x))
            {
                // "a resolution containing the threat": a participle's subject is the noun it modifies.
                int noun = tree.Head(x);
                return tree.Upos(noun) is "PROPN" or "NOUN" or "PRON" ? [noun] : [];
            }
            else if (rel == "acl" && tree.Head(x) >= 0 && tree.Rel(x) != "acl:relcl")
            {
                if (NounOwners(tree, tree.Head(x)) is { Count: > 0 } owner) return owner;
                x = tree.Head(x);
                if (tree.BaseRel(x) is "obj" or "obl" or "nsubj" && tree.Head(x) >= 0) x = tree.Head(x);
                else return [];
            }
            else return [];
        }
        return [];
    }

    private static void AddActor(SentenceTree tree, DocumentContext ctx, int word, List<(ActorRef, Span)> into, bool ownPhrase = false)
    {
        foreach (int named in Included(tree, word)) AddActor(tree, ctx, named, into, ownPhrase);
        foreach (int w in WithConjuncts(tree, word))
        {
            if (Pair(tree, ctx, w) is { } pair) into.AddRange(pair);
            // "the two sides", "both leaders": the entity stage lists the actors a plural description stands for.
            else if (MentionAt(ctx, tree.WordSpan(w)) is { Members: { Count: > 0 } members })
                into.AddRange(members.Select(m => (Ref(m), m.Span)));
            // A plural description the entity stage could not expand ("the two leaders") is left to the discourse
            // (see GroupReference), not coded as an actor named "the two leaders".
            else if (IsGroup(tree, w) && MentionAt(ctx, tree.WordSpan(w)) is { Name: null, Country: null })
                continue;
            else if (ResolveActor(tree, ctx, w, ownPhrase) is { } found)
            {
                // "they", "our partners" with no name or country found: left to the discourse (GroupReference).
                if (found.Item1.Name is null && found.Item1.Country is null && (tree.Upos(w) == "PRON" || IsGroup(tree, w))) continue;
                // "protesters in Georgia", "rebels in Mali": where a group is says whose people it is.
                if (found.Item1 is { Country: null } group && HomeCountry(tree, ctx, w) is { } home)
                    found = (group with { Country = home }, found.Item2);
                into.Add(found);
                foreach (int owner in CoordinatedOwners(tree, w, found.Item2)) AddActor(tree, ctx, owner, into, ownPhrase);
            }
            // "a crackdown on protesters", "blamed armed gangs": a group with no country stays an actor by its
            // sector; BuildEvent gives it the country of the event's other side when that is a state's own people.
            else if (tree.Upos(w) == "NOUN" && GroupSectors.TryGetValue(tree.Lemma(w), out var sector) && sector is "CVL" or "REB" or "OPP" or "MIL"
                && tree.Tags.Xpos[w] == "NNS" && !IsGroup(tree, w))
            {
                var words = new List<int> { w };
                words.AddRange(tree.Children(w).Where(c => tree.Rel(c) is "amod" or "compound"));
                var span = tree.SpanOf(words.Order().ToList());
                into.Add((new ActorRef(span.TextOf(ctx.Text), Sector: sector), span));
            }
        }
    }

    private static string? HomeCountry(SentenceTree tree, DocumentContext ctx, int w) =>
        tree.Upos(w) != "NOUN" && !PeopleInPlural(tree, w) ? null
        : tree.Children(w).Where(c => tree.BaseRel(c) == "nmod" && tree.CaseOf(c) == "in")
            .Select(c => ctx.Places.FirstOrDefault(p => p.Span.Overlaps(tree.WordSpan(c)))?.Country).FirstOrDefault(c => c is not null)
            ?? CountryOfFollowingPlace(tree, ctx, w);

    // Nouns for someone who does the event ("supporter", "ally", "critic").
    private static readonly FrozenSet<string> AgentNouns = new[] { "supporter", "ally", "backer", "critic", "opponent", "sponsor", "patron", "defender" }.ToFrozenSet();

    // Domestic groups (protesters, rebels, the opposition) acted on by a state are that state's own.
    private static void DomesticCountry(List<(ActorRef Ref, Span Span)> groups, List<(ActorRef Ref, Span Span)> others)
    {
        string? state = others.Select(o => o.Ref.Country).FirstOrDefault(c => c is { Length: 3 } && c != "UNO" && c != "IGO");
        if (state is null) return;
        for (int i = 0; i < groups.Count; i++)
        {
            var g = groups[i].Ref;
            if (g.Country is null && g.Name is null && g.Sector is "CVL" or "REB" or "OPP")
                groups[i] = (g with { Country = state }, groups[i].Span);
        }
    }

    // "the Lavrov–Kerry talks", "Russian-U.S. relations": one hyphenated word naming two sides.
    private static List<(ActorRef, Span)>? Pair(SentenceTree tree, DocumentContext ctx, int w)
    {
        string form = tree.Tokens.WordForm(w);
        if (form.IndexOfAny(['-', '\u2013', '\u2014']) <= 0) return null;
        var span = tree.WordSpan(w);
        var inside = ctx.Actors.Where(m => m.Span.Overlaps(span)).ToList();
        if (inside.Count >= 2) return [.. inside.Select(m => (Ref(m), m.Span))];
        var sides = new List<(ActorRef, Span)>();
        int offset = 0;
        foreach (string part in form.Split('-', '\u2013', '\u2014'))
        {
            var partSpan = new Span(span.Start + offset, span.Start + offset + part.Length);
            offset += part.Length + 1;
            if (CountryOf(part) is not { } iso) return null;
            sides.Add((new ActorRef(part, Country: iso, Sector: "GOV"), partSpan));
        }
        return sides.Count >= 2 ? sides : null;
    }

    private static IEnumerable<int> WithConjuncts(SentenceTree tree, int w)
    {
        yield return w;
        // A conjunct may hang from any word of a multi-word name ("President Dmitry Medvedev and … Obama").
        foreach (int part in NameWords(tree, w))
        {
            foreach (int c in tree.Children(part))
            {
                if (tree.Rel(c) == "conj")
                    foreach (int d in WithConjuncts(tree, c)) yield return d;
            }
        }
    }

    private static IEnumerable<int> NameWords(SentenceTree tree, int w)
    {
        yield return w;
        foreach (int c in tree.Children(w))
        {
            if (tree.Rel(c) is "flat" or "flat:name" or "compound" or "nmod:desc" || (tree.BaseRel(c) == "flat"))
                foreach (int d in NameWords(tree, c)) yield return d;
        }
    }

    private static (ActorRef, Span)? ResolveActor(SentenceTree tree, DocumentContext ctx, int w, bool ownPhrase = false)
    {
        var span = tree.WordSpan(w);
        // The entity stage's coreference links pronouns to their antecedents; the nearest person is the fallback.
        if (tree.Upos(w) == "PRON")
            return MentionAt(ctx, span) is { } linked && linked.Span.Overlaps(span) ? (Ref(linked), span) : Pronoun(tree, ctx, w) ?? ReportingSelf(tree, ctx, w);
        if (MentionAt(ctx, span) is { } direct) return NamedBodyOf(ctx, direct) is { } body ? (Ref(body), body.Span) : (Ref(direct), direct.Span);
        // A country named as a place in an argument position ("visit Russia") is its state.
        foreach (var place in ctx.Places)
        {
            if (place.Span.Overlaps(span) && place.FeatureClass == 'A' && place.Country is { } iso)
                return (new ActorRef(place.Text, Country: iso, Sector: "GOV"), place.Span);
        }
        // The head is a title or description: its appositive name first ("the envoy, Lakhdar Brahimi"), then
        // any mention inside its phrase ("Syrian authorities", "the head of the Coalition").
        foreach (int c in tree.Children(w))
        {
            if (tree.Rel(c) == "appos" && MentionAt(ctx, tree.WordSpan(c)) is { } named) return (Ref(named), named.Span);
        }
        // An event noun's own argument does not reach into a dependent that marks a role of its own: "the threat of
        // sanctions against Syria" is not Syria's. (A verb's object may: its obliques are often attached to the object,
        // "blame the violence on armed gangs".)
        var phrase = tree.Subtree(w, c => tree.BaseRel(c) is "acl" or "conj" or "ccomp" or "advcl" or "parataxis" or "punct" or "cc"
            || (ownPhrase && tree.BaseRel(c) == "nmod" && RoleCases.Contains(tree.CaseOf(c))));
        foreach (int p in phrase)
        {
            if (p != w && MentionAt(ctx, tree.WordSpan(p)) is { } inner) return (Ref(inner), inner.Span);
        }
        return DescribedGroup(tree, ctx, w) ?? UnknownName(tree, ctx, w) ?? NamedDescription(tree, ctx, w) ?? PartitiveGroup(tree, ctx, w)
            ?? AdvocacyGroup(tree, ctx, w) ?? DefiniteCountry(tree, ctx, w) ?? IdentityGroup(tree, ctx, w) ?? CrowdDoer(tree, ctx, w);
    }

    // A proper name the entity stage kept no mention for ("Clinton", "Archbishop Desmond Tutu") is still an actor
    // (SPEC §6: unknown people are never dropped), unless it is a place or a time.
    private static (ActorRef, Span)? UnknownName(SentenceTree tree, DocumentContext ctx, int w)
    {
        if (tree.Upos(w) != "PROPN") return null;
        var words = NameWords(tree, w).Where(x => tree.Upos(x) == "PROPN").Order().ToList();
        if (words.Count == 0 || words.Any(x => !char.IsUpper(tree.Tokens.WordForm(x)[0]))) return null;
        var span = tree.SpanOf(words);
        if (ctx.Times.Any(x => x.Span.Overlaps(span)) || tree.CaseOf(w) is "in" or "at" or "near" or "from" or "to") return null;
        // A town that shares a person's name ("Clinton", "Desmond") is read as a place only when it is the whole name.
        if (ctx.Places.Any(p => p.Span.Overlaps(span) && (p.FeatureClass == 'A' || (p.Span.Start <= span.Start && p.Span.End >= span.End)))) return null;
        return (new ActorRef(span.TextOf(ctx.Text)), span);
    }

    // "Palestinian youths", "Turkish police", "Swiss doctors", "Nigerians": a described group with a country is an
    // actor (SPEC §6, gold guidelines) even where the entity stage kept no mention for it.
    private static (ActorRef, Span)? DescribedGroup(SentenceTree tree, DocumentContext ctx, int w)
    {
        // "Russian-U.S. talks", "Russian proposals": a country adjective modifying an event names its state.
        if (tree.Upos(w) == "ADJ" && tree.BaseRel(w) is "amod" or "compound" && CountryWord(tree, w) is { } state)
            return (new ActorRef(tree.Tokens.WordForm(w), Country: state, Sector: "GOV"), tree.WordSpan(w));
        if (tree.Upos(w) is not ("NOUN" or "PROPN")) return null;
        string? country = CountryWord(tree, w);
        var words = new List<int> { w };
        foreach (int c in tree.Children(w))
        {
            if (tree.Rel(c) is not ("amod" or "compound" or "nmod:poss")) continue;
            words.Add(c);
            country ??= CountryWord(tree, c);
        }
        if (country is null) return null;
        var span = tree.SpanOf(words.Order().ToList());
        return (new ActorRef(span.TextOf(ctx.Text), Country: country, Sector: GroupSectors.GetValueOrDefault(tree.Lemma(w))), span);
    }

    private static string? CountryWord(SentenceTree tree, int w) => CountryOf(tree.Tokens.WordForm(w));

    private static string? CountryOf(string form)
    {
        if (form.Length < 2 || !char.IsUpper(form[0])) return null;
        var resources = Entities.EntityResources.Default;
        foreach (string key in new[] { Entities.NameFold.Plain(form), Entities.NameFold.Plain(form.TrimEnd('s')) })
        {
            foreach (var c in resources.Lookup(key))
            {
                if (c.Kind is not (Entities.CandidateKind.Demonym or Entities.CandidateKind.Country)) continue;
                if (c.AllCapsOnly && form.Any(char.IsLower)) continue;
                return resources.Gazetteer.Countries[c.Index].Iso3;
            }
        }
        return null;
    }

    private static readonly Dictionary<string, string> GroupSectors = new(StringComparer.Ordinal)
    {
        ["troops"] = "MIL", ["troop"] = "MIL", ["force"] = "MIL", ["forces"] = "MIL", ["soldier"] = "MIL", ["army"] = "MIL",
        ["military"] = "MIL", ["aircraft"] = "MIL", ["jet"] = "MIL", ["warplane"] = "MIL", ["navy"] = "MIL",
        ["police"] = "GOV", ["policeman"] = "GOV", ["rebel"] = "REB", ["guerrilla"] = "REB", ["insurgent"] = "REB",
        ["militant"] = "REB", ["gang"] = "REB", ["protester"] = "CVL", ["protestor"] = "CVL", ["demonstrator"] = "CVL", ["civilian"] = "CVL",
        ["official"] = "GOV", ["authority"] = "GOV", ["government"] = "GOV", ["minister"] = "GOV", ["diplomat"] = "GOV",
        ["ministry"] = "GOV", ["leader"] = "GOV", ["leadership"] = "GOV", ["lawmaker"] = "LEG",
        ["parliament"] = "LEG", ["opposition"] = "OPP",
        ["people"] = "CVL", ["activist"] = "CVL", ["resident"] = "CVL", ["villager"] = "CVL", ["student"] = "CVL",
    };

    private static (ActorRef, Span)? Pronoun(SentenceTree tree, DocumentContext ctx, int w)
    {
        string form = tree.Lower(w);
        bool person = form is "he" or "she" or "him" or "her" or "his" or "hers";
        if (!person) return null;
        var at = tree.WordSpan(w);
        for (int i = ctx.Actors.Count - 1; i >= 0; i--)
        {
            var m = ctx.Actors[i];
            if (m.Span.End <= at.Start && m.Kind == ActorKind.Person)
                return (Ref(m) with { Text = m.Name ?? m.Text }, at);
        }
        return null;
    }

    private static ActorMention? MentionAt(DocumentContext ctx, Span span)
    {
        foreach (var m in ctx.Actors)
        {
            if (m.Span.Start >= span.End) break;
            if (m.Span.Overlaps(span)) return m;
        }
        return null;
    }

    private static ActorRef Ref(ActorMention m) => new(m.Text, m.Name, m.Role, m.Country, m.Sector, m.WikidataId);

    // ---- modality (SPEC §5)

    /// <summary>
    /// Walks from the trigger up through the predicates that govern it, collecting cues; the strongest wins
    /// (negated > attempted > hypothetical > intended > possible > planned). <c>Refusal</c> is a negated
    /// future or ability on the trigger itself ("will not support"), which SPEC §4 codes as REJECT.
    /// </summary>
    private (EventModality Modality, bool Refusal) Modality(SentenceTree tree, int t)
    {
        var seen = new HashSet<EventModality>();
        bool refusal = false, would = false, reported = false;
        int x = t;
        for (int step = 0; x >= 0 && step < 8; step++)
        {
            if (x != t)
            {
                string lemma = tree.Lemma(x);
                if (_reporting.Contains(lemma))
                {
                    reported = true;
                    // "would not confirm any plans for talks": an unconfirmed report leaves the event open.
                    if (tree.Children(x).Any(c => tree.BaseRel(c) is "advmod" && Negators.Contains(tree.Lower(c)))) seen.Add(EventModality.Possible);
                    // "…, should they take place" is often parsed as hanging from the report itself.
                    if (tree.Children(x).Any(c => tree.BaseRel(c) is "parataxis" or "advcl" && c > t
                        && tree.Children(c).FirstOrDefault(m => tree.BaseRel(m) == "aux" && tree.Lower(m) == "should") is int sh && sh > 0 && sh < FirstSubject(tree, c)))
                        seen.Add(EventModality.Hypothetical);
                    break;
                }
                // "refused to meet", "declined to back": a refusal (SPEC §4: REJECT).
                if (step == 1 && Refusals.Contains(lemma) && tree.BaseRel(t) == "xcomp" && !tree.Children(x).Any(c => Negators.Contains(tree.Lower(c)))) refusal = true;
                if (GovernorCues.TryGetValue(lemma, out var cue)) seen.Add(cue);
                else if (tree.Upos(x) == "VERB" && _lexicon.CueOf(lemma) is { Count: > 0 } cues) seen.Add(cues[0]);
                else if (PhraseCue(tree, x) is { } phrase) seen.Add(phrase);
            }
            bool negated = false, future = false;
            // "he is to meet", "Obama is to come": be + to-infinitive is a schedule.
            if (tree.Children(x).Any(c => tree.BaseRel(c) is "aux" or "cop" && tree.Lemma(c) == "be" && c < x)
                && tree.Children(x).Any(c => tree.BaseRel(c) == "mark" && tree.Lower(c) == "to"))
                seen.Add(EventModality.Planned);
            // The same schedule when the parser makes "is" the head of the infinitive ("where she is to meet …" read as
            // is ←advcl– meet): "be" right before "to" + the verb.
            else if (x - 2 >= tree.First && tree.Head(x) == x - 2 && tree.Lemma(x - 2) == "be" && tree.Lower(x - 1) == "to"
                && tree.BaseRel(x) is "xcomp" or "advcl")
                seen.Add(EventModality.Planned);
            foreach (int c in tree.Children(x))
            {
                string rel = tree.BaseRel(c);
                string form = tree.Lower(c).Replace('\u2019', '\'');
                if (rel is "aux")
                {
                    if (form is "will" or "shall" or "'ll" or "wo") { seen.Add(EventModality.Planned); future = true; }
                    else if (form is "may" or "might" or "could" or "can") { seen.Add(EventModality.Possible); future |= form is "can" or "could"; }
                    else if (form is "would") { would = true; future = true; }
                    else if (form is "should" && tree.BaseRel(x) is "advcl" && c < FirstSubject(tree, x)) seen.Add(EventModality.Hypothetical);
                }
                else if ((rel is "advmod" or "det" or "neg") && Negators.Contains(form) && form != "without") negated = true;
                // "no longer calls on", "will no more support": the negator hangs from the comparative.
                else if (rel is "advmod" && form is "longer" or "more" && tree.Children(c).Any(k => tree.Lower(k) == "no")) negated = true;
                else if (rel is "amod" && GovernorCues.TryGetValue(tree.Lemma(c), out var adj)) seen.Add(adj);
                else if (rel is "mark" && form is "if" or "unless" && tree.BaseRel(x) is "advcl") seen.Add(EventModality.Hypothetical);
                else if (rel is "advcl" && tree.Children(c).Any(m => tree.BaseRel(m) == "mark" && tree.Lower(m) is "if" or "unless")) seen.Add(EventModality.Hypothetical);
                else if (rel is "advcl" or "acl" or "parataxis" or "conj" && tree.Children(c).FirstOrDefault(m => tree.BaseRel(m) == "aux" && tree.Lower(m) == "should") is int sh and > 0 && sh < FirstSubject(tree, c)) seen.Add(EventModality.Hypothetical);
            }
            if (negated)
            {
                // "has not confirmed any plans" leaves the event open; a negated plan or event did not happen.
                if (x != t && tree.Lemma(x) == "confirm") seen.Add(EventModality.Possible);
                else
                {
                    seen.Add(EventModality.Negated);
                    if (x == t && future && tree.Upos(t) == "VERB") refusal = true;
                }
            }
            // "irked by US plans to deploy …" misparsed as an adverbial: the intention noun governs, not the clause.
            if (IntentionNounBefore(tree, x) is int intention and >= 0)
            {
                if (GovernorCues.TryGetValue(tree.Lemma(intention), out var nounCue)) seen.Add(nounCue);
                break;
            }
            string up = tree.BaseRel(x);
            // An adverbial clause with no subordinator is a complement the parser misread ("denied it is backing").
            // "when"/"where"/"while" introduce a clause as advmod (WRB) in UD: such a clause is not bare.
            bool bareAdvcl = up == "advcl" && !tree.Children(x).Any(c => tree.BaseRel(c) == "mark"
                || (tree.BaseRel(c) == "advmod" && tree.Tags.Xpos[c] == "WRB"));
            // A relative clause or a time-setting phrase ("the window opened after Clinton's visit", "since the
            // talks") states its own event: what governs the noun or clause it hangs from does not reach it.
            if (tree.Rel(x) == "acl:relcl" || (up is "obl" or "nmod" && tree.CaseOf(x) is "after" or "before" or "since" or "following" or "until")) break;
            // "To win the vote, the party would need to …": a goal set before a requirement is a condition, not done.
            if (FrontedPurposeOfRequirement(tree, x)) { seen.Add(EventModality.Hypothetical); break; }
            if (up is "xcomp" or "ccomp" or "obj" or "obl" or "nmod" or "nsubj" or "acl" or "csubj" || tree.Rel(x) == "nsubj:pass" || bareAdvcl
                || InfinitiveAdverbial(tree, x) || SharesAuxiliaries(tree, x)) x = tree.Head(x);
            else break;
        }
        if (refusal) return (EventModality.Asserted, true);
        foreach (var m in new[] { EventModality.Negated, EventModality.Attempted, EventModality.Hypothetical, EventModality.Intended, EventModality.Possible, EventModality.Planned })
        {
            if (seen.Contains(m)) return (m, false);
        }
        // "would" reported ("said it would allow") is a future in the past; said in the article's own voice or by
        // the speaker of a quotation ("Putin would only have to sign") it is a condition.
        return (would ? reported ? EventModality.Planned : EventModality.Hypothetical : EventModality.Asserted, false);
    }

    /// <summary>
    /// The target of a hostile event noun that the parser hung on the clause's verb instead of the noun: "were
    /// arrested in the army's raid on students", "died in the police assault against miners". The 'on'/'against'
    /// phrase must follow the noun at once and hang from the noun's own head.
    /// </summary>
    private static void StrandedTarget(SentenceTree tree, DocumentContext ctx, int n, List<(ActorRef Ref, Span Span)> recipients)
    {
        int p = n + 1;
        if (p >= tree.End || tree.BaseRel(p) != "case" || tree.Lower(p) is not ("on" or "against")) return;
        int target = tree.Head(p);
        if (target <= n || tree.Head(n) < 0 || tree.Head(target) != tree.Head(n)) return;
        AddActor(tree, ctx, target, recipients, ownPhrase: true);
    }

    /// <summary>
    /// When a doer of a hostile act is one member of a 'between' phrase ("the dispute between the army and
    /// striking miners", "the clashes between police and farmers"), the other members are the side it is
    /// directed at. Members already among the doers are left where they are.
    /// </summary>
    private static void OtherSideOfBetween(SentenceTree tree, DocumentContext ctx, List<(ActorRef Ref, Span Span)> actors, List<(ActorRef Ref, Span Span)> recipients)
    {
        foreach (var (_, span) in actors.ToList())
        {
            for (int w = tree.First; w < tree.End; w++)
            {
                if (tree.WordSpan(w).End != span.End) continue;
                int first = tree.BaseRel(w) == "conj" && tree.Head(w) >= 0 ? tree.Head(w) : w;
                if (tree.BaseRel(first) != "nmod" || tree.CaseOf(first) != "between") continue;
                var found = new List<(ActorRef Ref, Span Span)>();
                foreach (int m in tree.Children(first).Where(c => tree.BaseRel(c) == "conj").Prepend(first))
                    if (m != w) AddActor(tree, ctx, m, found, ownPhrase: true);
                foreach (var r in found)
                    if (!actors.Any(a => SameParty(a.Ref, r.Ref)) && !recipients.Any(x => SameParty(x.Ref, r.Ref))) recipients.Add(r);
                return;
            }
        }
    }

    // Nouns for people taking part in a protest.
    private static readonly FrozenSet<string> ProtesterNouns = new[] { "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter", "rioters", "marcher", "marchers" }.ToFrozenSet();

    /// <summary>
    /// A nominal assault ("violence", "clashes", "unrest") whose every doer is a crowd of protesters ("opposition
    /// protesters", "demonstrators in Lima") is a violent protest: PROTEST, mode riot (CAMEO 145). So is a verb of
    /// violence with no direct object ("the row between police and marchers erupted into violence"): it names the
    /// outbreak, not an attack on someone.
    /// </summary>
    private static bool RiotByProtesters(SentenceTree tree, TriggerMatch trigger, List<(ActorRef Ref, Span Span)> actors) =>
        trigger.Type == PloverType.Assault && actors.Count > 0
        && (trigger.Kind == TriggerKind.Noun || trigger.Kind == TriggerKind.Verb && IntransitiveUse(tree, trigger.Word))
        && actors.All(a => a.Ref.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
            && ProtesterNouns.Contains(words[^1].ToLowerInvariant()));

    // A verb used without a direct object ("violence erupted", "fighting broke out").
    private static bool IntransitiveUse(SentenceTree tree, int verb) =>
        !tree.Children(verb).Any(c => tree.BaseRel(c) is "obj" or "iobj" or "ccomp" or "xcomp");

    // Auxiliaries and verbs that make their clause a requirement or an unrealised possibility.
    private static readonly FrozenSet<string> RequirementAuxiliaries = new[] { "would", "could", "must", "should", "might", "may" }.ToFrozenSet();
    private static readonly FrozenSet<string> RequirementVerbs = new[] { "need", "require", "have" }.ToFrozenSet();

    /// <summary>
    /// A to-infinitive before the subject of the clause it hangs from, where that clause states what would be needed or
    /// possible ("To win the vote, the party would need to …", "To sign a deal, they must first …"): the infinitive is a
    /// goal or condition (hypothetical), and the clause's own negation ("would not need") does not reach it. A fronted
    /// purpose of a plain past act ("To protest the decision, workers blocked the road") is left to the usual walk.
    /// </summary>
    private static bool FrontedPurposeOfRequirement(SentenceTree tree, int x)
    {
        if (!InfinitiveAdverbial(tree, x)) return false;
        int head = tree.Head(x);
        if (x > FirstSubject(tree, head)) return false;
        return tree.Children(head).Any(c => tree.BaseRel(c) == "aux" && RequirementAuxiliaries.Contains(tree.Lower(c)))
            || (RequirementVerbs.Contains(tree.Lemma(head)) && tree.Children(head).Any(c => tree.BaseRel(c) is "xcomp" or "obj" && c > head));
    }

    private static int FirstSubject(SentenceTree tree, int x) =>
        tree.Children(x).Where(c => tree.BaseRel(c) is "nsubj" or "expl").DefaultIfEmpty(int.MaxValue).Min();

    // ---- attribution

    // Within its paragraph, more quotations open than close before this offset.
    private static bool InsideQuotation(string text, int at)
    {
        int start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        int open = 0, close = 0, straight = 0;
        for (int i = start; i < at; i++)
        {
            if (text[i] == '\u201C') open++;
            else if (text[i] == '\u201D') close++;
            else if (text[i] == '"') straight++;
        }
        return open > close || straight % 2 == 1;
    }

    private static bool FirstPerson(SentenceTree tree, int t, TriggerKind kind)
    {
        IEnumerable<int> args = kind == TriggerKind.Noun
            ? tree.Children(t).Where(c => tree.Rel(c) == "nmod:poss").Concat(tree.Head(t) >= 0 && tree.BaseRel(t) is "obj" or "obl" ? Subjects(tree, tree.Head(t)) : [])
            : Subjects(tree, t);
        return args.Any(a => tree.Lower(a) is "i" or "we" or "my" or "our");
    }

    /// <summary>
    /// The speaker of a quotation that closes in a later sentence: the reporting verb after the closing mark
    /// ("“… We welcome this. …,” Sergei Lavrov stressed."). The trigger's own sentence is <see cref="Claimant"/>'s.
    /// </summary>
    private (ActorRef, Span)? QuoteSpeaker(SentenceTree tree, DocumentContext ctx, int t)
    {
        var at = tree.WordSpan(t);
        int paragraphEnd = ctx.Text.IndexOf("\n", at.End, StringComparison.Ordinal);
        if (paragraphEnd < 0) paragraphEnd = ctx.Text.Length;
        int close = ctx.Text.IndexOfAny(['\u201D', '"'], at.End);
        if (close < 0 || close > paragraphEnd) return null;
        foreach (var other in ctx.Trees)
        {
            var span = other.Tokens.SentenceSpan(other.Sentence);
            if (span.End <= close || span.Start > close) continue;
            for (int w = other.First; w < other.End; w++)
            {
                if (other.WordSpan(w).Start > close && _reporting.Contains(other.Lemma(w)) && Speaker(other, ctx, w) is { } s) return s;
            }
            break;
        }
        return null;
    }

    // The outermost source wins: "Diplomatic sources have confirmed “…,” the paper said" is the paper's report.
    private (ActorRef?, Span?) Claimant(SentenceTree tree, DocumentContext ctx, int t)
    {
        (ActorRef?, Span?) found = (null, null);
        for (int x = t, guard = 0; x >= 0 && guard < 12; guard++)
        {
            // "…, he said": the reporting verb hangs from the event's clause as parataxis.
            foreach (int c in tree.Children(x))
            {
                if (tree.BaseRel(c) is "parataxis" && _reporting.Contains(tree.Lemma(c)) && Speaker(tree, ctx, c) is { } s) { found = s; break; }
                // "According to the outcome of his talks with X, Ruto said …": a source phrase is not the source of what it names.
                if (tree.BaseRel(c) is "obl" or "advcl" && tree.CaseOf(c) == "according to" && tree.Dominates(c, t))
                {
                    if (_reporting.Contains(tree.Lemma(x)) && Speaker(tree, ctx, x) is { } own) found = own;
                    break;
                }
                // "According to the outcome of the talks, Ruto said …": a reporting verb's own speaker stays the source.
                if (tree.BaseRel(c) is "obl" or "advcl" && tree.CaseOf(c) == "according to" && !HasOwnSpeaker(tree, ctx, x)
                    && NamesASource(tree, c) && Speaker(tree, ctx, c, self: true) is { } a) { found = a; break; }
            }
            int h = tree.Head(x);
            if (h < 0 && found.Item1 is null && AttributionRoot(tree, ctx, x, t) is { } rooted) found = rooted;
            if (h >= 0 && _reporting.Contains(tree.Lemma(h)) && tree.BaseRel(x) is "ccomp" or "parataxis" or "xcomp" or "obj" or "advcl")
            {
                if (Speaker(tree, ctx, h) is { } s) found = s;
            }
            if (ReportOverTimeNoun(tree, x) is int reported and >= 0 && Speaker(tree, ctx, reported) is { } overTime) found = overTime;
            x = h;
        }
        return found;
    }

    private static (ActorRef, Span)? Speaker(SentenceTree tree, DocumentContext ctx, int verb, bool self = false)
    {
        int subject = self ? verb : NearestSubject(tree, verb);
        if (subject < 0) return null;
        if (PressAntecedent(tree, ctx, subject) is { } press) return press;
        if (ReportAntecedent(tree, ctx, subject) is { } report) return report;
        if (ResolveActor(tree, ctx, subject) is { } actor) return actor;
        if (tree.Upos(subject) == "PRON") return null;
        var phrase = tree.Subtree(subject, c => tree.BaseRel(c) is "acl" or "conj" or "punct" or "case" or "cc" or "appos");
        var span = tree.SpanOf(phrase);
        return (new ActorRef(span.TextOf(ctx.Text)), span);
    }

    private static (string?, Span?) Quote(SentenceTree tree, DocumentContext ctx, int t)
    {
        var sentence = tree.Tokens.SentenceSpan(tree.Sentence);
        int at = tree.WordSpan(t).Start;
        string text = ctx.Text;
        int open = -1;
        for (int i = at - 1; i >= sentence.Start; i--)
        {
            char ch = text[i];
            if (ch is '\u201D') break;
            if (ch is '\u201C' or '"') { open = i; break; }
        }
        if (open < 0) return (null, null);
        for (int i = at; i < sentence.End; i++)
        {
            if (text[i] is '\u201D' or '"')
            {
                var span = new Span(open + 1, i);
                return (span.TextOf(text), span);
            }
        }
        return (null, null);
    }

    // ---- date, place, occasion, topics

    /// <summary>The predicate whose dependents describe the event: the trigger, or for a noun the verb it serves.</summary>
    private static int ClauseOf(SentenceTree tree, int t)
    {
        if (tree.Upos(t) != "NOUN") return t;
        int h = tree.Head(t);
        return h >= 0 && tree.BaseRel(t) is "obj" or "nsubj" or "obl" && tree.Upos(h) is "VERB" or "AUX" ? h : t;
    }

    // Words whose attachment reaches the trigger or its clause head through nominal/oblique links only.
    private static bool AttachedTo(SentenceTree tree, int word, int t, int clause)
    {
        for (int x = word, guard = 0; x >= 0 && guard < 5; guard++)
        {
            if (x == t || x == clause) return true;
            string rel = tree.BaseRel(x);
            if (rel is not ("obl" or "nmod" or "advmod" or "compound" or "flat" or "nummod" or "amod" or "appos" or "case" or "det" or "obj")) return false;
            x = tree.Head(x);
        }
        return false;
    }

    // Where the event happens is an oblique of its predicate or a modifier of its noun ("talks in Berlin"),
    // not a place inside what it is about ("discussed the situation in Syria").
    private static bool PlaceOf(SentenceTree tree, int word, int t, int clause)
    {
        int x = word;
        for (int guard = 0; guard < 4 && tree.BaseRel(x) is "compound" or "flat" or "appos" or "conj"; guard++)
            x = tree.Head(x) is int h && h >= 0 ? h : x;
        int head = tree.Head(x);
        // "met with Kerry in Berlin" is often parsed with the place on the partner's name: still the event's.
        if (head >= 0 && head != t && head != clause && tree.Upos(head) == "PROPN" && tree.Head(head) is int up && (up == t || up == clause))
            head = up;
        // "the visit of the president to Moscow" is often parsed with the destination on the visitor: still the visit's
        // (but "condemnation of the actions in Georgia" is where the actions are).
        else if (head >= 0 && head != t && tree.Upos(t) == "NOUN" && tree.Head(head) == t && tree.BaseRel(head) == "nmod" && tree.CaseOf(head) == "of"
            && tree.CaseOf(x) == "to")
            head = t;
        // "hold talks with Lavrov in Lima": the light verb's object is the event noun, and a place on it or its partner is the event's.
        for (int guard = 0; guard < 2 && head >= 0 && head != t && head != clause; guard++)
        {
            bool eventNoun = tree.BaseRel(head) == "obj" && DocumentSetting.IsMeetingNoun(tree, head);
            if (!eventNoun && tree.Upos(head) != "PROPN") break;
            head = tree.Head(head);
            if (eventNoun) break;
        }
        if (head != t && head != clause) return false;
        return tree.BaseRel(x) is "obl" or "nmod" or "advmod" || (tree.BaseRel(x) == "obj" && tree.Lemma(head) == "visit");
    }

    private static int WordAt(SentenceTree tree, Span span)
    {
        int best = -1;
        for (int w = tree.First; w < tree.End; w++)
        {
            if (!tree.WordSpan(w).Overlaps(span)) continue;
            // the highest word of the span in the tree
            if (best < 0 || tree.Depth(w) < tree.Depth(best)) best = w;
        }
        return best;
    }

    private static EventDate? Date(SentenceTree tree, DocumentContext ctx, int t, int clause, out Span? span)
    {
        span = null;
        var sentence = tree.Tokens.SentenceSpan(tree.Sentence);
        foreach (var time in ctx.Times)
        {
            if (!sentence.Contains(time.Span) || time.Type is not (TimexType.Date)) continue;
            int w = WordAt(tree, time.Span);
            if (w < 0 || !AttachedTo(tree, w, t, clause)) continue;
            if (DateOf(time) is not { } date) continue;
            span = time.Span;
            return date;
        }
        return null;
    }

    private static EventPlace? Place(SentenceTree tree, DocumentContext ctx, int t, int clause, out Span? span)
    {
        span = null;
        var sentence = tree.Tokens.SentenceSpan(tree.Sentence);
        foreach (var place in ctx.Places)
        {
            if (!sentence.Contains(place.Span)) continue;
            int w = WordAt(tree, place.Span);
            if (w < 0 || !PlaceOf(tree, w, t, clause)) continue;
            string kase = tree.CaseOf(w);
            bool visitObject = tree.BaseRel(w) == "obj" && tree.Lemma(tree.Head(w) < 0 ? w : tree.Head(w)) == "visit";
            if (!PlaceCases.Contains(kase) && !visitObject) continue;
            span = place.Span;
            return ToEventPlace(place);
        }
        return EventPlaces.Around(tree, ctx.Places, t, clause, out span) is { } around ? ToEventPlace(around) : null;
    }

    private static EventPlace ToEventPlace(PlaceMention place) =>
        new(place.Text, place.Name, place.GeonameId, place.Lat, place.Lon, place.Country, place.FeatureClass.ToString());

    internal static EventDate? DateOf(TimeExpression time)
    {
        if (time.Type is not TimexType.Date) return null;
        string? value = time.RangeStart is { } a && time.RangeEnd is { } b && EventDate.Bounds($"{a}/{b}") is not null ? $"{a}/{b}"
            : EventDate.Bounds(time.Value) is not null ? time.Value : EventWeeks.Range(time.Value);
        return value is null ? null : new EventDate(value, time.AnchorRelative ? DateResolution.Relative : DateResolution.Explicit);
    }

    private static (string?, Span?) Occasion(SentenceTree tree, DocumentContext ctx, int t, int clause, IReadOnlyList<int> consumed)
    {
        foreach (int head in new[] { t, clause }.Concat(consumed).Distinct())
        {
            foreach (int c in tree.Children(head))
            {
                if (tree.BaseRel(c) is not ("obl" or "nmod")) continue;
                if (!Gatherings.Contains(tree.Lemma(c)) || tree.CaseOf(c) is not ("at" or "during" or "on" or "on the" or "in")) continue;
                // "on the sidelines of", but "an agreement on the meeting" is about the meeting.
                if (tree.CaseOf(c) is "on" or "on the" && tree.Lemma(c) is not ("sideline" or "sidelines")) continue;
                if (c == t) continue;
                var phrase = tree.Subtree(c, x => tree.BaseRel(x) is "acl" or "case" or "punct" or "conj" or "cc" or "det");
                var span = tree.SpanOf(phrase);
                return (span.TextOf(ctx.Text), span);
            }
        }
        return (null, null);
    }

    // "by phone", "a phone discussion", "telephone talks".
    private static bool HasCase(SentenceTree tree, int t, params string[] words) =>
        tree.Children(t).Any(c => tree.BaseRel(c) is "obl" or "nmod" or "compound" or "amod" && Array.IndexOf(words, tree.Lemma(c)) >= 0);

    private static readonly FrozenSet<string> Weapons = new[]
    {
        "missile", "weapon", "system", "rocket", "warhead", "interceptor", "radar", "bomber", "arm", "arms", "battery", "launcher",
    }.ToFrozenSet();

    private static bool WeaponObject(SentenceTree tree, int t) =>
        tree.Children(t).Any(c => tree.BaseRel(c) is "obj" or "nsubj:pass" && (Weapons.Contains(tree.Lemma(c)) || tree.Children(c).Any(d => tree.Rel(d) == "compound" && Weapons.Contains(tree.Lemma(d)))));

    private static IReadOnlyList<string> Topics(SentenceTree tree, DocumentContext ctx, int t, Dictionary<string, Span> fields)
    {
        var topics = new List<string>();
        foreach (int c in tree.Children(t))
        {
            if (tree.BaseRel(c) is not ("obl" or "nmod") || !TopicCases.Contains(tree.CaseOf(c))) continue;
            if (MentionAt(ctx, tree.WordSpan(c)) is not null) continue;
            if (ctx.Times.Any(x => x.Span.Overlaps(tree.WordSpan(c)))) continue; // "on Monday" is when, not what
            var phrase = tree.Subtree(c, x => tree.BaseRel(x) is "acl" or "case" or "punct" or "det" or "cc");
            var span = tree.SpanOf(phrase);
            fields[$"topic:{topics.Count}"] = span;
            topics.Add(span.TextOf(ctx.Text));
        }
        return topics;
    }
}
