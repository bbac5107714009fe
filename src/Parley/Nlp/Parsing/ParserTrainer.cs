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
    /// <param name="clusters">Word classes for the transition features (format v7), or null for the classic templates.</param>
    public static DependencyParser Train(IReadOnlyList<ConlluSentence> sentences, int epochs, ulong seed, double explore = 0.9, Action<string>? progress = null,
        ParserClusters? clusters = null)
    {
        var (labels, root, data) = Prepare(sentences, progress);

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
                fx.Prepare(words, upos, xpos, clusters);
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
        return new DependencyParser(labels, transitions.Freeze(), labeler.Freeze(), clusters: clusters);
    }

    private static (string[] Labels, int Root, List<(string[] Words, string[] Upos, string[] Xpos, int[] Heads, int[] Labels)> Data) Prepare(IReadOnlyList<ConlluSentence> sentences, Action<string>? progress)
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

        return (labels, root, data);
    }

    /// <summary>
    /// Trains a beam-search parser with a global (structured) averaged perceptron and max-violation updates
    /// (Huang et al. 2012): each sentence is decoded with a beam of <paramref name="width"/> while the canonical gold
    /// derivation is followed alongside; the update is made at the step where the best item leads the gold
    /// prefix by the most. The arc labeller is trained locally on the gold derivation's arcs.
    /// </summary>
    public static DependencyParser TrainBeam(IReadOnlyList<ConlluSentence> sentences, int epochs, ulong seed, int width, Action<string>? progress = null, Action<int, DependencyParser>? afterEpoch = null)
    {
        var (labels, root, data) = Prepare(sentences, progress);
        var transitions = new AveragedPerceptron(ParserState.ActionCount);
        var labeler = new AveragedPerceptron(labels.Length);
        var fx = new ParserFeatures { Scores = new float[Math.Max(labels.Length, 8)] };
        var labelScores = new float[labels.Length];
        var gold = new ParserState();
        var beam = new BeamSearch();
        beam.Resize(width);
        var goldFeatures = new List<uint>();
        var goldStarts = new List<int>();
        var goldActions = new List<int>();
        var goldScores = new List<float>();
        Action<ReadOnlySpan<uint>, float[]> score = (f, scores) => transitions.Score(f, scores);
        Func<ParserState, int, int> label = (st, action) =>
        {
            var (head, dep) = st.ArcOf(action);
            if (head == 0) return root;
            labeler.Score(fx.ExtractLabel(st, head, dep), labelScores);
            return DependencyParser.BestLabel(labelScores, root);
        };
        var rng = new SplitMix(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        Span<float> scratch = stackalloc float[8];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            long arcs = 0, rightHeads = 0, updates = 0, early = 0;
            foreach (int index in order)
            {
                var (words, upos, xpos, heads, goldLabels) = data[index];
                fx.Prepare(words, upos, xpos);
                gold.CopyFrom(fx.State);
                beam.Start(fx);
                goldFeatures.Clear(); goldStarts.Clear(); goldActions.Clear(); goldScores.Clear();
                float goldScore = 0, maxViolation = float.NegativeInfinity;
                int maxStep = -1, maxNode = -1, step = 0;
                while (!gold.Terminal)
                {
                    int action = GoldAction(gold, heads);
                    var features = fx.ExtractTransition(gold);
                    goldStarts.Add(goldFeatures.Count);
                    foreach (uint f in features) goldFeatures.Add(f);
                    goldActions.Add(action);
                    transitions.Score(features, fx.Scores);
                    goldScore += fx.Scores[action];
                    int lab = -1;
                    if (action != ParserState.Shift)
                    {
                        var (head, dep) = gold.ArcOf(action);
                        if (head == 0) lab = root;
                        else
                        {
                            var lf = fx.ExtractLabel(gold, head, dep);
                            labeler.Score(lf, labelScores);
                            labeler.Update(lf, goldLabels[dep], DependencyParser.BestLabel(labelScores, root));
                            labeler.Tick();
                            lab = goldLabels[dep];
                        }
                    }
                    gold.Apply(action, lab);

                    beam.Step(fx, score, label, action, record: true);
                    step++;
                    if (!beam.ItemGold[0])
                    {
                        float violation = beam.ItemScore[0] - goldScore;
                        if (violation >= maxViolation)
                        {
                            maxViolation = violation;
                            maxStep = step;
                            maxNode = beam.ItemNode[0];
                        }
                    }
                }
                var best = beam.Item(0);
                for (int i = 1; i < heads.Length; i++)
                    if (best.Heads[i] == heads[i]) rightHeads++;
                arcs += heads.Length - 1;
                if (maxStep > 0)
                {
                    updates++;
                    if (maxStep < goldActions.Count) early++;
                    for (int t = 0; t < maxStep; t++)
                    {
                        int start = goldStarts[t], end = t + 1 < goldStarts.Count ? goldStarts[t + 1] : goldFeatures.Count;
                        transitions.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(goldFeatures)[start..end], goldActions[t], 1f);
                    }
                    for (int node = maxNode; node >= 0; node = beam.NodeParent[node])
                        transitions.Add(beam.FeaturePool.AsSpan(beam.NodeFeatStart[node], beam.NodeFeatCount[node]), beam.NodeAction[node], -1f);
                }
                transitions.Tick();
            }
            progress?.Invoke($"beam-{width} parser epoch {epoch + 1}/{epochs}: train UAS {100.0 * rightHeads / arcs:F2}, updates {updates} ({early} before the end), rows {transitions.Rows}+{labeler.Rows}");
            if (afterEpoch is not null && epoch + 1 < epochs) afterEpoch(epoch + 1, new DependencyParser(labels, transitions.Freeze(), labeler.Freeze(), width));
        }
        return new DependencyParser(labels, transitions.Freeze(), labeler.Freeze(), width);
    }

    /// <summary>Canonical gold action from a configuration where the gold tree is still reachable: arcs as early as possible.</summary>
    internal static int GoldAction(ParserState st, ReadOnlySpan<int> gold)
    {
        if (st.IsValid(ParserState.Left) && ArcHybridOracle.Cost(st, ParserState.Left, gold) == 0) return ParserState.Left;
        if (st.IsValid(ParserState.Right) && ArcHybridOracle.Cost(st, ParserState.Right, gold) == 0) return ParserState.Right;
        return ParserState.Shift;
    }
}
