using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Parley.Nlp.Learning;

/// <summary>
/// A frozen multi-class linear model: one row of <see cref="Classes"/> weights per hashed feature.
/// Weights are stored as 16-bit integers times one scale, and held as floats in memory, so a model
/// evaluated right after training scores exactly as the same model read back from disk. Thread-safe.
/// </summary>
internal sealed class LinearModel
{
    private readonly FeatureTable? _table;
    private readonly InlineTable? _inline;
    private readonly float[] _weights;

    private LinearModel(int classes, uint[] keys, short[] quantized, float scale)
    {
        Classes = classes;
        Keys = keys;
        Quantized = quantized;
        Scale = scale;
        _weights = new float[quantized.Length];
        for (int i = 0; i < quantized.Length; i++) _weights[i] = quantized[i] * scale;
        if (classes <= 3)
        {
            _inline = new InlineTable(keys, _weights, classes);
            _weights = [];
        }
        else
        {
            _table = new FeatureTable(keys);
        }
    }

    public int Classes { get; }
    public int Rows => Keys.Length;
    private uint[] Keys { get; }
    private short[] Quantized { get; }
    private float Scale { get; }

    /// <summary>
    /// A copy without the rows whose largest weight is below <paramref name="minMagnitude"/> quantization steps: rare
    /// features with tiny averaged weights barely move a decision but make the table larger and lookups slower.
    /// </summary>
    public LinearModel Pruned(int minMagnitude)
    {
        var keptKeys = new List<uint>(Keys.Length);
        var kept = new List<short>(Quantized.Length);
        for (int r = 0; r < Keys.Length; r++)
        {
            var row = Quantized.AsSpan(r * Classes, Classes);
            int max = 0;
            foreach (short q in row) max = Math.Max(max, Math.Abs((int)q));
            if (max < minMagnitude) continue;
            keptKeys.Add(Keys[r]);
            kept.AddRange(row);
        }
        return new LinearModel(Classes, [.. keptKeys], [.. kept], Scale);
    }

    /// <summary>Quantizes averaged weights (row-major, <paramref name="classes"/> per row); rows whose weights all round to 0 are dropped.</summary>
    public static LinearModel Quantize(int classes, ReadOnlySpan<uint> keys, ReadOnlySpan<float> weights)
    {
        float max = 0;
        foreach (float w in weights) max = MathF.Max(max, MathF.Abs(w));
        float scale = max > 0 ? max / short.MaxValue : 1f;
        var keptKeys = new List<uint>(keys.Length);
        var kept = new List<short>(weights.Length);
        Span<short> row = stackalloc short[classes];
        for (int r = 0; r < keys.Length; r++)
        {
            bool any = false;
            for (int c = 0; c < classes; c++)
            {
                row[c] = (short)MathF.Round(weights[r * classes + c] / scale);
                any |= row[c] != 0;
            }
            if (!any) continue;
            keptKeys.Add(keys[r]);
            foreach (short q in row) kept.Add(q);
        }
        return new LinearModel(classes, [.. keptKeys], [.. kept], scale);
    }

    /// <summary>Sets <paramref name="scores"/> (length <see cref="Classes"/>) to the sum of the rows of <paramref name="features"/>.</summary>
    public unsafe void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (_inline is not null)
        {
            _inline.Score(features, scores[..Classes]);
            return;
        }
        scores[..Classes].Clear();
        int classes = Classes;
        var table = _table!;
        // Three sweeps so that cache misses overlap: prefetch slots, find rows and prefetch them, then add.
        table.Prefetch(features);
        Span<int> rows = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        fixed (float* weights = _weights)
        {
            for (int i = 0; i < features.Length; i++)
            {
                rows[i] = table.Find(features[i]);
                if (rows[i] >= 0 && Sse.IsSupported) Sse.Prefetch0(weights + (long)rows[i] * classes);
            }
        }
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(_weights);
        foreach (int row in rows)
        {
            if (row < 0) continue;
            var src = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref w0, row * classes), classes);
            Add(src, scores);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Add(ReadOnlySpan<float> src, Span<float> dst)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && src.Length >= Vector<float>.Count)
        {
            var s = MemoryMarshal.Cast<float, Vector<float>>(src);
            var d = MemoryMarshal.Cast<float, Vector<float>>(dst[..src.Length]);
            for (int v = 0; v < s.Length; v++) d[v] += s[v];
            i = s.Length * Vector<float>.Count;
        }
        for (; i < src.Length; i++) dst[i] += src[i];
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(Keys.Length);
        writer.Write(Scale);
        writer.Write(MemoryMarshal.AsBytes(Keys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(Quantized.AsSpan()));
    }

    public static LinearModel Read(BinaryReader reader)
    {
        int classes = reader.ReadInt32();
        int rows = reader.ReadInt32();
        float scale = reader.ReadSingle();
        if (classes <= 0 || rows < 0) throw new InvalidDataException("Corrupt linear model header.");
        var keys = new uint[rows];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var weights = new short[rows * classes];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        return new LinearModel(classes, keys, weights, scale);
    }
}
