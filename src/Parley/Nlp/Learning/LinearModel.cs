using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Parley.Nlp.Learning;

/// <summary>
/// A frozen multi-class linear model: one row of <see cref="Classes"/> weights per hashed feature.
/// Weights are 16-bit integers times one scale, kept quantized in memory: a score is the exact integer sum of
/// the rows times the scale, so a model evaluated right after training scores exactly as the same model read
/// back from disk. The packed format (<see cref="WritePacked"/>) stores the hash table itself, so loading is a
/// bulk copy. Thread-safe.
/// </summary>
internal sealed class LinearModel
{
    /// <summary>First int of the packed format (the legacy format starts with the class count, always positive).</summary>
    private const int PackedMarker = -2;

    private readonly FeatureTable? _table;
    private readonly InlineTable? _inline;
    private readonly short[] _weights;

    private LinearModel(int classes, uint[] keys, short[] quantized, float scale)
    {
        Classes = classes;
        Scale = scale;
        Rows = keys.Length;
        if (classes <= 3)
        {
            _inline = new InlineTable(keys, quantized, classes);
            _weights = [];
        }
        else
        {
            _table = new FeatureTable(keys);
            _weights = quantized;
        }
    }

    private LinearModel(int classes, int rows, float scale, FeatureTable? table, InlineTable? inline, short[] weights)
    {
        Classes = classes;
        Rows = rows;
        Scale = scale;
        _table = table;
        _inline = inline;
        _weights = weights;
    }

    public int Classes { get; }
    public int Rows { get; }
    private float Scale { get; }

    /// <summary>Keys and quantized weights row by row (row order for table models, slot order for inline ones).</summary>
    private (uint[] Keys, short[] Weights) Rowwise() =>
        _inline is not null ? _inline.Rowwise(Classes) : (_table!.KeysByRow(Rows), _weights);

    /// <summary>
    /// A copy without the rows whose largest weight is below <paramref name="minMagnitude"/> quantization steps: rare
    /// features with tiny averaged weights barely move a decision but make the table larger and lookups slower.
    /// </summary>
    public LinearModel Pruned(int minMagnitude)
    {
        var (keys, weights) = Rowwise();
        var keptKeys = new List<uint>(keys.Length);
        var kept = new List<short>(weights.Length);
        for (int r = 0; r < keys.Length; r++)
        {
            var row = weights.AsSpan(r * Classes, Classes);
            int max = 0;
            foreach (short q in row) max = Math.Max(max, Math.Abs((int)q));
            if (max < minMagnitude) continue;
            keptKeys.Add(keys[r]);
            kept.AddRange(row);
        }
        return new LinearModel(Classes, [.. keptKeys], [.. kept], Scale);
    }

    /// <summary>
    /// Two models over the same kind of features as one table, for one lookup per feature: a key's row holds
    /// <paramref name="a"/>'s quantized weights followed by <paramref name="b"/>'s (zeros where a model lacks the key).
    /// The table's scale is 1, so its scores are each model's integer sums; multiplied by that model's scale (returned)
    /// they are the scores the two models give apart.
    /// </summary>
    public static (LinearModel Joined, float ScaleA, float ScaleB) Join(LinearModel a, LinearModel b)
    {
        var (ka, wa) = a.Rowwise();
        var (kb, wb) = b.Rowwise();
        int ca = a.Classes, cb = b.Classes, c = ca + cb;
        var rowA = new Dictionary<uint, int>(ka.Length);
        for (int r = 0; r < ka.Length; r++) rowA[ka[r]] = r;
        var rowB = new Dictionary<uint, int>(kb.Length);
        for (int r = 0; r < kb.Length; r++) rowB[kb[r]] = r;
        var keys = ka.Concat(kb).Distinct().Order().ToArray();
        var weights = new short[keys.Length * c];
        for (int r = 0; r < keys.Length; r++)
        {
            if (rowA.TryGetValue(keys[r], out int x)) wa.AsSpan(x * ca, ca).CopyTo(weights.AsSpan(r * c));
            if (rowB.TryGetValue(keys[r], out int y)) wb.AsSpan(y * cb, cb).CopyTo(weights.AsSpan(r * c + ca));
        }
        return (new LinearModel(c, keys, weights, 1f), a.Scale, b.Scale);
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
        int classes = Classes;
        if (_inline is not null)
        {
            _inline.Score(features, out int a, out int b, out int c);
            scores[0] = a * Scale;
            if (classes > 1) scores[1] = b * Scale;
            if (classes > 2) scores[2] = c * Scale;
            return;
        }
        var table = _table!;
        // Three sweeps so that cache misses overlap: prefetch slots, find rows and prefetch them, then add.
        table.Prefetch(features);
        Span<int> rows = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        fixed (short* weights = _weights)
        {
            for (int i = 0; i < features.Length; i++)
            {
                rows[i] = table.Find(features[i]);
                if (rows[i] >= 0 && Sse.IsSupported) Sse.Prefetch0(weights + (long)rows[i] * classes);
            }
        }
        int padded = (classes + Vector<int>.Count - 1) / Vector<int>.Count * Vector<int>.Count + Vector<int>.Count;
        Span<int> sums = padded <= 512 ? stackalloc int[padded] : new int[padded];
        sums.Clear();
        ref short w0 = ref MemoryMarshal.GetArrayDataReference(_weights);
        foreach (int row in rows)
        {
            if (row < 0) continue;
            AddRow(ref Unsafe.Add(ref w0, row * classes), classes, sums);
        }
        for (int c = 0; c < classes; c++) scores[c] = sums[c] * Scale;
    }

    /// <summary>Adds one row of <paramref name="classes"/> 16-bit weights to the 32-bit <paramref name="sums"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRow(ref short row, int classes, Span<int> sums)
    {
        int c = 0;
        ref int s0 = ref MemoryMarshal.GetReference(sums);
        if (Vector.IsHardwareAccelerated)
        {
            for (; c + Vector<short>.Count <= classes; c += Vector<short>.Count)
            {
                Vector.Widen(Vector.LoadUnsafe(ref row, (nuint)c), out Vector<int> lo, out Vector<int> hi);
                (Vector.LoadUnsafe(ref s0, (nuint)c) + lo).StoreUnsafe(ref s0, (nuint)c);
                (Vector.LoadUnsafe(ref s0, (nuint)(c + Vector<int>.Count)) + hi).StoreUnsafe(ref s0, (nuint)(c + Vector<int>.Count));
            }
        }
        for (; c < classes; c++) Unsafe.Add(ref s0, c) += Unsafe.Add(ref row, c);
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

    /// <summary>Legacy format: classes, rows, scale, keys, weights (row-major). Still read; used by models whose files must not change.</summary>
    public void Write(BinaryWriter writer)
    {
        var (keys, weights) = Rowwise();
        writer.Write(Classes);
        writer.Write(keys.Length);
        writer.Write(Scale);
        writer.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(weights.AsSpan()));
    }

    /// <summary>Packed format: the hash table's slots as they are in memory (plus the weight rows), so loading needs no rehashing.</summary>
    public void WritePacked(BinaryWriter writer)
    {
        writer.Write(PackedMarker);
        writer.Write(Classes);
        writer.Write(Rows);
        writer.Write(Scale);
        if (_inline is not null)
        {
            _inline.Write(writer);
            return;
        }
        _table!.Write(writer);
        writer.Write(MemoryMarshal.AsBytes(_weights.AsSpan()));
    }

    /// <summary>Reads either format. Bulk arrays are read straight from the reader's underlying stream.</summary>
    public static LinearModel Read(BinaryReader reader)
    {
        var stream = reader.BaseStream;
        int first = reader.ReadInt32();
        if (first == PackedMarker)
        {
            int c = reader.ReadInt32();
            int n = reader.ReadInt32();
            float s = reader.ReadSingle();
            if (c <= 0 || n < 0) throw new InvalidDataException("Corrupt linear model header.");
            if (c <= 3) return new LinearModel(c, n, s, null, InlineTable.Read(stream, reader, n), []);
            var table = FeatureTable.Read(stream, reader);
            var w = GC.AllocateUninitializedArray<short>(n * c);
            stream.ReadExactly(MemoryMarshal.AsBytes(w.AsSpan()));
            return new LinearModel(c, n, s, table, null, w);
        }
        int classes = first;
        int rows = reader.ReadInt32();
        float scale = reader.ReadSingle();
        if (classes <= 0 || rows < 0) throw new InvalidDataException("Corrupt linear model header.");
        var keys = new uint[rows];
        stream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var weights = new short[rows * classes];
        stream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        return new LinearModel(classes, keys, weights, scale);
    }
}
