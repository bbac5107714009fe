using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Parley.Nlp.Learning;

/// <summary>
/// Open-addressing table for models with at most three classes (the parser's transitions): the weights sit
/// in the slot next to the key, so scoring one feature costs a single cache miss.
/// </summary>
internal sealed class InlineTable
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Key;
        public float W0, W1, W2;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;

    public InlineTable(ReadOnlySpan<uint> keys, ReadOnlySpan<float> weights, int classes)
    {
        if (classes > 3) throw new ArgumentOutOfRangeException(nameof(classes));
        int capacity = FeatureTable.Capacity(keys.Length);
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            int slot = FeatureTable.Home(keys[row], _mask);
            while (_slots[slot].Key != 0) slot = (slot + 1) & _mask;
            ref var s = ref _slots[slot];
            s.Key = keys[row];
            s.W0 = weights[row * classes];
            if (classes > 1) s.W1 = weights[row * classes + 1];
            if (classes > 2) s.W2 = weights[row * classes + 2];
        }
    }

    /// <summary>
    /// Sets the first three <paramref name="scores"/> to the summed weights of the known features. All slots are
    /// prefetched before any is read, so the cache misses of one call overlap instead of queuing.
    /// </summary>
    public unsafe void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        float a = 0, b = 0, c = 0;
        Span<int> homes = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        fixed (Slot* start = _slots)
        {
            for (int i = 0; i < features.Length; i++)
            {
                homes[i] = FeatureTable.Home(features[i], _mask);
                if (Sse.IsSupported) Sse.Prefetch0(start + homes[i]);
            }
        }
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
                slot = (slot + 1) & _mask;
            }
        }
        scores[0] = a;
        if (scores.Length > 1) scores[1] = b;
        if (scores.Length > 2) scores[2] = c;
    }
}
