using Parley.Nlp.Learning;

namespace Parley.Nlp.Entities;

/// <summary>Trains an <see cref="EntityTagger"/> from gold mentions; deterministic for a given seed and input order.</summary>
public static class EntityTaggerTrainer
{
    /// <summary>A lower-case word must occur this often in training to mark its capitalised form as a common word.</summary>
    private const int LowerVocabMinCount = 2;

    /// <summary>A word must occur this often (in any case) to keep a word feature of its own; rarer words share one "rare" value.</summary>
    private const int KnownMinCount = 3;

    /// <param name="upos">Per sentence, the UPOS tags the tagger predicts for its words (the same tags the model will see when it runs).</param>
    public static EntityTagger Train(IReadOnlyList<NerSentence> sentences, IReadOnlyList<string[]> upos, int epochs, ulong seed, Action<string>? progress = null) =>
        Train(sentences, upos, epochs, [seed], progress);

    /// <summary>
    /// Trains one model per seed (each sees the sentences in its own shuffled order) and averages their weights: the
    /// linear scores of the average are the mean of the models' scores, so this is an ensemble at the cost of one model,
    /// and it does not depend on one lucky or unlucky order.
    /// </summary>
    /// <param name="runCues">Whether the words of a capitalised run also see the run's first and last words (<see cref="NerFeatures.RunCues"/>).</param>
    /// <param name="nameHeads">The name-word table whose features the model reads (<see cref="NerNameHeads"/>), or null.</param>
    public static EntityTagger Train(IReadOnlyList<NerSentence> sentences, IReadOnlyList<string[]> upos, int epochs, IReadOnlyList<ulong> seeds, Action<string>? progress = null, bool runCues = false, NerNameHeads? nameHeads = null, BrownClusters? brown = null)
    {
        var types = sentences.SelectMany(s => s.Spans).Select(s => s.Type).Where(t => t != EntityTypes.Norp).Distinct().Order(StringComparer.Ordinal).ToArray();
        var lowerVocab = LowerVocab(sentences);
        var known = Known(sentences);
        var model = TrainModel(sentences, upos, null, types, lowerVocab, known, epochs, seeds, progress, runCues, nameHeads, brown);
        return new EntityTagger(types, model, lowerVocab, known, NerGazetteer.Default, runCues: runCues, nameHeads: nameHeads, brown: brown);
    }

    /// <summary>
    /// A stacked tagger (Ratinov &amp; Roth 2009): the first stage is <see cref="Train(IReadOnlyList{NerSentence}, IReadOnlyList{string[]}, int, IReadOnlyList{ulong}, Action{string})"/>
    /// on all sentences; the second stage learns from the first stage's labels as extra features
    /// (<see cref="NerFeatures.ExtractStacked"/>). Those labels come from jack-knifing: the documents (runs of sentences
    /// with one <see cref="NerSentence.Document"/> number) are dealt into <paramref name="folds"/> folds in turn, and each
    /// fold is labelled by a first stage trained on the other folds, so the second stage trains on labels as noisy as the
    /// ones it will meet on unseen text.
    /// </summary>
    /// <param name="unlabelled">Unlabelled sentences with their tagger UPOS from which the first stage's learned entity lexicon is built (<see cref="NerLexicon"/>), or null for none.</param>
    public static EntityTagger TrainStacked(IReadOnlyList<NerSentence> sentences, IReadOnlyList<string[]> upos, int epochs, IReadOnlyList<ulong> seeds, int folds, Action<string>? progress = null, bool runCues = false,
        (IReadOnlyList<string[]> Words, IReadOnlyList<string[]> Upos)? unlabelled = null, NerNameHeads? nameHeads = null, BrownClusters? brown = null)
    {
        var first = Train(sentences, upos, epochs, seeds, progress, runCues, nameHeads, brown);
        var lexicon = unlabelled is { } text ? NerLexicon.Build(first, text.Words, text.Upos) : null;
        if (lexicon is not null) progress?.Invoke($"ner lexicon: {lexicon.Count} capitalised words seen {NerLexicon.MinCount}+ times in {unlabelled!.Value.Words.Count} unlabelled sentences");
        var documents = DocumentRuns(sentences);
        var labels = new int[sentences.Count][];
        for (int k = 0; k < folds; k++)
        {
            var held = Enumerable.Range(0, documents.Count).Where(d => d % folds == k).ToHashSet();
            var trainIdx = Enumerable.Range(0, documents.Count).Where(d => !held.Contains(d)).SelectMany(d => Enumerable.Range(documents[d].Start, documents[d].Count)).ToArray();
            var fold = Train([.. trainIdx.Select(i => sentences[i])], [.. trainIdx.Select(i => upos[i])], epochs, seeds, runCues: runCues, nameHeads: nameHeads, brown: brown);
            if (!fold.Types.SequenceEqual(first.Types)) throw new InvalidOperationException($"Jack-knife fold {k + 1} lacks an entity type of the training data.");
            foreach (int d in held)
                for (int s = documents[d].Start; s < documents[d].Start + documents[d].Count; s++)
                    labels[s] = fold.FirstStageLabels(sentences[s].Words, upos[s]);
            progress?.Invoke($"ner stacking: fold {k + 1}/{folds} labelled by a first stage trained on {trainIdx.Length} sentences");
        }
        var stack = new StackInfo[sentences.Count];
        foreach (var (start, count) in documents)
        {
            var info = StackInfo.ForDocument([.. sentences.Skip(start).Take(count).Select(x => x.Words)], labels[start..(start + count)], first.Types.Count, lexicon);
            info.CopyTo(stack, start);
        }
        return first.WithStage2(TrainModel(sentences, upos, stack, [.. first.Types], LowerVocab(sentences), Known(sentences), epochs, seeds, progress, runCues, nameHeads, brown), lexicon);
    }

    /// <summary>Lower-case words seen at least <see cref="LowerVocabMinCount"/> times: their capitalised forms are common words.</summary>
    private static HashSet<string> LowerVocab(IReadOnlyList<NerSentence> sentences) => sentences.SelectMany(s => s.Words).Where(w => w.Length > 0 && char.IsLower(w[0]))
        .CountBy(w => w).Where(kv => kv.Value >= LowerVocabMinCount).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words (any case) seen at least <see cref="KnownMinCount"/> times, which keep a word feature of their own.</summary>
    private static HashSet<string> Known(IReadOnlyList<NerSentence> sentences) => sentences.SelectMany(s => s.Words).CountBy(w => w.ToLowerInvariant())
        .Where(kv => kv.Value >= KnownMinCount).Select(kv => kv.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The runs of consecutive sentences with one document number, as (first sentence, count).</summary>
    internal static List<(int Start, int Count)> DocumentRuns(IReadOnlyList<NerSentence> sentences)
    {
        var runs = new List<(int Start, int Count)>();
        for (int a = 0, b; a < sentences.Count; a = b)
        {
            for (b = a + 1; b < sentences.Count && sentences[b].Document == sentences[a].Document;) b++;
            runs.Add((a, b - a));
        }
        return runs;
    }

    /// <summary>One model per seed on the given features (first stage, or second when <paramref name="stack"/> is given), weights averaged and quantized.</summary>
    private static LinearModel TrainModel(IReadOnlyList<NerSentence> sentences, IReadOnlyList<string[]> upos, StackInfo[]? stack, string[] types,
        HashSet<string> lowerVocab, HashSet<string> known, int epochs, IReadOnlyList<ulong> seeds, Action<string>? progress, bool runCues, NerNameHeads? nameHeads = null, BrownClusters? brown = null)
    {
        var typeId = types.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var knownLookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        var gazetteer = NerGazetteer.Default;
        var data = sentences.Select((s, k) => (s.Words, Upos: upos[k], Gold: Labels(s, typeId), Stack: stack?[k])).ToArray();
        int classes = 1 + EntityTagger.Parts * types.Length;
        var lookup = lowerVocab.GetAlternateLookup<ReadOnlySpan<char>>();
        var keys = new HashSet<uint>();
        var models = seeds.Select(seed => TrainOne(data, classes, lookup, knownLookup, gazetteer, epochs, seed, keys, progress, runCues, nameHeads, brown)).ToArray();
        if (models.Length == 1) return models[0];
        var ordered = keys.Order().ToArray();
        var weights = new float[ordered.Length * classes];
        var row = new float[classes];
        for (int r = 0; r < ordered.Length; r++)
            foreach (var m in models)
            {
                m.Score([ordered[r]], row);
                for (int c = 0; c < classes; c++) weights[r * classes + c] += row[c] / models.Length;
            }
        return LinearModel.Quantize(classes, ordered, weights);
    }

    private static LinearModel TrainOne((string[] Words, string[] Upos, int[] Gold, StackInfo? Stack)[] data, int classes, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> knownLookup, NerGazetteer gazetteer, int epochs, ulong seed, HashSet<uint> keys, Action<string>? progress, bool runCues, NerNameHeads? nameHeads, BrownClusters? brown)
    {
        var model = new AveragedPerceptron(classes);
        var rng = new SplitMix(seed);
        var order = Enumerable.Range(0, data.Length).ToArray();
        var fx = new NerFeatures();
        var transitions = new float[(classes + 1) * classes];
        var features = new List<uint[]>();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            long words = 0, right = 0;
            foreach (int s in order)
            {
                var (forms, tags, gold, stack) = data[s];
                int n = forms.Length;
                if (n == 0) continue;
                fx.Prepare(forms, tags, classes, lookup, knownLookup, gazetteer, WordClusters.Default, runCues);
                fx.PrepareHeads(forms, nameHeads);
                fx.PrepareBrown(forms, brown);
                for (int p = 0; p <= classes; p++)
                    model.Score([EntityTagger.TransitionFeature(p)], transitions.AsSpan(p * classes, classes));
                features.Clear();
                for (int i = 0; i < n; i++)
                {
                    var f = (stack is null ? fx.Extract(i) : fx.ExtractStacked(i, stack)).ToArray();
                    features.Add(f);
                    model.Score(f, fx.Emissions.AsSpan(i * classes, classes));
                }
                EntityTagger.Decode(fx.Emissions, n, classes, transitions, fx.Best, fx.Back, fx.Labels);
                // Structured update: every word whose label is wrong moves its features' weight to the gold label, and
                // every wrong label pair moves transition weight to the gold pair.
                for (int i = 0; i < n; i++)
                {
                    int guess = fx.Labels[i];
                    if (guess == gold[i]) right++;
                    else
                    {
                        model.Update(features[i], gold[i], guess);
                        keys.UnionWith(features[i]);
                    }
                    int goldPrevious = i == 0 ? classes : gold[i - 1], guessPrevious = i == 0 ? classes : fx.Labels[i - 1];
                    if (goldPrevious == guessPrevious && guess == gold[i]) continue;
                    model.Add([EntityTagger.TransitionFeature(goldPrevious)], gold[i], 1f);
                    model.Add([EntityTagger.TransitionFeature(guessPrevious)], guess, -1f);
                    keys.Add(EntityTagger.TransitionFeature(goldPrevious));
                    keys.Add(EntityTagger.TransitionFeature(guessPrevious));
                }
                model.Tick();
                words += n;
            }
            progress?.Invoke($"ner seed {seed} epoch {epoch + 1}/{epochs}: train label accuracy {100.0 * right / words:F2}");
        }
        return model.Freeze();
    }

    private static int[] Labels(NerSentence s, Dictionary<string, int> typeId)
    {
        var labels = new int[s.Words.Length];
        foreach (var span in s.Spans)
        {
            // NORP is not learned: EntityTagger.WithNorp assigns it from the gazetteer, so its words are O here.
            if (!typeId.TryGetValue(span.Type, out int t)) continue;
            if (span.End - span.Start == 1)
            {
                labels[span.Start] = EntityTagger.Label(t, EntityTagger.U);
                continue;
            }
            labels[span.Start] = EntityTagger.Label(t, EntityTagger.B);
            for (int i = span.Start + 1; i < span.End - 1; i++) labels[i] = EntityTagger.Label(t, EntityTagger.I);
            labels[span.End - 1] = EntityTagger.Label(t, EntityTagger.L);
        }
        return labels;
    }
}
