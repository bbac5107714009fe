using Parley.Nlp.Learning;

namespace Parley.Nlp.Entities;

/// <summary>
/// Named-entity tagger: a linear-chain model over BILOU labels, decoded exactly (Viterbi) under the BILOU constraints
/// and trained as a structured averaged perceptron (Collins 2002). Each word's emission scores come from its own and its
/// neighbours' forms, affixes, shapes and Universal POS tags, whether a capitalised word is otherwise common in lower
/// case, word classes, and gazetteer flags from <see cref="Parley.Entities.EntityResources.Default"/>; label pairs
/// score as transitions. Immutable and safe to call from many threads.
/// </summary>
public sealed partial class EntityTagger
{
    internal const string Kind = "ner";
    /// <summary>Format 7 adds the optional second stage (<see cref="Stacked"/>), format 8 the feature-set flags (<see cref="RunCues"/>); format 6 and 7 files still load.</summary>
    internal const int Version = 8;
    public const string FileName = "entity-tagger.bin";

    private readonly LinearModel _model;
    /// <summary>Transition scores: row <c>p</c> (a label, or <see cref="Classes"/> for the sentence start) holds the score of each next label.</summary>
    private readonly float[] _transitions;
    private readonly HashSet<string> _lowerVocab;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lowerLookup;
    private readonly HashSet<string> _known;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _knownLookup;
    private readonly NerGazetteer _gazetteer;
    /// <summary>The second stage of a stacked tagger and its transition scores, or null (<see cref="Stacked"/>).</summary>
    private readonly LinearModel? _stage2;
    private readonly float[]? _transitions2;
    /// <summary>Both stages in one table (<see cref="LinearModel.Join"/>) with each stage's scale.</summary>
    private readonly LinearModel? _joined;
    private readonly float _scale1, _scale2;

    /// <param name="known">Words (case-insensitive) frequent enough in training to be features of their own.</param>
    /// <param name="stage2">The second stage of a stacked tagger (trained on <see cref="NerFeatures.ExtractStacked"/>), or null for one stage.</param>
    /// <param name="runCues">Whether the model was trained with the capitalised-run features (<see cref="NerFeatures.RunCues"/>).</param>
    /// <param name="lexicon">The learned entity lexicon the second stage reads (<see cref="NerLexicon"/>), or null.</param>
    /// <param name="nameHeads">The name-word table whose features both stages read (<see cref="NerNameHeads"/>), or null.</param>
    internal EntityTagger(string[] types, LinearModel model, HashSet<string> lowerVocab, HashSet<string> known, NerGazetteer gazetteer, LinearModel? stage2 = null, bool runCues = false, NerLexicon? lexicon = null, NerNameHeads? nameHeads = null, BrownClusters? brown = null)
    {
        RunCues = runCues;
        Brown = brown;
        Lexicon = lexicon;
        NameHeads = nameHeads;
        _known = known;
        _knownLookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        Types = types;
        _model = model;
        int classes = 1 + Parts * types.Length;
        _transitions = new float[(classes + 1) * classes];
        for (int p = 0; p <= classes; p++)
            model.Score([TransitionFeature(p)], _transitions.AsSpan(p * classes, classes));
        _lowerVocab = lowerVocab;
        _lowerLookup = lowerVocab.GetAlternateLookup<ReadOnlySpan<char>>();
        _gazetteer = gazetteer;
        if (stage2 is null) return;
        _stage2 = stage2;
        _transitions2 = new float[(classes + 1) * classes];
        for (int p = 0; p <= classes; p++)
            stage2.Score([TransitionFeature(p)], _transitions2.AsSpan(p * classes, classes));
        (_joined, _scale1, _scale2) = LinearModel.Join(model, stage2);
    }

    /// <summary>Whether a second stage re-tags each document with the first stage's labels of the whole document in view (<see cref="TagDocument"/>).</summary>
    public bool Stacked => _stage2 is not null;
    /// <summary>Whether every word of a capitalised run also sees the run's first and last words (<see cref="NerFeatures.RunCues"/>).</summary>
    public bool RunCues { get; }
    /// <summary>The learned entity lexicon whose codes the second stage reads, or null (<see cref="NerLexicon"/>).</summary>
    internal NerLexicon? Lexicon { get; }
    /// <summary>What the first and last words of names say about their type, read by both stages (<see cref="NerNameHeads"/>), or null.</summary>
    internal NerNameHeads? NameHeads { get; }
    /// <summary>The Brown clusters whose path prefixes both stages read (<see cref="NerFeatures.PrepareBrown"/>), or null.</summary>
    internal BrownClusters? Brown { get; }
    internal LinearModel Stage1 => _model;
    internal LinearModel? Stage2 => _stage2;

    /// <summary>Entity types in ordinal order; label 0 is O, labels 1 + 4k, 2 + 4k, 3 + 4k, 4 + 4k are B-, I-, L- and U- (BILOU) of type k.</summary>
    public IReadOnlyList<string> Types { get; }
    internal int Classes => 1 + Parts * Types.Count;

    /// <summary>Labels per type: B (begin), I (inside), L (last), U (unit, a one-word mention).</summary>
    internal const int Parts = 4;
    internal const int B = 0, I = 1, L = 2, U = 3;
    internal int WeightRows => _model.Rows;

    /// <summary>The shipped model (<c>models/ner/entity-tagger.bin</c>), or null with the reason when it is missing.</summary>
    public static EntityTagger? TryLoadDefault(out string? why)
    {
        string? root = ModelPaths.Root();
        string? path = root is null ? null : Path.Combine(root, "ner", FileName);
        if (path is null || !File.Exists(path))
        {
            why = path is null ? "no models/ folder found" : $"{path} is missing";
            return null;
        }
        why = null;
        return Load(path);
    }

    /// <summary>
    /// The mentions of one sentence, in order and never overlapping. <paramref name="upos"/> holds the Universal POS tag of
    /// each word as Parley's tagger predicts it (the model was trained on that tagger's output).
    /// </summary>
    public EntitySpan[] Tag(ReadOnlySpan<string> words, ReadOnlySpan<string> upos)
    {
        if (upos.Length != words.Length) throw new ArgumentException($"{words.Length} words but {upos.Length} UPOS tags.", nameof(upos));
        var fx = Run(words, upos);
        return SpanRules(fx.Labels.AsSpan(0, words.Length), words, upos);
    }

    /// <summary>
    /// The mentions of a sentence's decoded labels, after the span rules in their order: trimming, plural offices,
    /// organisation cues, press names, storms, NORP, named things, quoted titles, proper adjectives.
    /// </summary>
    private EntitySpan[] SpanRules(ReadOnlySpan<int> labels, ReadOnlySpan<string> w, ReadOnlySpan<string> upos) =>
        WithProperAdjectives(WithQuotedTitles(WithNamedThings(WithNorp(StormNames(PressNames(WithOrganisationCues(WithoutPluralRoles(
            Trimmed(SpansOf(labels, Types), w), w, _gazetteer), w), w, _gazetteer), w), w, _gazetteer), w), w), w, upos, _gazetteer);

    /// <summary>
    /// Applies the training data's span conventions (<see cref="NerCorpus.ReadGum"/>) to predicted mentions: no person
    /// name starts with a title or honorific ("Secretary Cardona" → "Cardona"), and no name ends with a link word
    /// ("of", "the", "and").
    /// </summary>
    internal static EntitySpan[] Trimmed(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        for (int k = 0; k < spans.Length; k++)
        {
            var x = spans[k];
            int start = x.Start, end = x.End;
            if (x.Type == EntityTypes.Person)
                while (end - start > 1 && (NerCorpus.IsTitle(words[start]) || NerCorpus.IsConnector(words[start]))) start++;
            while (end - start > 1 && NerCorpus.IsConnector(words[end - 1])) end--;
            if (start != x.Start || end != x.End) spans[k] = x with { Start = start, End = end };
        }
        return spans;
    }

    /// <summary>
    /// A name right before a noun for a newspaper, magazine, news agency or broadcaster names that outlet, an organisation
    /// ("the Vedomosti newspaper", "Izvestia daily", "the Interfax news agency"), whether the model found it or not,
    /// unless it is a place or nationality word of the gazetteer ("the Moscow daily", "a Kenyan newspaper").
    /// </summary>
    internal static EntitySpan[] PressNames(EntitySpan[] spans, ReadOnlySpan<string> words, NerGazetteer gazetteer)
    {
        List<EntitySpan>? result = null;
        for (int m = 1; m < words.Length; m++)
        {
            if (!MediaNouns.Contains(words[m])) continue;
            int start = m;
            while (start > 0 && words[start - 1].Length > 0 && char.IsUpper(words[start - 1][0])) start--;
            if (m - start > 1 && words[start] is "The" or "A" or "An") start++;
            if (start == m || m - start == 1 && (gazetteer.IsPlace(words[start]) || gazetteer.IsNorp(words[start]))) continue;
            var current = result ?? [.. spans];
            int same = current.FindIndex(x => x.Start == start && x.End == m);
            if (same >= 0) current[same] = current[same] with { Type = EntityTypes.Organisation };
            else if (!current.Any(x => x.Start < m && start < x.End)) current.Add(new EntitySpan(start, m, EntityTypes.Organisation));
            else continue;
            result = current;
        }
        return result is null ? spans : [.. result.OrderBy(x => x.Start)];
    }

    /// <summary>
    /// A named storm is an event (OntoNotes EVENT, CoNLL MISC), not a person: a storm noun ("Hurricane", "Typhoon",
    /// "Cyclone", "Tropical Storm", …) and the capitalised words after it ("Hurricane Ione", "the cyclone Baraka") form
    /// one EVENT mention, replacing whatever the model tagged there (the given names of storms read as people); a
    /// one-word mention that is only the storm noun is dropped.
    /// </summary>
    internal static EntitySpan[] StormNames(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        List<EntitySpan>? result = null;
        for (int m = 0; m < words.Length; m++)
        {
            if (!StormNouns.Contains(words[m])) continue;
            int start = m > 0 && words[m - 1] is "Tropical" or "Severe" or "Super" ? m - 1 : m, end = m + 1;
            while (end < words.Length && words[end].Length > 0 && char.IsUpper(words[end][0]) && !StormNouns.Contains(words[end])) end++;
            var current = result ?? [.. spans];
            if (end == m + 1)
            {
                // The storm noun alone is a common noun, capitalised or not.
                if (current.RemoveAll(x => x.Start == start && x.End == end || x.Start == m && x.End == m + 1) > 0) result = current;
                continue;
            }
            if (current.Any(x => x.Start < end && start < x.End && (x.Start < start || x.End > end))) continue;
            current.RemoveAll(x => x.Start < end && start < x.End);
            current.Add(new EntitySpan(start, end, EntityTypes.Event));
            result = current;
            m = end - 1;
        }
        return result is null ? spans : [.. result.OrderBy(x => x.Start)];
    }

    /// <summary>Nouns for a storm that precede its given name (case-insensitive: "Hurricane Ione", "the typhoon Baraka").</summary>
    private static readonly HashSet<string> StormNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "hurricane", "typhoon", "cyclone", "storm", "superstorm",
    };

    /// <summary>
    /// A one-word mention that is the given name of a storm named in full in the document ("Ione" after "Hurricane Ione")
    /// is that storm (<see cref="StormNames"/>).
    /// </summary>
    internal static void StormNameRepeats(IReadOnlyList<string[]> sentences, EntitySpan[][] spans)
    {
        HashSet<string>? names = null;
        for (int s = 0; s < spans.Length; s++)
            foreach (var x in spans[s])
                if (x.Type == EntityTypes.Event && x.End - x.Start > 1 && StormNouns.Contains(sentences[s][x.End - 2]))
                    (names ??= new(StringComparer.Ordinal)).Add(sentences[s][x.End - 1]);
        if (names is null) return;
        for (int s = 0; s < spans.Length; s++)
            for (int k = 0; k < spans[s].Length; k++)
            {
                var x = spans[s][k];
                if (x.End - x.Start == 1 && x.Type != EntityTypes.Event && names.Contains(sentences[s][x.Start]))
                    spans[s][k] = x with { Type = EntityTypes.Event };
            }
    }

    /// <summary>Lower-case head nouns of the press and broadcasting (the last word of "news agency", "radio station").</summary>
    private static readonly HashSet<string> MediaNouns = new(StringComparer.Ordinal)
    {
        "newspaper", "newspapers", "daily", "weekly", "paper", "magazine", "tabloid", "broadsheet", "agency", "broadcaster",
        "channel", "network", "station", "website", "newsletter", "journal",
    };

    /// <summary>
    /// Nationality, religious and political group words (<see cref="NerGazetteer.IsNorp"/>) become NORP mentions: a
    /// one-word mention the model found, or such a word outside any mention. Longer names that start with one
    /// ("French Revolution") keep their type.
    /// </summary>
    internal static EntitySpan[] WithNorp(EntitySpan[] spans, ReadOnlySpan<string> words, NerGazetteer gazetteer)
    {
        List<EntitySpan>? result = null;
        int next = 0;
        for (int i = 0; i < words.Length; i++)
        {
            while (next < spans.Length && spans[next].End <= i) next++;
            bool inside = next < spans.Length && spans[next].Start <= i;
            if (inside && spans[next].End - spans[next].Start > 1) continue;
            if (!gazetteer.IsNorp(words[i])) continue;
            result ??= [.. spans];
            if (inside) result[result.IndexOf(spans[next])] = spans[next] with { Type = EntityTypes.Norp };
            else result.Add(new EntitySpan(i, i + 1, EntityTypes.Norp));
        }
        return result is null ? spans : [.. result.OrderBy(x => x.Start)];
    }

    /// <summary>
    /// The mentions of every sentence of one document (its sentences' words and their UPOS tags), as <see cref="Tag"/>
    /// finds them; a stacked tagger first labels the whole document with its first stage, then tags each sentence again
    /// with its second stage, which also sees the first stage's labels of the sentence and of the same capitalised words
    /// elsewhere in the document.
    /// </summary>
    public EntitySpan[][] TagDocument(IReadOnlyList<string[]> words, IReadOnlyList<string[]> upos)
    {
        var result = new EntitySpan[words.Count][];
        if (_stage2 is null)
        {
            for (int s = 0; s < words.Count; s++) result[s] = Tag(words[s], upos[s]);
            return result;
        }
        // First stage; one lookup per feature also gives the second stage's weights for it (all its features but the
        // stacked ones), kept per word until the stack is known.
        var fx = NerFeatures.ForThread();
        int classes = Classes, total = 0;
        foreach (var w in words) total += w.Length;
        fx.ReserveDocument(total, classes);
        var joined = fx.JoinedScores.AsSpan(0, 2 * classes);
        var labels = new int[words.Count][];
        for (int s = 0, at = 0; s < words.Count; at += words[s].Length, s++)
        {
            var w = words[s];
            fx.Prepare(w, upos[s], classes, _lowerLookup, _knownLookup, _gazetteer, WordClusters.Default, RunCues);
            fx.PrepareHeads(w, NameHeads);
            fx.PrepareBrown(w, Brown);
            for (int i = 0; i < w.Length; i++)
            {
                _joined!.Score(fx.Extract(i), joined);
                var emission = fx.Emissions.AsSpan(i * classes, classes);
                var partial = fx.DocumentPartial.AsSpan((at + i) * classes, classes);
                for (int c = 0; c < classes; c++)
                {
                    emission[c] = joined[c] * _scale1;
                    partial[c] = joined[classes + c] * _scale2;
                }
                fx.DocumentShapes[at + i] = fx.Shape[i + NerFeatures.Pad];
            }
            Decode(fx.Emissions, w.Length, classes, _transitions, fx.Best, fx.Back, fx.Labels);
            labels[s] = fx.Labels.AsSpan(0, w.Length).ToArray();
        }
        var stack = StackInfo.ForDocument(words, labels, Types.Count, Lexicon);
        var features = fx.Features;
        for (int s = 0, at = 0; s < words.Count; at += words[s].Length, s++)
        {
            var w = words[s];
            for (int i = 0; i < w.Length; i++)
            {
                int n = NerFeatures.AppendStacked(features, 0, i, stack[s], fx.DocumentShapes[at + i]);
                var emission = fx.Emissions.AsSpan(i * classes, classes);
                _stage2.Score(features.AsSpan(0, n), emission);
                LinearModel.Add(fx.DocumentPartial.AsSpan((at + i) * classes, classes), emission);
            }
            Decode(fx.Emissions, w.Length, classes, _transitions2, fx.Best, fx.Back, fx.Labels);
            result[s] = SpanRules(fx.Labels.AsSpan(0, w.Length), w, upos[s]);
        }
        return result;
    }

    /// <summary>The first stage's BILOU labels of one sentence (what <see cref="Tag"/> decodes before its span rules).</summary>
    internal int[] FirstStageLabels(ReadOnlySpan<string> words, ReadOnlySpan<string> upos) => words.Length == 0 ? [] : Run(words, upos).Labels.AsSpan(0, words.Length).ToArray();

    internal NerFeatures Run(ReadOnlySpan<string> words, ReadOnlySpan<string> upos)
    {
        var fx = NerFeatures.ForThread();
        int classes = Classes;
        fx.Prepare(words, upos, classes, _lowerLookup, _knownLookup, _gazetteer, WordClusters.Default, RunCues);
        fx.PrepareHeads(words, NameHeads);
        fx.PrepareBrown(words, Brown);
        for (int i = 0; i < words.Length; i++)
            _model.Score(fx.Extract(i), fx.Emissions.AsSpan(i * classes, classes));
        Decode(fx.Emissions, words.Length, classes, _transitions, fx.Best, fx.Back, fx.Labels);
        return fx;
    }

    /// <summary>The feature whose weight row scores each label after label <paramref name="previous"/> (<see cref="Classes"/> = sentence start).</summary>
    internal static uint TransitionFeature(int previous) => FeatureHash.Key(509, (ulong)previous);

    /// <summary>
    /// Viterbi decoding: the label sequence with the highest sum of emission and transition scores among those that read
    /// as whole BILOU mentions (a mention opened by B or I continues with I or L of its type; the sentence ends outside
    /// any open mention). <paramref name="transitions"/> has a row per previous label plus the start row.
    /// </summary>
    internal static void Decode(ReadOnlySpan<float> emissions, int n, int classes, ReadOnlySpan<float> transitions, Span<float> best, Span<int> back, Span<int> labels)
    {
        if (n == 0) return;
        var start = transitions.Slice(classes * classes, classes);
        for (int c = 0; c < classes; c++)
            best[c] = Follows(-1, c) ? emissions[c] + start[c] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            int row = i * classes, prevRow = row - classes;
            for (int c = 0; c < classes; c++)
            {
                float top = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < classes; p++)
                {
                    float v = best[prevRow + p];
                    if (v == float.NegativeInfinity || !Follows(p, c)) continue;
                    v += transitions[p * classes + c];
                    if (v > top) { top = v; arg = p; }
                }
                best[row + c] = top + emissions[row + c];
                back[row + c] = arg;
            }
        }
        int last = (n - 1) * classes, end = 0;
        for (int c = 1; c < classes; c++)
            if (!IsOpen(c) && best[last + c] > best[last + end]) end = c;
        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = end;
            if (i > 0) end = back[i * classes + end];
        }
    }

    /// <summary>Whether label <paramref name="next"/> may follow <paramref name="previous"/> (a label, or −1 for the sentence start).</summary>
    internal static bool Follows(int previous, int next)
    {
        bool open = IsOpen(previous);
        if (next == 0) return !open;
        int part = (next - 1) % Parts;
        if (part is B or U) return !open;
        return open && (previous - 1) / Parts == (next - 1) / Parts;
    }

    /// <summary>
    /// Document-level consistency: a name the tagger found several times in one document takes, everywhere, the type it
    /// was given most often there (ties: the first occurrence's type). <paramref name="sentences"/> are the word arrays of
    /// one document's sentences and <paramref name="spans"/> their mentions, changed in place.
    /// </summary>
    public static void Harmonise(IReadOnlyList<string[]> sentences, EntitySpan[][] spans, HashSet<string>? documentLower = null)
    {
        // A one-word mention at the start of a sentence whose word the document also writes in lower case inside a
        // sentence is a common word capitalised by position ("Iodine deficiency …" beside "… dietary iodine …").
        var lower = documentLower ?? LowerWords(sentences);
        for (int s = 0; s < spans.Length; s++)
            if (spans[s].Length > 0 && spans[s][0] is var x0 && x0.Start == FirstWord(sentences[s]) && x0.End == x0.Start + 1 && x0.Type != EntityTypes.Norp
                && lower.Contains(sentences[s][x0.Start].ToLowerInvariant()))
                spans[s] = spans[s][1..];

        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var order = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int s = 0; s < spans.Length; s++)
            foreach (var x in spans[s])
            {
                string key = string.Join(' ', sentences[s][x.Start..x.End]);
                if (!votes.TryGetValue(key, out var v)) { votes[key] = v = new(StringComparer.Ordinal); order[key] = x.Type; }
                v[x.Type] = v.GetValueOrDefault(x.Type) + 1;
            }
        for (int s = 0; s < spans.Length; s++)
            for (int k = 0; k < spans[s].Length; k++)
            {
                var x = spans[s][k];
                var v = votes[string.Join(' ', sentences[s][x.Start..x.End])];
                if (v.Count < 2) continue;
                string first = order[string.Join(' ', sentences[s][x.Start..x.End])];
                string best = v.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key == first ? 0 : 1).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
                spans[s][k] = x with { Type = best };
            }
        MissedRepeats(sentences, spans, lower);
        StormNameRepeats(sentences, spans);
        ShortFormRepeats(sentences, spans);
        LanguageRepeats(sentences, spans);
        // A one-word mention that is the surname of a person named in full in the article is that person ("Norton" after "Joshua Norton").
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < spans.Length; s++)
            foreach (var x in spans[s])
                if (x.Type == EntityTypes.Person && x.End - x.Start > 1) surnames.Add(sentences[s][x.End - 1]);
        if (surnames.Count == 0) return;
        for (int s = 0; s < spans.Length; s++)
            for (int k = 0; k < spans[s].Length; k++)
            {
                var x = spans[s][k];
                if (x.End - x.Start == 1 && x.Type != EntityTypes.Person && x.Type != EntityTypes.Norp && surnames.Contains(sentences[s][x.Start]))
                    spans[s][k] = x with { Type = EntityTypes.Person };
            }
    }

    /// <summary>The words a document writes in lower case inside its sentences (not first), for <see cref="Harmonise"/>.</summary>
    public static HashSet<string> LowerWords(IEnumerable<string[]> sentences)
    {
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var words in sentences)
            for (int i = 1; i < words.Length; i++)
                if (words[i].Length > 0 && char.IsLower(words[i][0])) lower.Add(words[i]);
        return lower;
    }

    /// <summary>Label of type <paramref name="type"/> and part B, I, L or U.</summary>
    internal static int Label(int type, int part) => 1 + Parts * type + part;

    /// <summary>Whether a label opens a mention that the next word may continue (B or I).</summary>
    private static bool IsOpen(int label) => label > 0 && (label - 1) % Parts is B or I;

    /// <summary>Mentions of a label sequence: one starts at B or U (or at a repaired I/L) and ends after L or U, or where the next label does not continue it.</summary>
    internal static EntitySpan[] SpansOf(ReadOnlySpan<int> labels, IReadOnlyList<string> types)
    {
        var spans = new List<EntitySpan>();
        int start = -1, type = -1;
        for (int i = 0; i <= labels.Length; i++)
        {
            int label = i < labels.Length ? labels[i] : 0;
            int part = label > 0 ? (label - 1) % Parts : -1;
            bool continues = type >= 0 && label > 0 && part is I or L && (label - 1) / Parts == type;
            if (type >= 0 && !continues)
            {
                spans.Add(new EntitySpan(start, i, types[type]));
                type = -1;
            }
            if (label > 0 && type < 0)
            {
                start = i;
                type = (label - 1) / Parts;
            }
            if (type >= 0 && part is L or U)
            {
                spans.Add(new EntitySpan(start, i + 1, types[type]));
                type = -1;
            }
        }
        return [.. spans];
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
            if (scores[c] > scores[best]) best = c;
        return best;
    }

    internal EntityTagger Pruned(int minMagnitude) => new([.. Types], _model.Pruned(minMagnitude), _lowerVocab, _known, _gazetteer, _stage2?.Pruned(minMagnitude), RunCues, Lexicon, NameHeads, Brown);

    /// <summary>This tagger's first stage with <paramref name="stage2"/> as its second.</summary>
    /// <param name="lexicon">The learned entity lexicon the second stage was trained with, or null.</param>
    internal EntityTagger WithStage2(LinearModel stage2, NerLexicon? lexicon = null) => new([.. Types], _model, _lowerVocab, _known, _gazetteer, stage2, RunCues, lexicon, NameHeads, Brown);

    /// <summary>Writes the model; in the oldest format that holds it (6: one stage, 7: stacked, 8: with feature-set flags).</summary>
    public void Save(string path) => ModelFile.Save(path, Kind, RunCues || Lexicon is not null || NameHeads is not null || Brown is not null ? Version : Stacked ? 7 : 6, w =>
    {
        ModelFile.WriteStrings(w, Types);
        ModelFile.WriteStrings(w, [.. _lowerVocab.Order(StringComparer.Ordinal)]);
        ModelFile.WriteStrings(w, [.. _known.Order(StringComparer.Ordinal)]);
        _model.Write(w);
        if (_stage2 is null && !RunCues && Lexicon is null && NameHeads is null && Brown is null) return;
        w.Write(_stage2 is not null);
        _stage2?.Write(w);
        if (!RunCues && Lexicon is null && NameHeads is null && Brown is null) return;
        w.Write((RunCues ? FeatureRunCues : 0) | (Lexicon is not null ? FeatureLexicon : 0) | (NameHeads is not null ? FeatureNameHeads : 0) | (Brown is not null ? FeatureBrown : 0));
        Lexicon?.Write(w);
        NameHeads?.Write(w);
    });

    /// <summary>Bit of the format-8 feature-set field: the capitalised-run features.</summary>
    private const int FeatureRunCues = 1;
    /// <summary>Bit of the format-8 feature-set field: a learned entity lexicon follows (<see cref="NerLexicon"/>).</summary>
    private const int FeatureLexicon = 2;
    /// <summary>Bit of the format-8 feature-set field: a name-word table follows the lexicon (<see cref="NerNameHeads"/>).</summary>
    private const int FeatureNameHeads = 4;
    /// <summary>Bit of the format-8 feature-set field: both stages read Brown-cluster path prefixes (<see cref="BrownClusters.Default"/>, a resource beside the model, like the word classes).</summary>
    private const int FeatureBrown = 8;

    public static EntityTagger Load(string path) => ModelFile.Load(path, Kind, 6, Version, (r, version) =>
    {
        var types = ModelFile.ReadStrings(r);
        var vocab = new HashSet<string>(ModelFile.ReadStrings(r), StringComparer.Ordinal);
        var known = new HashSet<string>(ModelFile.ReadStrings(r), StringComparer.OrdinalIgnoreCase);
        var model = LinearModel.Read(r);
        var stage2 = version >= 7 && r.ReadBoolean() ? LinearModel.Read(r) : null;
        int featureSet = version >= 8 ? r.ReadInt32() : 0;
        if ((featureSet & ~(FeatureRunCues | FeatureLexicon | FeatureNameHeads | FeatureBrown)) != 0) throw new InvalidDataException($"Unknown entity-tagger feature set {featureSet}.");
        var lexicon = (featureSet & FeatureLexicon) != 0 ? NerLexicon.Read(r) : null;
        var nameHeads = (featureSet & FeatureNameHeads) != 0 ? NerNameHeads.Read(r) : null;
        return new EntityTagger(types, model, vocab, known, NerGazetteer.Default, stage2, (featureSet & FeatureRunCues) != 0, lexicon, nameHeads,
            (featureSet & FeatureBrown) != 0 ? BrownClusters.Default : null);
    });
}
