using Parley.Nlp.Learning;

namespace Parley.Nlp.Entities;

/// <summary>Trains an <see cref="EntityTagger"/> from gold mentions; deterministic for a given seed and input order.</summary>
public static class EntityTaggerTrainer
{
    /// <summary>A lower-case word must occur this often in training to mark its capitalised form as a common word.</summary>
    private const int LowerVocabMinCount = 2;

    /// <summary>A word must occur this often (in any case) to keep a word feature of its own; rarer words share one "rare" value.</summary>
    private const int KnownMinCount = 4;

    /// <param name="upos">Per sentence, the UPOS tags the tagger predicts for its words (the same tags the model will see when it runs).</param>
    public static EntityTagger Train(IReadOnlyList<NerSentence> sentences, IReadOnlyList<string[]> upos, int epochs, ulong seed, Action<string>? progress = null)
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
        var first = new AveragedPerceptron(classes);
        var model = new AveragedPerceptron(classes);
        var lookup = lowerVocab.GetAlternateLookup<ReadOnlySpan<char>>();
        var rng = new SplitMix(seed);
        var order = Enumerable.Range(0, data.Length).ToArray();
        var fx = new NerFeatures();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            long words = 0, right = 0;
            foreach (int s in order)
            {
                var (forms, tags, gold) = data[s];
                fx.Prepare(forms, tags, classes, lookup, knownLookup, gazetteer, WordClusters.Default);
                for (int i = 0; i < forms.Length; i++)
                {
                    var features = fx.Extract(i, second: false);
                    first.Score(features, fx.Scores);
                    int guess = EntityTagger.ArgMax(fx.Scores.AsSpan(0, classes));
                    first.Update(features, gold[i], guess);
                    first.Tick();
                    fx.First[i + NerFeatures.Pad] = EntityTagger.Allowed(guess, fx.First[i + NerFeatures.Pad - 1]);
                }
                for (int i = 0; i < forms.Length; i++)
                {
                    var features = fx.Extract(i, second: true);
                    model.Score(features, fx.Scores);
                    int guess = EntityTagger.ArgMax(fx.Scores.AsSpan(0, classes));
                    model.Update(features, gold[i], guess);
                    model.Tick();
                    if (guess == gold[i]) right++;
                    fx.Labels[i + NerFeatures.Pad] = EntityTagger.Allowed(guess, fx.Labels[i + NerFeatures.Pad - 1]);
                }
                words += forms.Length;
            }
            progress?.Invoke($"ner epoch {epoch + 1}/{epochs}: train label accuracy {100.0 * right / words:F2}");
        }
        return new EntityTagger(types, first.Freeze(), model.Freeze(), lowerVocab, known, gazetteer);
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
