using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Parley.Nlp.Learning;

/// <summary>
/// Open-addressing table for models with at most three classes (the parser's transitions): the quantized weights
/// sit in the slot next to the key (12 bytes a slot), so scoring one feature costs a single cache miss. Stored on
/// disk as the slot array itself, so loading is one bulk copy.
/// </summary>
internal sealed class InlineTable
{
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    internal struct Slot
    {
        public uint Key;
        public short W0, W1, W2, Unused;
    }

    private readonly Slot[] _slots;

    public InlineTable(ReadOnlySpan<uint> keys, ReadOnlySpan<short> weights, int classes)
    {
        if (classes > 3) throw new ArgumentOutOfRangeException(nameof(classes));
        _slots = new Slot[FeatureTable.Capacity(keys.Length)];
        for (int row = 0; row < keys.Length; row++)
        {
            int slot = FeatureTable.Home(keys[row], _slots.Length);
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == keys[row]) throw new ArgumentException($"Duplicate feature key {keys[row]}.", nameof(keys));
                slot = FeatureTable.Next(slot, _slots.Length);
            }
            ref var s = ref _slots[slot];
            s.Key = keys[row];
            s.W0 = weights[row * classes];
            if (classes > 1) s.W1 = weights[row * classes + 1];
            if (classes > 2) s.W2 = weights[row * classes + 2];
        }
        Rows = keys.Length;
    }

    private InlineTable(Slot[] slots, int rows)
    {
        _slots = slots;
        Rows = rows;
    }

    public int Rows { get; }

    /// <summary>
    /// Sets the first three <paramref name="sums"/> to the summed quantized weights of the known features. All slots are
    /// prefetched before any is read, so the cache misses of one call overlap instead of queuing.
    /// </summary>
    public unsafe void Score(ReadOnlySpan<uint> features, out int a, out int b, out int c)
    {
        int capacity = _slots.Length;
        Span<int> homes = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        fixed (Slot* start = _slots)
        {
            for (int i = 0; i < features.Length; i++)
            {
                homes[i] = FeatureTable.Home(features[i], capacity);
                if (Sse.IsSupported) Sse.Prefetch0(start + homes[i]);
            }
        }
        a = b = c = 0;
        ref Slot slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        for (int i = 0; i < features.Length; i++)
        {
            uint key = features[i];
            int slot = homes[i];
            while (true)
            {
                ref Slot s = ref Unsafe.Add(ref slots, slot);
                if (s.Key == key)
                {
                    a += s.W0; b += s.W1; c += s.W2;
                    break;
                }
                if (s.Key == 0) break;
                slot = FeatureTable.Next(slot, capacity);
            }
        }
    }

    /// <summary>Keys and weights (row-major, <paramref name="classes"/> per row) in slot order.</summary>
    public (uint[] Keys, short[] Weights) Rowwise(int classes)
    {
        var keys = new uint[Rows];
        var weights = new short[Rows * classes];
        int r = 0;
        foreach (var s in _slots)
        {
            if (s.Key == 0) continue;
            keys[r] = s.Key;
            weights[r * classes] = s.W0;
            if (classes > 1) weights[r * classes + 1] = s.W1;
            if (classes > 2) weights[r * classes + 2] = s.W2;
            r++;
        }
        return (keys, weights);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_slots.Length);
        writer.Write(MemoryMarshal.AsBytes(_slots.AsSpan()));
    }

    public static InlineTable Read(Stream stream, BinaryReader reader, int rows)
    {
        int capacity = reader.ReadInt32();
        if (capacity < 1) throw new InvalidDataException("Corrupt inline table.");
        var slots = GC.AllocateUninitializedArray<Slot>(capacity);
        stream.ReadExactly(MemoryMarshal.AsBytes(slots.AsSpan()));
        return new InlineTable(slots, rows);
    }
}
