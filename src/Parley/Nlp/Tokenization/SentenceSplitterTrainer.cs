using Parley.Documents;

namespace Parley.Nlp.Tokenization;

/// <summary>
/// Learns a <see cref="SentenceModel"/>: an averaged perceptron over the boundaries the tokenizer finds in
/// raw text whose gold sentence ends are known (the treebanks' reconstructed text). Deterministic: the same
/// texts, tokenizer and epochs give the same model, bit for bit.
/// </summary>
public static class SentenceSplitterTrainer
{
    /// <summary>One training text: its paragraphs (regions) and the character offsets where gold sentences end.</summary>
    public sealed record TrainingText(string Text, IReadOnlyList<Span> Paragraphs, IReadOnlyList<int> SentenceEnds);

    /// <param name="runs">How many perceptrons to train, each visiting the paragraphs in its own seeded orders; the
    /// model is the mean of their averaged weights (still one linear model). One run depends on the visiting order
    /// enough to move EWT dev sentence F1 by ±0.3; the mean of several is steadier.</param>
    public static SentenceModel Train(Tokenizer tokenizer, IReadOnlyList<TrainingText> texts, int epochs = 6, float minWeight = 0.05f, int runs = 1)
    {
        var examples = new List<(SentenceFeatures Features, TokenStream Stream, sbyte[] Labels)>();
        foreach (var text in texts)
        {
            var stream = tokenizer.Scan(text.Text, text.Paragraphs);
            var ends = new HashSet<int>(text.SentenceEnds);
            var labels = new sbyte[stream.Count];
            for (int t = 0; t < stream.Count; t++)
                labels[t] = ends.Contains(stream.TokenEnds[t]) ? (sbyte)1 : (sbyte)-1;
            examples.Add((new SentenceFeatures(stream), stream, labels));
        }

        // Paragraphs are visited in a new seeded order each epoch: the averaged perceptron then depends much
        // less on the order of the corpora, and training stays deterministic.
        var paragraphs = new List<(int Example, int First, int End)>();
        for (int e = 0; e < examples.Count; e++)
        {
            var stream = examples[e].Stream;
            for (int t = 0, first = 0; t < stream.Count; t++)
                if (t + 1 == stream.Count || stream.Gaps[t + 1] == TokenStream.GapParagraph)
                {
                    paragraphs.Add((e, first, t + 1));
                    first = t + 1;
                }
        }

        var sum = new Dictionary<ulong, double>();
        for (int run = 0; run < runs; run++)
            foreach (var (key, w) in TrainRun(examples, paragraphs, epochs, run))
                sum[key] = sum.GetValueOrDefault(key) + w;
        var averaged = new List<KeyValuePair<ulong, float>>(sum.Count);
        foreach (var (key, total) in sum.OrderBy(p => p.Key))
        {
            float avg = (float)(total / runs);
            if (Math.Abs(avg) >= minWeight * 1e-3f) averaged.Add(new(key, avg));
        }
        return new SentenceModel(averaged);
    }

    /// <summary>One averaged perceptron; run 0 visits the paragraphs in the orders of seeds 1…epochs, run r in those
    /// of seeds 1000·r + 1….</summary>
    private static List<KeyValuePair<ulong, double>> TrainRun(
        List<(SentenceFeatures Features, TokenStream Stream, sbyte[] Labels)> examples,
        List<(int Example, int First, int End)> paragraphs, int epochs, int run)
    {
        var weights = new Dictionary<ulong, (double W, double Total, int Stamp)>();
        int step = 0;
        Span<ulong> buffer = stackalloc ulong[SentenceFeatures.MaxFeatures];
        var order = new int[paragraphs.Count];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            for (int i = 0; i < order.Length; i++) order[i] = i;
            new Random(1000 * run + epoch + 1).Shuffle(order);
            foreach (int p in order)
            {
                var (e, first, end) = paragraphs[p];
                var (features, _, labels) = examples[e];
                int sentenceStart = first;
                for (int t = first; t + 1 < end; t++)
                {
                    step++;
                    int n = features.Extract(t, sentenceStart, buffer);
                    double score = 0;
                    for (int k = 0; k < n; k++)
                        if (weights.TryGetValue(buffer[k], out var w)) score += w.W;
                    int gold = labels[t];
                    int predicted = score > 0 ? 1 : -1;
                    if (predicted != gold)
                    {
                        for (int k = 0; k < n; k++)
                        {
                            weights.TryGetValue(buffer[k], out var w);
                            double total = w.Total + (step - w.Stamp) * w.W;
                            weights[buffer[k]] = (w.W + gold, total, step);
                        }
                    }
                    if (gold > 0) sentenceStart = t + 1; // gold history while training
                }
            }
        }
        var averaged = new List<KeyValuePair<ulong, double>>(weights.Count);
        foreach (var (key, w) in weights.OrderBy(p => p.Key))
            averaged.Add(new(key, (w.Total + (step - w.Stamp) * w.W) / step));
        return averaged;
    }
}
