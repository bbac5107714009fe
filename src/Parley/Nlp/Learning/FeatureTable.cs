using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Parley.Nlp.Learning;

/// <summary>
/// Immutable open-addressing map from a non-zero 32-bit feature key to its weight row. Key and row share one
/// 64-bit slot so a lookup costs one cache miss. Built once at load; lookups allocate nothing and are thread-safe.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _slots;
    private readonly int _mask;

    public FeatureTable(ReadOnlySpan<uint> keys)
    {
        int capacity = Capacity(keys.Length);
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            uint key = keys[row];
            int slot = Home(key, _mask);
            while ((uint)_slots[slot] != 0)
            {
                if ((uint)_slots[slot] == key) throw new ArgumentException($"Duplicate feature key {key}.", nameof(keys));
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = key | ((ulong)(uint)row << 32);
        }
    }

    /// <summary>Power of two keeping the load factor at or below 0.7.</summary>
    internal static int Capacity(int count)
    {
        int capacity = 16;
        while (capacity * 7L < count * 10L) capacity <<= 1;
        return capacity;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Home(uint key, int mask) => (int)((key * 0x9E3779B1u ^ (key >> 15)) & (uint)mask);

    /// <summary>Starts loading the slots of all <paramref name="keys"/> into cache, so that the lookups that follow overlap their misses.</summary>
    public unsafe void Prefetch(ReadOnlySpan<uint> keys)
    {
        if (!Sse.IsSupported) return;
        fixed (ulong* start = _slots)
        {
            foreach (uint key in keys) Sse.Prefetch0(start + Home(key, _mask));
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1 when the feature was never weighted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(uint key)
    {
        int slot = Home(key, _mask);
        while (true)
        {
            ulong s = _slots[slot];
            if ((uint)s == key) return (int)(s >> 32);
            if ((uint)s == 0) return -1;
            slot = (slot + 1) & _mask;
        }
    }
}
