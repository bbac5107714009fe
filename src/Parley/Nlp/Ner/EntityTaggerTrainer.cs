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
    public static EntityTagger Train(IReadOnlyList<NerSentence> sentences, IReadOnlyList<string[]> upos, int epochs, IReadOnlyList<ulong> seeds, Action<string>? progress = null)
    {
        var types = sentences.SelectMany(s => s.Spans).Select(s => s.Type).Where(t => t != EntityTypes.Norp).Distinct().Order(StringComparer.Ordinal).ToArray();
        var typeId = types.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var lowerVocab = sentences.SelectMany(s => s.Words).Where(w => w.Length > 0 && char.IsLower(w[0]))
            .CountBy(w => w).Where(kv => kv.Value >= LowerVocabMinCount).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var known = sentences.SelectMany(s => s.Words).CountBy(w => w.ToLowerInvariant())
            .Where(kv => kv.Value >= KnownMinCount).Select(kv => kv.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var knownLookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        var gazetteer = NerGazetteer.Default;
        var data = sentences.Select((s, k) => (s.Words, Upos: upos[k], Gold: Labels(s, typeId))).ToArray();
        int classes = 1 + EntityTagger.Parts * types.Length;
        var lookup = lowerVocab.GetAlternateLookup<ReadOnlySpan<char>>();
        var keys = new HashSet<uint>();
        var models = seeds.Select(seed => TrainOne(data, classes, lookup, knownLookup, gazetteer, epochs, seed, keys, progress)).ToArray();
        if (models.Length == 1) return new EntityTagger(types, models[0], lowerVocab, known, gazetteer);
        var ordered = keys.Order().ToArray();
        var weights = new float[ordered.Length * classes];
        var row = new float[classes];
        for (int r = 0; r < ordered.Length; r++)
            foreach (var m in models)
            {
                m.Score([ordered[r]], row);
                for (int c = 0; c < classes; c++) weights[r * classes + c] += row[c] / models.Length;
            }
        return new EntityTagger(types, LinearModel.Quantize(classes, ordered, weights), lowerVocab, known, gazetteer);
    }

    private static LinearModel TrainOne((string[] Words, string[] Upos, int[] Gold)[] data, int classes, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> knownLookup, NerGazetteer gazetteer, int epochs, ulong seed, HashSet<uint> keys, Action<string>? progress)
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
                var (forms, tags, gold) = data[s];
                int n = forms.Length;
                if (n == 0) continue;
                fx.Prepare(forms, tags, classes, lookup, knownLookup, gazetteer, WordClusters.Default);
                for (int p = 0; p <= classes; p++)
                    model.Score([EntityTagger.TransitionFeature(p)], transitions.AsSpan(p * classes, classes));
                features.Clear();
                for (int i = 0; i < n; i++)
                {
                    var f = fx.Extract(i).ToArray();
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
