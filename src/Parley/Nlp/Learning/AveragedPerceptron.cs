using System.Runtime.InteropServices;

namespace Parley.Nlp.Learning;

/// <summary>
/// Multi-class averaged perceptron (Collins 2002) over hashed features, for training only.
/// A feature gets its weight row on its first update, so features never involved in a mistake cost
/// nothing. Averaging uses the accumulated-update trick instead of per-weight timestamps. Not thread-safe; deterministic for a fixed sequence of calls.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<uint, int> _rows = [];
    private readonly List<uint> _keys = [];
    private float[] _w;
    private double[] _u;
    private long _t = 1;

    public AveragedPerceptron(int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        Classes = classes;
        _w = new float[classes * 1024];
        _u = new double[classes * 1024];
    }

    public int Classes { get; }
    public int Rows => _keys.Count;

    /// <summary>Current (not averaged) scores: what the learner predicts during training.</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores[..Classes].Clear();
        foreach (uint f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            LinearModel.Add(_w.AsSpan(row * Classes, Classes), scores);
        }
    }

    /// <summary>Moves weight from <paramref name="guess"/> to <paramref name="truth"/> for every feature; a no-op when they agree.</summary>
    public void Update(ReadOnlySpan<uint> features, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (uint f in features)
        {
            int at = RowOf(f) * Classes;
            _w[at + truth] += 1f;
            _u[at + truth] += _t;
            _w[at + guess] -= 1f;
            _u[at + guess] -= _t;
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of class <paramref name="cls"/> for every feature (structured updates).</summary>
    public void Add(ReadOnlySpan<uint> features, int cls, float delta)
    {
        foreach (uint f in features)
        {
            int at = RowOf(f) * Classes + cls;
            _w[at] += delta;
            _u[at] += delta * (double)_t;
        }
    }

    /// <summary>Counts one training instance; call once per prediction, whether or not it updated.</summary>
    public void Tick() => _t++;

    public LinearModel Freeze()
    {
        // _u sums k·Δ for an update made during instance k; the mean of the weights after each of the
        // T = _t − 1 instances is then (_t·w − u) / T.
        var avg = new float[_keys.Count * Classes];
        long instances = Math.Max(1, _t - 1);
        for (int i = 0; i < avg.Length; i++)
            avg[i] = (float)((_t * (double)_w[i] - _u[i]) / instances);
        return LinearModel.Quantize(Classes, CollectionsMarshal.AsSpan(_keys), avg);
    }

    private int RowOf(uint key)
    {
        ref int row = ref CollectionsMarshal.GetValueRefOrAddDefault(_rows, key, out bool exists);
        if (exists) return row;
        row = _keys.Count;
        _keys.Add(key);
        if ((row + 1) * Classes > _w.Length)
        {
            Array.Resize(ref _w, _w.Length * 2);
            Array.Resize(ref _u, _u.Length * 2);
        }
        return row;
    }
}
