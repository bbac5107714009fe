using System.Numerics;
using Parley.Nlp.Conllu;
using Parley.Nlp.Learning;

namespace Parley.Nlp.Parsing;

/// <summary>Hyper-parameters of <see cref="NeuralParserTrainer"/>.</summary>
public sealed record NeuralParserOptions
{
    public int Epochs { get; init; } = 3;
    public int Hidden { get; init; } = 256;
    public int WordDim { get; init; } = 64;
    public int TagDim { get; init; } = 32;
    public int LabelDim { get; init; } = 32;
    public int MiscDim { get; init; } = 16;
    public int BatchSize { get; init; } = 32;
    public float LearningRate { get; init; } = 0.001f;
    /// <summary>A word is kept in the vocabulary when seen this often; rarer words are their shape class.</summary>
    public int MinWordCount { get; init; } = 2;
    /// <summary>Word dropout: a training occurrence of a word seen c times becomes its shape class with probability α/(α+c).</summary>
    public float WordDropout { get; init; } = 0.25f;
    /// <summary>
    /// Frequent words whose hidden-layer products are precomputed (and stored in the file); rarer words are projected
    /// once per sentence. Decoding only, training does not depend on it. 1,000 gave the same EWT dev scores and parse
    /// speed as 2,000 (D3 ensemble, `nlp-cascade … pre=`), with half the rows to store and load.
    /// </summary>
    public int PrecomputedWords { get; init; } = 1000;
    /// <summary>0 = static oracle (canonical derivations); &gt; 0 = dynamic oracle, following the network's own prediction with this probability after epoch 1.</summary>
    public float Explore { get; init; }
    /// <summary>
    /// 0 = the network alone scores transitions; &gt; 0 = an ensemble: the perceptron parser's transition scores × this
    /// weight are added to the network's log-probabilities.
    /// </summary>
    public float PerceptronWeight { get; init; }
    /// <summary>Ensemble cascade: the network is only consulted when the weighted perceptron margin is below this (0 = always).</summary>
    public float CascadeMargin { get; init; }
    /// <summary>Dropout on the hidden layer during training (inverted scaling; 0 = none).</summary>
    public float HiddenDropout { get; init; }
    public ulong Seed { get; init; } = 20251;
    /// <summary>
    /// Parameter averaging: decoding uses an exponential moving average of the weights with this decay per Adam step
    /// (bias-corrected early on as min(decay, (1+t)/(10+t))); 0 = the last weights.
    /// </summary>
    public float AverageDecay { get; init; }
    /// <summary>Learning-rate schedule: epoch e (from 0) trains at <see cref="LearningRate"/> × this^e; 1 = constant.</summary>
    public float LearningRateDecay { get; init; } = 1f;
    /// <summary>
    /// Networks in the ensemble: 1, or 2 = a second network of the same recipe trained with the next seed, whose
    /// log-probabilities are averaged with the first's (<see cref="DependencyParser.WithSecondNeural"/>). Used by
    /// <c>NlpModelTrainer</c>; <see cref="NeuralParserTrainer.Train"/> itself trains one network.
    /// </summary>
    public int Networks { get; init; } = 1;

    /// <summary>
    /// The configuration measured best on EWT dev (see models/english-ud/MODEL_CARD.md): dynamic oracle with exploration
    /// 0.9, hidden dropout 0.2, 3 epochs at a learning rate falling by 0.6 per epoch, decoding with the weights'
    /// moving average (decay 0.9998), combined with the perceptron (weight 0.03) behind a cascade margin of 2.4.
    /// </summary>
    public static NeuralParserOptions Ensemble { get; } = new() { Epochs = 3, Explore = 0.9f, HiddenDropout = 0.2f, AverageDecay = 0.9998f, LearningRateDecay = 0.6f, PerceptronWeight = 0.03f, CascadeMargin = 2.4f };

    /// <summary>
    /// <see cref="Ensemble"/> with a second network (the next seed), their log-probabilities averaged; the perceptron
    /// weight 0.02 and cascade margin 1.6 were chosen on EWT dev for the pair (see models/english-ud/MODEL_CARD.md).
    /// </summary>
    public static NeuralParserOptions TwoNetworks { get; } = Ensemble with { Networks = 2, PerceptronWeight = 0.02f, CascadeMargin = 1.6f };
}

/// <summary>
/// Trains a <see cref="NeuralTransitionScorer"/> on the canonical (static-oracle) arc-hybrid derivations of
/// projective training trees: softmax cross-entropy over the valid transitions, mini-batch Adam (lazy on
/// embedding rows), word dropout. Single-threaded with a fixed seed, so re-runs are byte-identical.
/// </summary>
public static class NeuralParserTrainer
{
    /// <summary>
    /// Trains the scorer and returns <paramref name="labeled"/>'s parser (its arc labeller and labels) with the
    /// neural transition scorer in place of the perceptron's transition model.
    /// </summary>
    public static DependencyParser Train(IReadOnlyList<ConlluSentence> sentences, DependencyParser labeled, NeuralParserOptions options, Action<string>? progress = null, Action<int, DependencyParser>? afterEpoch = null)
    {
        var labels = labeled.Labels;
        var labelId = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);

        // Vocabularies, most frequent first (the precomputed words are the first ids).
        var wordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var tagCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var w in s.Words)
            {
                var key = NeuralTransitionScorer.NormalizeWord(w.Form);
                wordCounts[key] = wordCounts.GetValueOrDefault(key) + 1;
                var tag = w.Upos + "|" + w.Xpos;
                tagCounts[tag] = tagCounts.GetValueOrDefault(tag) + 1;
            }
        var wordIds = wordCounts.Where(kv => kv.Value >= options.MinWordCount)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select((kv, i) => (kv.Key, Id: NeuralTransitionScorer.FirstWordId + i))
            .ToDictionary(p => p.Key, p => p.Id, StringComparer.Ordinal);
        var tagIds = tagCounts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select((kv, i) => (kv.Key, Id: NeuralTransitionScorer.FirstTagId + i))
            .ToDictionary(p => p.Key, p => p.Id, StringComparer.Ordinal);
        var net = new NeuralTransitionScorer(options.Hidden, [options.WordDim, options.TagDim, options.LabelDim, options.MiscDim], wordIds, tagIds, labels.Count, precomputedWords: options.PrecomputedWords);
        var countOf = new int[net.VocabSizes[NeuralTransitionScorer.WordGroup]];
        foreach (var (k, id) in wordIds) countOf[id] = wordCounts[k];

        // Training examples: slot ids, valid-action mask, gold action; shapes for word dropout.
        var ids = new List<int>();
        var shapes = new List<byte>();
        var masks = new List<byte>();
        var gold = new List<byte>();
        var st = new ParserState();
        int used = 0, skipped = 0;
        var slot = new int[NeuralTransitionScorer.Slots];
        var p = new int[NeuralTransitionScorer.Positions];
        foreach (var s in sentences)
        {
            if (Encode(net, s, labelId) is not var (wids, tids, shape, heads, labs))
            {
                skipped++;
                continue;
            }
            int n = s.Words.Count;
            used++;
            st.Init(n);
            while (!st.Terminal)
            {
                NeuralTransitionScorer.Extract(st, wids, tids, slot);
                NeuralTransitionScorer.PositionsOf(st, p);
                ids.AddRange(slot);
                for (int k = 0; k < NeuralTransitionScorer.Positions; k++) shapes.Add((byte)(p[k] < 0 ? 0 : shape[p[k]]));
                int mask = 0;
                for (int a = 0; a < ParserState.ActionCount; a++)
                    if (st.IsValid(a)) mask |= 1 << a;
                masks.Add((byte)mask);
                int action = ParserTrainer.GoldAction(st, heads);
                gold.Add((byte)action);
                int label = -1;
                if (action != ParserState.Shift) label = labs[st.ArcOf(action).Dep];
                st.Apply(action, label);
            }
        }
        int examples = gold.Count;
        progress?.Invoke($"neural parser: {used} sentences ({skipped} skipped), {examples} transitions, {wordIds.Count} words, {tagIds.Count} tags, input {net.InputDim}, hidden {net.Hidden}");

        var adam = new Adam(net, options.LearningRate, options.AverageDecay);
        var rng = new SplitMix(options.Seed);
        InitWeights(net, rng);
        adam.StartAverage();
        var order = Enumerable.Range(0, examples).ToArray();
        var idArray = ids.ToArray();
        var shapeArray = shapes.ToArray();
        int H = net.Hidden, S = NeuralTransitionScorer.Slots;
        var exIds = new int[S];
        var learner = new Learner(net, adam, options, rng);
        if (options.Explore > 0)
        {
            TrainExploring(net, sentences, labelId, countOf, learner, adam, options, rng, progress, afterEpoch is null ? null : (epoch, n) => afterEpoch(epoch, Combine(labeled, n, options)));
            adam.UseAverage();
            net.Precompute();
            return Combine(labeled, net, options);
        }
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            adam.LearningRate = options.LearningRate * MathF.Pow(options.LearningRateDecay, epoch);
            rng.Shuffle(order);
            double loss = 0;
            long right = 0;
            for (int start = 0; start < examples; start += options.BatchSize)
            {
                int end = Math.Min(examples, start + options.BatchSize);
                adam.ZeroGrad();
                for (int b = start; b < end; b++)
                {
                    int e = order[b];
                    Array.Copy(idArray, e * S, exIds, 0, S);
                    for (int k = 0; k < NeuralTransitionScorer.Positions; k++)
                    {
                        int id = exIds[k];
                        if (id >= NeuralTransitionScorer.FirstWordId && rng.NextDouble() < options.WordDropout / (options.WordDropout + countOf[id]))
                            exIds[k] = shapeArray[e * NeuralTransitionScorer.Positions + k];
                    }
                    loss += learner.Learn(exIds, masks[e], 1 << gold[e], out int guess);
                    if (guess == gold[e]) right++;
                }
                adam.Step(1f / (end - start));
            }
            progress?.Invoke($"neural parser epoch {epoch + 1}/{options.Epochs}: loss {loss / examples:F4}, train transition accuracy {100.0 * right / examples:F2}");
            if (afterEpoch is not null && epoch + 1 < options.Epochs)
            {
                var copy = Snapshot(adam.Averaged(net), options);
                afterEpoch(epoch + 1, Combine(labeled, copy, options));
            }
        }
        adam.UseAverage();
        net.Precompute();
        return Combine(labeled, net, options);
    }

    private static DependencyParser Combine(DependencyParser labeled, NeuralTransitionScorer net, NeuralParserOptions options) =>
        options.PerceptronWeight > 0 ? labeled.WithNeuralAndPerceptron(net, options.PerceptronWeight).WithCascade(options.CascadeMargin) : labeled.WithNeural(net);

    /// <summary>
    /// A training sentence as the network's ids (index 0 is the root), or null when it cannot be trained on: a relation
    /// outside the label set, a non-projective tree or more than one root.
    /// </summary>
    private static (int[] Words, int[] Tags, int[] Shapes, int[] Heads, int[] Labels)? Encode(NeuralTransitionScorer net, ConlluSentence s, Dictionary<string, int> labelId)
    {
        int n = s.Words.Count;
        var heads = new int[n + 1];
        var labs = new int[n + 1];
        var wids = new int[n + 1];
        var tids = new int[n + 1];
        var shape = new int[n + 1];
        wids[0] = tids[0] = NeuralTransitionScorer.RootId;
        bool ok = true;
        for (int i = 0; i < n; i++)
        {
            var w = s.Words[i];
            heads[i + 1] = w.Head;
            ok &= labelId.TryGetValue(w.Deprel, out labs[i + 1]);
            wids[i + 1] = net.WordId(w.Form);
            tids[i + 1] = net.TagId(w.Upos, w.Xpos);
            shape[i + 1] = NeuralTransitionScorer.ShapeId(w.Form);
        }
        return ok && ArcHybridOracle.IsProjective(heads) && heads.Skip(1).Count(h => h == 0) == 1 ? (wids, tids, shape, heads, labs) : null;
    }

    /// <summary>
    /// Dynamic-oracle training (Goldberg &amp; Nivre 2012; Kiperwasser &amp; Goldberg 2016): sentences are parsed with
    /// the current network; the loss raises the probability of the zero-cost transitions, and after the first epoch
    /// the parser follows its own prediction with probability <see cref="NeuralParserOptions.Explore"/>.
    /// </summary>
    private static void TrainExploring(NeuralTransitionScorer net, IReadOnlyList<ConlluSentence> sentences, Dictionary<string, int> labelId, int[] countOf, Learner learner, Adam adam, NeuralParserOptions options, SplitMix rng, Action<string>? progress, Action<int, NeuralTransitionScorer>? afterEpoch)
    {
        var data = new List<(int[] Words, int[] Tags, int[] Shapes, int[] Heads, int[] Labels)>();
        foreach (var s in sentences)
        {
            if (Encode(net, s, labelId) is { } encoded) data.Add(encoded);
        }
        var order = Enumerable.Range(0, data.Count).ToArray();
        var st = new ParserState();
        var ids = new int[NeuralTransitionScorer.Slots];
        var p = new int[NeuralTransitionScorer.Positions];
        Span<int> costs = stackalloc int[ParserState.ActionCount];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            adam.LearningRate = options.LearningRate * MathF.Pow(options.LearningRateDecay, epoch);
            rng.Shuffle(order);
            double loss = 0;
            long examples = 0, right = 0, arcs = 0, rightHeads = 0;
            int inBatch = 0;
            adam.ZeroGrad();
            foreach (int index in order)
            {
                var (wids, tids, shape, heads, labs) = data[index];
                st.Init(wids.Length - 1);
                while (!st.Terminal)
                {
                    NeuralTransitionScorer.Extract(st, wids, tids, ids);
                    NeuralTransitionScorer.PositionsOf(st, p);
                    for (int k = 0; k < NeuralTransitionScorer.Positions; k++)
                    {
                        int id = ids[k];
                        if (id >= NeuralTransitionScorer.FirstWordId && rng.NextDouble() < options.WordDropout / (options.WordDropout + countOf[id]))
                            ids[k] = shape[p[k]];
                    }
                    int valid = 0, minCost = int.MaxValue;
                    for (int a = 0; a < ParserState.ActionCount; a++)
                    {
                        costs[a] = st.IsValid(a) ? ArcHybridOracle.Cost(st, a, heads) : int.MaxValue;
                        if (costs[a] != int.MaxValue) valid |= 1 << a;
                        minCost = Math.Min(minCost, costs[a]);
                    }
                    int target = 0;
                    for (int a = 0; a < ParserState.ActionCount; a++)
                        if (costs[a] == minCost) target |= 1 << a;
                    loss += learner.Learn(ids, valid, target, out int guess);
                    examples++;
                    if ((target & (1 << guess)) != 0) right++;
                    if (++inBatch == options.BatchSize)
                    {
                        adam.Step(1f / inBatch);
                        adam.ZeroGrad();
                        inBatch = 0;
                    }
                    int best = -1;
                    for (int a = 0; a < ParserState.ActionCount; a++)
                        if ((target & (1 << a)) != 0 && (best < 0 || learner.Logits[a] > learner.Logits[best])) best = a;
                    int next = epoch > 0 && rng.NextDouble() < options.Explore ? guess : best;
                    int label = -1;
                    if (next != ParserState.Shift)
                    {
                        int dep = st.ArcOf(next).Dep;
                        label = labs[dep];
                    }
                    st.Apply(next, label);
                }
                for (int i = 1; i < heads.Length; i++)
                    if (st.Heads[i] == heads[i]) rightHeads++;
                arcs += heads.Length - 1;
            }
            if (inBatch > 0) adam.Step(1f / inBatch);
            progress?.Invoke($"neural parser epoch {epoch + 1}/{options.Epochs} (explore {options.Explore}): loss {loss / examples:F4}, train transition accuracy {100.0 * right / examples:F2}, train UAS {100.0 * rightHeads / arcs:F2}");
            if (afterEpoch is not null && epoch + 1 < options.Epochs) afterEpoch(epoch + 1, Snapshot(adam.Averaged(net), options));
        }
    }

    /// <summary>One example's forward and backward pass, gradients accumulated into the optimiser's buffers.</summary>
    private sealed class Learner(NeuralTransitionScorer net, Adam adam, NeuralParserOptions options, SplitMix rng)
    {
        private readonly float[] _x = new float[net.InputDim], _h = new float[net.Hidden], _dh = new float[net.Hidden], _dx = new float[net.InputDim];
        private readonly float[] _z = new float[ParserState.ActionCount];
        public readonly float[] Logits = new float[ParserState.ActionCount];

        /// <summary>Returns −log of the probability of the <paramref name="targetMask"/> actions (among the valid ones); <paramref name="guess"/> is the best valid action.</summary>
        public double Learn(int[] exIds, int mask, int targetMask, out int guess)
        {
            int H = net.Hidden, S = NeuralTransitionScorer.Slots;
            float[] x = _x, h = _h, dh = _dh, dx = _dx, z = _z;
            for (int sl = 0; sl < S; sl++)
            {
                int g = NeuralTransitionScorer.GroupOf(sl), d = net.Dims[g];
                Array.Copy(net.Embeddings[g], exIds[sl] * d, x, net.SlotOffset(sl), d);
            }
            net.B1.CopyTo(h, 0);
            for (int i = 0; i < x.Length; i++)
                if (x[i] != 0) NeuralTransitionScorer.Axpy(x[i], net.W1.AsSpan(i * H, H), h);
            NeuralTransitionScorer.Relu(h);
            if (options.HiddenDropout > 0)
            {
                float keep = 1f / (1f - options.HiddenDropout);
                for (int j = 0; j < H; j++) h[j] = rng.NextDouble() < options.HiddenDropout ? 0 : h[j] * keep;
            }
            float max = float.NegativeInfinity;
            for (int a = 0; a < z.Length; a++)
            {
                z[a] = (mask & (1 << a)) == 0 ? float.NegativeInfinity : net.B2[a] + NeuralTransitionScorer.Dot(net.W2.AsSpan(a * H, H), h);
                Logits[a] = z[a];
                max = Math.Max(max, z[a]);
            }
            float sum = 0, target = 0;
            guess = -1;
            for (int a = 0; a < z.Length; a++)
            {
                if ((mask & (1 << a)) != 0 && (guess < 0 || z[a] > z[guess])) guess = a;
                z[a] = (mask & (1 << a)) == 0 ? 0 : MathF.Exp(z[a] - max);
                sum += z[a];
                if ((targetMask & (1 << a)) != 0) target += z[a];
            }
            // Backward: dz_a = p_a − [a is a target] · p_a / P(targets).
            Array.Clear(dh);
            for (int a = 0; a < z.Length; a++)
            {
                float g = z[a] / sum - ((targetMask & (1 << a)) != 0 ? z[a] / target : 0);
                if (g == 0) continue;
                adam.GB2[a] += g;
                NeuralTransitionScorer.Axpy(g, h, adam.GW2.AsSpan(a * H, H));
                NeuralTransitionScorer.Axpy(g, net.W2.AsSpan(a * H, H), dh);
            }
            float kept = options.HiddenDropout > 0 ? 1f / (1f - options.HiddenDropout) : 1f;
            for (int j = 0; j < H; j++)
                dh[j] = h[j] <= 0 ? 0 : dh[j] * kept;
            NeuralTransitionScorer.Add(dh, adam.GB1);
            for (int i = 0; i < x.Length; i++)
            {
                if (x[i] != 0) NeuralTransitionScorer.Axpy(x[i], dh, adam.GW1.AsSpan(i * H, H));
                dx[i] = NeuralTransitionScorer.Dot(net.W1.AsSpan(i * H, H), dh);
            }
            for (int sl = 0; sl < S; sl++)
            {
                int g = NeuralTransitionScorer.GroupOf(sl), d = net.Dims[g];
                adam.AddEmbeddingGrad(g, exIds[sl], dx.AsSpan(net.SlotOffset(sl), d));
            }
            return -Math.Log(Math.Max(1e-30, target / sum));
        }
    }

    private static NeuralTransitionScorer Snapshot(NeuralTransitionScorer net, NeuralParserOptions options)
    {
        var copy = new NeuralTransitionScorer(net.Hidden, net.Dims, net.WordIds, net.TagIds, net.VocabSizes[NeuralTransitionScorer.LabelGroup] - 1,
            [.. net.Embeddings.Select(e => (float[])e.Clone())], (float[])net.W1.Clone(), (float[])net.B1.Clone(), (float[])net.W2.Clone(), (float[])net.B2.Clone(), options.PrecomputedWords);
        copy.Precompute();
        return copy;
    }

    private static float Gaussian(SplitMix rng)
    {
        double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
        return (float)(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }

    private static void InitWeights(NeuralTransitionScorer net, SplitMix rng)
    {
        for (int g = 0; g < NeuralTransitionScorer.Groups; g++)
        {
            var e = net.Embeddings[g];
            int d = net.Dims[g];
            // Null ids of every group stay trainable; all rows start small and random.
            for (int i = 0; i < e.Length; i++) e[i] = Gaussian(rng) * 0.1f;
            _ = d;
        }
        float s1 = MathF.Sqrt(2f / net.InputDim);
        for (int i = 0; i < net.W1.Length; i++) net.W1[i] = Gaussian(rng) * s1;
        for (int i = 0; i < net.B1.Length; i++) net.B1[i] = 0.01f;
        float s2 = MathF.Sqrt(1f / net.Hidden);
        for (int i = 0; i < net.W2.Length; i++) net.W2[i] = Gaussian(rng) * s2;
    }

    /// <summary>Adam: dense for the layers, lazy (touched rows only) for the embeddings.</summary>
    private sealed class Adam
    {
        private const float Beta1 = 0.9f, Beta2 = 0.999f, Eps = 1e-8f;
        private readonly NeuralTransitionScorer _net;
        private float _lr;
        private readonly float _averageDecay;
        private float[][] _average = []; // W1, B1, W2, B2, then embeddings (empty = no averaging)
        private readonly float[][] _params;
        public readonly float[] GW1, GB1, GW2, GB2;
        private readonly float[][] _gE;
        private readonly List<int>[] _touched;
        private readonly bool[][] _isTouched;
        private readonly float[][] _m, _v; // W1, B1, W2, B2, then embeddings
        private int _t;

        public Adam(NeuralTransitionScorer net, float lr, float averageDecay)
        {
            _net = net;
            _lr = lr;
            _averageDecay = averageDecay;
            GW1 = new float[net.W1.Length]; GB1 = new float[net.B1.Length]; GW2 = new float[net.W2.Length]; GB2 = new float[net.B2.Length];
            _gE = [.. net.Embeddings.Select(e => new float[e.Length])];
            _touched = [.. net.Embeddings.Select(_ => new List<int>())];
            _isTouched = [.. net.VocabSizes.Select(v => new bool[v])];
            var all = new[] { net.W1, net.B1, net.W2, net.B2 }.Concat(net.Embeddings).ToArray();
            _params = all;
            _m = [.. all.Select(a => new float[a.Length])];
            _v = [.. all.Select(a => new float[a.Length])];
        }

        public float LearningRate { get => _lr; set => _lr = value; }

        /// <summary>Starts the moving average at the current (initial) weights, when averaging is on.</summary>
        public void StartAverage()
        {
            if (_averageDecay > 0) _average = [.. _params.Select(a => (float[])a.Clone())];
        }

        /// <summary>The network with the averaged weights (a new scorer, not precomputed), or the network itself without averaging.</summary>
        public NeuralTransitionScorer Averaged(NeuralTransitionScorer net) => _average.Length == 0 ? net :
            new NeuralTransitionScorer(net.Hidden, net.Dims, net.WordIds, net.TagIds, net.VocabSizes[NeuralTransitionScorer.LabelGroup] - 1,
                _average[4..], _average[0], _average[1], _average[2], _average[3], net.PrecomputedWords);

        /// <summary>Copies the averaged weights into the trained network (at the end of training).</summary>
        public void UseAverage()
        {
            for (int k = 0; k < _average.Length; k++) _average[k].CopyTo(_params[k], 0);
        }

        private void UpdateAverage()
        {
            if (_average.Length == 0) return;
            float decay = Math.Min(_averageDecay, (1f + _t) / (10f + _t));
            var d = new Vector<float>(decay);
            var c = new Vector<float>(1 - decay);
            for (int k = 0; k < _params.Length; k++)
            {
                var w = _params[k];
                var a = _average[k];
                int i = 0;
                for (; i + Vector<float>.Count <= a.Length; i += Vector<float>.Count)
                    (d * new Vector<float>(a, i) + c * new Vector<float>(w, i)).CopyTo(a, i);
                for (; i < a.Length; i++) a[i] = decay * a[i] + (1 - decay) * w[i];
            }
        }

        public void ZeroGrad()
        {
            Array.Clear(GW1); Array.Clear(GB1); Array.Clear(GW2); Array.Clear(GB2);
            for (int g = 0; g < _gE.Length; g++)
            {
                int d = _net.Dims[g];
                foreach (int row in _touched[g])
                {
                    Array.Clear(_gE[g], row * d, d);
                    _isTouched[g][row] = false;
                }
                _touched[g].Clear();
            }
        }

        public void AddEmbeddingGrad(int group, int row, ReadOnlySpan<float> grad)
        {
            int d = _net.Dims[group];
            if (!_isTouched[group][row])
            {
                _isTouched[group][row] = true;
                _touched[group].Add(row);
            }
            NeuralTransitionScorer.Add(grad, _gE[group].AsSpan(row * d, d));
        }

        public void Step(float scale)
        {
            _t++;
            float c1 = 1f / (1f - MathF.Pow(Beta1, _t)), c2 = 1f / (1f - MathF.Pow(Beta2, _t));
            Update(_net.W1, GW1, 0, 0, _net.W1.Length, scale, c1, c2);
            Update(_net.B1, GB1, 1, 0, _net.B1.Length, scale, c1, c2);
            Update(_net.W2, GW2, 2, 0, _net.W2.Length, scale, c1, c2);
            Update(_net.B2, GB2, 3, 0, _net.B2.Length, scale, c1, c2);
            for (int g = 0; g < _gE.Length; g++)
            {
                int d = _net.Dims[g];
                // Rows in first-touch order: deterministic.
                foreach (int row in _touched[g]) Update(_net.Embeddings[g], _gE[g], 4 + g, row * d, d, scale, c1, c2);
            }
            UpdateAverage();
        }

        private void Update(float[] w, float[] grad, int k, int start, int length, float scale, float c1, float c2)
        {
            var m = _m[k];
            var v = _v[k];
            int vn = Vector<float>.Count, i0 = start;
            if (length >= vn)
            {
                var b1 = new Vector<float>(Beta1); var b1c = new Vector<float>(1 - Beta1);
                var b2 = new Vector<float>(Beta2); var b2c = new Vector<float>(1 - Beta2);
                var sc = new Vector<float>(scale); var lr = new Vector<float>(_lr * c1); var c2v = new Vector<float>(c2); var eps = new Vector<float>(Eps);
                for (; i0 + vn <= start + length; i0 += vn)
                {
                    var g = new Vector<float>(grad, i0) * sc;
                    var mv = b1 * new Vector<float>(m, i0) + b1c * g;
                    var vv = b2 * new Vector<float>(v, i0) + b2c * g * g;
                    mv.CopyTo(m, i0);
                    vv.CopyTo(v, i0);
                    (new Vector<float>(w, i0) - lr * mv / (Vector.SquareRoot(vv * c2v) + eps)).CopyTo(w, i0);
                }
            }
            for (int i = i0; i < start + length; i++)
            {
                float g = grad[i] * scale;
                m[i] = Beta1 * m[i] + (1 - Beta1) * g;
                v[i] = Beta2 * v[i] + (1 - Beta2) * g * g;
                w[i] -= _lr * (m[i] * c1) / (MathF.Sqrt(v[i] * c2) + Eps);
            }
        }
    }
}
