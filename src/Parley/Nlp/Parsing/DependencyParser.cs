using Parley.Nlp.Learning;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Greedy arc-hybrid dependency parser producing UD basic trees: an averaged-perceptron transition classifier
/// (SHIFT/LEFT/RIGHT) plus an arc labeler that names each arc as it is added, so later decisions see the
/// labels. Always returns a single-rooted projective tree. Immutable and safe to call from many threads.
/// </summary>
public sealed class DependencyParser
{
    internal const string Kind = "parser";
    internal const int Version = 7;

    private readonly LinearModel _transitions;
    private readonly LinearModel _labeler;
    private readonly string[] _labels;
    private readonly NeuralTransitionScorer? _neural;
    private readonly NeuralTransitionScorer? _secondNeural;
    private readonly ParserClusters? _clusters;

    private readonly Action<ReadOnlySpan<uint>, float[]> _scoreTransitions;
    private readonly Func<ParserState, int, int> _label;

    internal DependencyParser(string[] labels, LinearModel transitions, LinearModel labeler, int beamWidth = 1, NeuralTransitionScorer? neural = null,
        NeuralTransitionScorer? secondNeural = null, ParserClusters? clusters = null)
    {
        _clusters = clusters;
        if (neural is not null && beamWidth != 1) throw new ArgumentException("The neural transition scorer decodes greedily.", nameof(beamWidth));
        if (secondNeural is not null && neural is null) throw new ArgumentException("A second network needs a first.", nameof(secondNeural));
        _neural = neural;
        _secondNeural = secondNeural;
        ArgumentOutOfRangeException.ThrowIfLessThan(beamWidth, 1);
        _labels = labels;
        _transitions = transitions;
        _labeler = labeler;
        BeamWidth = beamWidth;
        RootLabel = Array.IndexOf(labels, "root");
        if (RootLabel < 0) throw new ArgumentException("The label set has no 'root'.", nameof(labels));
        _scoreTransitions = (features, scores) => _transitions.Score(features, scores);
        _label = (st, action) => PredictLabel(ParserFeatures.ForThread(), st, action);
    }

    /// <summary>
    /// Beam width used by <see cref="Parse"/>: 1 is greedy (fastest); wider beams search more transition
    /// sequences and are meant for models trained with a beam (see <see cref="ParserTrainer.TrainBeam"/>).
    /// </summary>
    public int BeamWidth { get; }

    /// <summary>The same model decoding with another beam width.</summary>
    public DependencyParser WithBeam(int width) => width == BeamWidth ? this : Copy(_transitions, _labeler, width, CascadeMargin);

    // This parser with other models, beam or cascade margin; the neural scorer and its weight stay.
    private DependencyParser Copy(LinearModel transitions, LinearModel labeler, int beamWidth, float cascadeMargin) =>
        new(_labels, transitions, labeler, beamWidth, _neural, _secondNeural, _clusters) { PerceptronWeight = PerceptronWeight, CascadeMargin = cascadeMargin };

    /// <summary>The same labels and arc labeller with a neural transition scorer (and no perceptron transition model).</summary>
    internal DependencyParser WithNeural(NeuralTransitionScorer neural) => new(_labels, LinearModel.Quantize(ParserState.ActionCount, [], []), _labeler, 1, neural, null, _clusters);

    /// <summary>
    /// Both transition models together (an ensemble): the neural scorer's log-probabilities are added to the perceptron
    /// scores scaled by <paramref name="perceptronWeight"/>.
    /// </summary>
    internal DependencyParser WithNeuralAndPerceptron(NeuralTransitionScorer neural, float perceptronWeight) =>
        new(_labels, _transitions, _labeler, 1, neural, null, _clusters) { PerceptronWeight = perceptronWeight };

    internal NeuralTransitionScorer? Neural => _neural;

    /// <summary>
    /// This ensemble with a second network (e.g. the same recipe trained with another seed): where the network is
    /// consulted, the two networks' log-probabilities over the valid transitions are averaged before the perceptron's
    /// weighted scores are added. Weight and cascade margin stay.
    /// </summary>
    internal DependencyParser WithSecondNeural(NeuralTransitionScorer second) =>
        _neural is null ? throw new InvalidOperationException("A second network needs a first.")
            : new(_labels, _transitions, _labeler, 1, _neural, second, _clusters) { PerceptronWeight = PerceptronWeight, CascadeMargin = CascadeMargin };

    internal NeuralTransitionScorer? SecondNeural => _secondNeural;

    /// <summary>Weight of the perceptron's transition scores added to the neural log-probabilities; 0 = neural only.</summary>
    internal float PerceptronWeight { get; private init; }

    /// <summary>True when transitions are scored by a <see cref="NeuralTransitionScorer"/> rather than the perceptron.</summary>
    public bool IsNeural => _neural is not null;

    /// <summary>Dependency relations, as in UD (with subtypes such as <c>nmod:poss</c>).</summary>
    public IReadOnlyList<string> Labels => _labels;
    internal int RootLabel { get; }
    internal int WeightRows => _transitions.Rows + _labeler.Rows;

    /// <summary>The word classes the transition features use (format v7), or null.</summary>
    internal ParserClusters? Clusters => _clusters;

    /// <summary>
    /// Parses one sentence. <paramref name="heads"/>[i] receives the 1-based head of word i+1 (0 = root) and
    /// <paramref name="deprels"/>[i] its interned relation; both must be at least as long as <paramref name="words"/>.
    /// </summary>
    public void Parse(ReadOnlySpan<string> words, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos, Span<int> heads, Span<string> deprels)
    {
        var st = BeamWidth > 1 ? RunBeam(words, upos, xpos) : Run(words, upos, xpos).State;
        for (int i = 0; i < words.Length; i++)
        {
            heads[i] = st.Heads[i + 1];
            deprels[i] = _labels[st.Labels[i + 1]];
        }
    }

    private ParserFeatures Run(ReadOnlySpan<string> words, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos)
    {
        var fx = ParserFeatures.ForThread();
        if (fx.Scores.Length < _labels.Length) fx.Scores = new float[_labels.Length];
        fx.Prepare(words, upos, xpos, _clusters);
        var st = fx.State;
        var neural = _neural?.Prepare(words, upos, xpos);
        var second = _secondNeural?.PrepareSecond(words, upos, xpos);
        while (!st.Terminal)
        {
            if (neural is null) _transitions.Score(fx.ExtractTransition(), fx.Scores);
            else if (second is not null) ScoreBoth(neural, fx, second);
            else if (PerceptronWeight == 0) _neural!.Score(neural, st, fx.Scores);
            else ScoreBoth(neural, fx);
            int action = BestValid(st, fx.Scores);
            int label = action == ParserState.Shift ? -1 : PredictLabel(fx, action);
            st.Apply(action, label);
        }
        return fx;
    }

    private void ScoreBoth(NeuralTransitionScorer.Scratch neural, ParserFeatures fx, NeuralTransitionScorer.Scratch? second = null)
    {
        var st = fx.State;
        _transitions.Score(fx.ExtractTransition(), fx.Scores);
        if (CascadeMargin > 0 && PerceptronWeight * ValidMargin(st, fx.Scores) >= CascadeMargin) return;
        Span<float> n = stackalloc float[ParserState.ActionCount];
        _neural!.Score(neural, st, n);
        if (second is not null)
        {
            AverageWithSecond(second, st, n, fx.Scores);
            return;
        }
        float max = float.NegativeInfinity, sum = 0;
        for (int a = 0; a < n.Length; a++) if (st.IsValid(a)) max = Math.Max(max, n[a]);
        for (int a = 0; a < n.Length; a++) if (st.IsValid(a)) sum += MathF.Exp(n[a] - max);
        for (int a = 0; a < n.Length; a++) fx.Scores[a] = PerceptronWeight * fx.Scores[a] + n[a] - max - MathF.Log(sum);
    }

    // Two networks: the mean of their log-probabilities over the valid transitions, plus the weighted perceptron scores.
    private void AverageWithSecond(NeuralTransitionScorer.Scratch second, ParserState st, Span<float> n, float[] scores)
    {
        Span<float> n2 = stackalloc float[ParserState.ActionCount];
        _secondNeural!.Score(second, st, n2);
        LogSoftmaxValid(st, n);
        LogSoftmaxValid(st, n2);
        for (int a = 0; a < n.Length; a++) scores[a] = PerceptronWeight * scores[a] + 0.5f * (n[a] + n2[a]);
    }

    /// <summary>Turns scores into log-probabilities over the valid transitions (invalid ones keep arbitrary values).</summary>
    private static void LogSoftmaxValid(ParserState st, Span<float> n)
    {
        float max = float.NegativeInfinity, sum = 0;
        for (int a = 0; a < n.Length; a++) if (st.IsValid(a)) max = Math.Max(max, n[a]);
        for (int a = 0; a < n.Length; a++) if (st.IsValid(a)) sum += MathF.Exp(n[a] - max);
        float log = max + MathF.Log(sum);
        for (int a = 0; a < n.Length; a++) n[a] -= log;
    }

    /// <summary>Best minus second-best score among the valid transitions (+∞ when only one is valid).</summary>
    private static float ValidMargin(ParserState st, ReadOnlySpan<float> scores)
    {
        float best = float.NegativeInfinity, second = float.NegativeInfinity;
        for (int a = 0; a < ParserState.ActionCount; a++)
        {
            if (!st.IsValid(a)) continue;
            if (scores[a] > best) { second = best; best = scores[a]; }
            else if (scores[a] > second) second = scores[a];
        }
        return best - second;
    }

    /// <summary>
    /// Cascade: when the weighted perceptron margin between the two best valid transitions is at least this, the
    /// network is not consulted (it would rarely overturn the choice); 0 = always consult it.
    /// </summary>
    internal float CascadeMargin { get; private init; }

    /// <summary>The same ensemble with another cascade margin.</summary>
    internal DependencyParser WithCascade(float margin) => Copy(_transitions, _labeler, BeamWidth, margin);

    private ParserState RunBeam(ReadOnlySpan<string> words, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos)
    {
        var fx = ParserFeatures.ForThread();
        if (fx.Scores.Length < _labels.Length) fx.Scores = new float[_labels.Length];
        fx.Prepare(words, upos, xpos, _clusters);
        var beam = BeamSearch.ForThread(BeamWidth);
        beam.Start(fx);
        while (!beam.Terminal) beam.Step(fx, _scoreTransitions, _label, -1, record: false);
        return beam.Item(0);
    }

    internal static int BestValid(ParserState st, ReadOnlySpan<float> scores)
    {
        int best = -1;
        for (int a = 0; a < ParserState.ActionCount; a++)
            if (st.IsValid(a) && (best < 0 || scores[a] > scores[best])) best = a;
        return best;
    }

    private int PredictLabel(ParserFeatures fx, int action) => PredictLabel(fx, fx.State, action);

    private int PredictLabel(ParserFeatures fx, ParserState st, int action)
    {
        var (head, dep) = st.ArcOf(action);
        if (head == 0) return RootLabel;
        _labeler.Score(fx.ExtractLabel(st, head, dep), fx.Scores);
        return BestLabel(fx.Scores.AsSpan(0, _labels.Length), RootLabel);
    }

    /// <summary>Best label other than root (the root relation is only given to the root's one child).</summary>
    internal static int BestLabel(ReadOnlySpan<float> scores, int rootLabel)
    {
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
            if (c != rootLabel && (best < 0 || scores[c] > scores[best])) best = c;
        return best;
    }

    internal DependencyParser Pruned(int minMagnitude) => Copy(_transitions.Pruned(minMagnitude), _labeler.Pruned(minMagnitude), BeamWidth, CascadeMargin);

    /// <summary>
    /// Format v5: the beam width the model was trained for, the labels, then both models packed (hash tables as
    /// stored in memory), then whether a neural transition scorer follows, the scorer and the weight of the
    /// perceptron's transition scores beside it (0 = the neural scorer alone) and the cascade margin. A perceptron-only
    /// parser is still written as v4, so files that do not need v5 stay readable by older code. Format v6 (only when
    /// there is a second network, see <see cref="WithSecondNeural"/>) appends the second scorer. Format v7 (only when the
    /// transition features use word classes, see <see cref="ParserClusters"/>): the v5 layout, a flag for a second
    /// scorer and the scorer, then the word classes.
    /// </summary>
    public void Save(string path) => ModelFile.Save(path, Kind, _clusters is not null ? Version : _neural is null ? 4 : _secondNeural is null ? 5 : 6, w =>
    {
        w.Write(BeamWidth);
        ModelFile.WriteStrings(w, _labels);
        _transitions.WritePacked(w);
        _labeler.WritePacked(w);
        if (_clusters is not null)
        {
            w.Write(_neural is not null);
            if (_neural is not null)
            {
                _neural.Write(w);
                w.Write(PerceptronWeight);
                w.Write(CascadeMargin);
                w.Write(_secondNeural is not null);
                _secondNeural?.Write(w);
            }
            _clusters.Write(w);
            return;
        }
        if (_neural is null) return;
        w.Write(true);
        _neural.Write(w);
        w.Write(PerceptronWeight);
        w.Write(CascadeMargin);
        if (_secondNeural is not null) _secondNeural.Write(w);
    });

    /// <summary>Loads a parser: format v7 (word classes), v6 (two networks), v5 (optional neural scorer), v4, or v2 (greedy, unpacked weights).</summary>
    public static DependencyParser Load(string path) => ModelFile.Load(path, Kind, 2, Version, (r, version) =>
    {
        int beam = version >= 3 ? r.ReadInt32() : 1;
        var labels = ModelFile.ReadStrings(r);
        var transitions = LinearModel.Read(r);
        var labeler = LinearModel.Read(r);
        var neural = version >= 5 && r.ReadBoolean() ? NeuralTransitionScorer.Read(r) : null;
        float weight = neural is null ? 0 : r.ReadSingle(), margin = neural is null ? 0 : r.ReadSingle();
        var second = version == 6 || (version >= 7 && neural is not null && r.ReadBoolean()) ? NeuralTransitionScorer.Read(r) : null;
        var clusters = version >= 7 ? ParserClusters.Read(r) : null;
        return new DependencyParser(labels, transitions, labeler, beam, neural, second, clusters) { PerceptronWeight = weight, CascadeMargin = margin };
    });
}
