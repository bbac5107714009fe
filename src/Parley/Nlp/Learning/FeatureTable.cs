using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Parley.Nlp.Learning;

/// <summary>
/// Immutable open-addressing map from a non-zero 32-bit feature key to its weight row. Key and row share one
/// 64-bit slot so a lookup costs one cache miss. Built once from keys, or read back as a block of slots (no
/// rehashing at load). Lookups allocate nothing and are thread-safe.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _slots;

    public FeatureTable(ReadOnlySpan<uint> keys)
    {
        _slots = new ulong[Capacity(keys.Length)];
        for (int row = 0; row < keys.Length; row++)
        {
            uint key = keys[row];
            int slot = Home(key, _slots.Length);
            while ((uint)_slots[slot] != 0)
            {
                if ((uint)_slots[slot] == key) throw new ArgumentException($"Duplicate feature key {key}.", nameof(keys));
                slot = Next(slot, _slots.Length);
            }
            _slots[slot] = key | ((ulong)(uint)row << 32);
        }
    }

    private FeatureTable(ulong[] slots) => _slots = slots;

    public int Capacity() => _slots.Length;

    /// <summary>Slots for <paramref name="count"/> keys at a load factor of at most 0.7 (any size: homes are found by multiply-shift).</summary>
    internal static int Capacity(int count) => Math.Max(16, (int)(count * 10L / 7) + 1);

    /// <summary>Home slot of a key (keys are already well-mixed hashes): the high half of key × capacity.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Home(uint key, int capacity) => (int)(((ulong)key * (uint)capacity) >> 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Next(int slot, int capacity) => ++slot == capacity ? 0 : slot;

    /// <summary>Starts loading the slots of all <paramref name="keys"/> into cache, so that the lookups that follow overlap their misses.</summary>
    public unsafe void Prefetch(ReadOnlySpan<uint> keys)
    {
        if (!Sse.IsSupported) return;
        fixed (ulong* start = _slots)
        {
            foreach (uint key in keys) Sse.Prefetch0(start + Home(key, _slots.Length));
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1 when the feature was never weighted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(uint key)
    {
        int capacity = _slots.Length;
        int slot = Home(key, capacity);
        ref ulong slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        while (true)
        {
            ulong s = Unsafe.Add(ref slots, slot);
            if ((uint)s == key) return (int)(s >> 32);
            if ((uint)s == 0) return -1;
            slot = Next(slot, capacity);
        }
    }

    /// <summary>The key of every row, in row order.</summary>
    public uint[] KeysByRow(int rows)
    {
        var keys = new uint[rows];
        foreach (ulong s in _slots)
            if ((uint)s != 0) keys[(int)(s >> 32)] = (uint)s;
        return keys;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_slots.Length);
        writer.Write(MemoryMarshal.AsBytes(_slots.AsSpan()));
    }

    public static FeatureTable Read(Stream stream, BinaryReader reader)
    {
        int capacity = reader.ReadInt32();
        if (capacity < 1) throw new InvalidDataException("Corrupt feature table.");
        var slots = GC.AllocateUninitializedArray<ulong>(capacity);
        stream.ReadExactly(MemoryMarshal.AsBytes(slots.AsSpan()));
        return new FeatureTable(slots);
    }
}
