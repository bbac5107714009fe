using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>Adds the weights of every known feature to the first three <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        float a = 0, b = 0, c = 0;
        ref Slot slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        foreach (uint key in features)
        {
            int slot = FeatureTable.Home(key, _mask);
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
