using Parley.Nlp.Conllu;
using Parley.Nlp.Learning;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Trains a <see cref="DependencyParser"/> with the arc-hybrid dynamic oracle: the first epoch follows the
/// oracle; later epochs follow the parser's own prediction with probability <c>explore</c> (Goldberg &amp; Nivre 2012),
/// updating toward the best-scoring zero-cost action. Non-projective sentences are skipped. The parser learns
/// from whatever UPOS/XPOS the sentences carry: pass tagger output (jack-knifed) so training matches use.
/// </summary>
public static class ParserTrainer
{
    public static DependencyParser Train(IReadOnlyList<ConlluSentence> sentences, int epochs, ulong seed, double explore = 0.9, Action<string>? progress = null)
    {
        var labels = sentences.SelectMany(s => s.Words).Select(w => w.Deprel).Append("root").Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelId = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        int root = labelId["root"];
        var data = new List<(string[] Words, string[] Upos, string[] Xpos, int[] Heads, int[] Labels)>();
        int skipped = 0;
        foreach (var s in sentences)
        {
            var heads = new int[s.Words.Count + 1];
            var labs = new int[s.Words.Count + 1];
            for (int i = 0; i < s.Words.Count; i++)
            {
                heads[i + 1] = s.Words[i].Head;
                labs[i + 1] = labelId[s.Words[i].Deprel];
            }
            if (!ArcHybridOracle.IsProjective(heads) || heads.Skip(1).Count(h => h == 0) != 1)
            {
                skipped++;
                continue;
            }
            data.Add(([.. s.Words.Select(w => w.Form)], [.. s.Words.Select(w => w.Upos)], [.. s.Words.Select(w => w.Xpos)], heads, labs));
        }
        progress?.Invoke($"parser: {data.Count} training sentences, {skipped} non-projective or multi-rooted skipped, {labels.Length} labels");

        var transitions = new AveragedPerceptron(ParserState.ActionCount);
        var labeler = new AveragedPerceptron(labels.Length);
        var fx = new ParserFeatures { Scores = new float[Math.Max(labels.Length, 8)] };
        var labelScores = new float[labels.Length];
        var rng = new SplitMix(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        Span<int> costs = stackalloc int[ParserState.ActionCount];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            long arcs = 0, rightHeads = 0, rightLabels = 0;
            foreach (int index in order)
            {
                var (words, upos, xpos, gold, goldLabels) = data[index];
                fx.Prepare(words, upos, xpos);
                var st = fx.State;
                while (!st.Terminal)
                {
                    var features = fx.ExtractTransition();
                    transitions.Score(features, fx.Scores);
                    int minCost = int.MaxValue;
                    for (int a = 0; a < ParserState.ActionCount; a++)
                    {
                        costs[a] = st.IsValid(a) ? ArcHybridOracle.Cost(st, a, gold) : int.MaxValue;
                        minCost = Math.Min(minCost, costs[a]);
                    }
                    int guess = DependencyParser.BestValid(st, fx.Scores);
                    int best = -1;
                    for (int a = 0; a < ParserState.ActionCount; a++)
                        if (costs[a] == minCost && (best < 0 || fx.Scores[a] > fx.Scores[best])) best = a;
                    if (costs[guess] > minCost) transitions.Update(features, best, guess);
                    transitions.Tick();
                    int next = epoch > 0 && rng.NextDouble() < explore ? guess : best;

                    int label = -1;
                    if (next != ParserState.Shift)
                    {
                        var (head, dep) = st.ArcOf(next);
                        if (head == 0)
                        {
                            label = root;
                        }
                        else
                        {
                            var lf = fx.ExtractLabel(head, dep);
                            labeler.Score(lf, labelScores);
                            label = DependencyParser.BestLabel(labelScores, root);
                            if (gold[dep] == head)
                            {
                                labeler.Update(lf, goldLabels[dep], label);
                                labeler.Tick();
                                if (label == goldLabels[dep]) rightLabels++;
                                label = goldLabels[dep];
                            }
                        }
                    }
                    st.Apply(next, label);
                }
                for (int i = 1; i < gold.Length; i++)
                    if (st.Heads[i] == gold[i]) rightHeads++;
                arcs += gold.Length - 1;
            }
            progress?.Invoke($"parser epoch {epoch + 1}/{epochs}: train UAS {100.0 * rightHeads / arcs:F2}, label accuracy on right arcs {100.0 * rightLabels / Math.Max(1, rightHeads):F2}, rows {transitions.Rows}+{labeler.Rows}");
        }
        return new DependencyParser(labels, transitions.Freeze(), labeler.Freeze());
    }
}
