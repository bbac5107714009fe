using System.Runtime.CompilerServices;

namespace Parley.Nlp.Learning;

/// <summary>
/// Immutable open-addressing map from a non-zero 32-bit feature key to its weight row. Built once at load;
/// lookups allocate nothing and are safe from many threads.
/// </summary>
internal sealed class FeatureTable
{
    private readonly uint[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(ReadOnlySpan<uint> keys)
    {
        int capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1;
        _keys = new uint[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            uint key = keys[row];
            int slot = (int)(Scramble(key) & (uint)_mask);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key) throw new ArgumentException($"Duplicate feature key {key}.", nameof(keys));
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = key;
            _rows[slot] = row;
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1 when the feature was never weighted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(uint key)
    {
        int slot = (int)(Scramble(key) & (uint)_mask);
        while (true)
        {
            uint k = _keys[slot];
            if (k == key) return _rows[slot];
            if (k == 0) return -1;
            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Scramble(uint key) => key * 0x9E3779B1u ^ (key >> 16);
}
