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
    internal const int Version = 2;

    private readonly LinearModel _transitions;
    private readonly LinearModel _labeler;
    private readonly string[] _labels;

    internal DependencyParser(string[] labels, LinearModel transitions, LinearModel labeler)
    {
        _labels = labels;
        _transitions = transitions;
        _labeler = labeler;
        RootLabel = Array.IndexOf(labels, "root");
        if (RootLabel < 0) throw new ArgumentException("The label set has no 'root'.", nameof(labels));
    }

    /// <summary>Dependency relations, as in UD (with subtypes such as <c>nmod:poss</c>).</summary>
    public IReadOnlyList<string> Labels => _labels;
    internal int RootLabel { get; }
    internal int WeightRows => _transitions.Rows + _labeler.Rows;

    /// <summary>
    /// Parses one sentence. <paramref name="heads"/>[i] receives the 1-based head of word i+1 (0 = root) and
    /// <paramref name="deprels"/>[i] its interned relation; both must be at least as long as <paramref name="words"/>.
    /// </summary>
    public void Parse(ReadOnlySpan<string> words, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos, Span<int> heads, Span<string> deprels)
    {
        var fx = Run(words, upos, xpos);
        for (int i = 0; i < words.Length; i++)
        {
            heads[i] = fx.State.Heads[i + 1];
            deprels[i] = _labels[fx.State.Labels[i + 1]];
        }
    }

    private ParserFeatures Run(ReadOnlySpan<string> words, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos)
    {
        var fx = ParserFeatures.ForThread();
        if (fx.Scores.Length < _labels.Length) fx.Scores = new float[_labels.Length];
        fx.Prepare(words, upos, xpos);
        var st = fx.State;
        while (!st.Terminal)
        {
            _transitions.Score(fx.ExtractTransition(), fx.Scores);
            int action = BestValid(st, fx.Scores);
            int label = action == ParserState.Shift ? -1 : PredictLabel(fx, action);
            st.Apply(action, label);
        }
        return fx;
    }

    internal static int BestValid(ParserState st, ReadOnlySpan<float> scores)
    {
        int best = -1;
        for (int a = 0; a < ParserState.ActionCount; a++)
            if (st.IsValid(a) && (best < 0 || scores[a] > scores[best])) best = a;
        return best;
    }

    private int PredictLabel(ParserFeatures fx, int action)
    {
        var (head, dep) = fx.State.ArcOf(action);
        if (head == 0) return RootLabel;
        _labeler.Score(fx.ExtractLabel(head, dep), fx.Scores);
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

    internal DependencyParser Pruned(int minMagnitude) => new(_labels, _transitions.Pruned(minMagnitude), _labeler.Pruned(minMagnitude));

    public void Save(string path) => ModelFile.Save(path, Kind, Version, w =>
    {
        ModelFile.WriteStrings(w, _labels);
        _transitions.Write(w);
        _labeler.Write(w);
    });

    public static DependencyParser Load(string path) => ModelFile.Load(path, Kind, Version, r =>
        new DependencyParser(ModelFile.ReadStrings(r), LinearModel.Read(r), LinearModel.Read(r)));
}
