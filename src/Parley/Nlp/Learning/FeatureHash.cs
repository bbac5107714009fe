using System.Numerics;
using System.Runtime.CompilerServices;

namespace Parley.Nlp.Learning;

/// <summary>
/// Hashes feature templates and their values (word hashes, tag ids, small ints) into 32-bit feature keys
/// without allocating. A key is a template id mixed with up to three 64-bit values; collisions between
/// distinct features are rare (about one in 4·10⁹ per pair) and harmless to a linear model.
/// </summary>
internal static class FeatureHash
{
    private const ulong K1 = 0x9E3779B97F4A7C15UL;
    private const ulong K2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong K3 = 0x165667B19E3779F9UL;

    /// <summary>Hash of a character span (FNV-1a over UTF-16 units, then mixed); <paramref name="lower"/> folds case.</summary>
    public static ulong Chars(ReadOnlySpan<char> s, bool lower)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in s)
        {
            char x = lower ? char.ToLowerInvariant(c) : c;
            h = (h ^ x) * 0x100000001B3UL;
        }
        return Fmix(h ^ (ulong)s.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a) => Finish(Step(Step((ulong)template * K3, a), 0));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a, ulong b) => Finish(Step(Step((ulong)template * K3, a), b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a, ulong b, ulong c) => Finish(Step(Step(Step((ulong)template * K3, a), b), c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a, ulong b, ulong c, ulong d) => Finish(Step(Step(Step(Step((ulong)template * K3, a), b), c), d));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    /// <summary>Word shape under <paramref name="template"/>: X/x/d per letter class, other characters as themselves, runs cut at two.</summary>
    public static ulong Shape(ReadOnlySpan<char> word, int template)
    {
        ulong h = 0xCBF29CE484222325UL;
        char prev = '\0';
        int run = 0;
        foreach (char c in word)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = k == prev ? run + 1 : 0;
            prev = k;
            if (run >= 2) continue;
            h = (h ^ k) * 0x100000001B3UL;
        }
        return Key(template, h);
    }

    private static ulong Step(ulong h, ulong v) => BitOperations.RotateLeft(h ^ (v * K1), 29) * K2 + K3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(ulong h)
    {
        h = Fmix(h);
        uint k = (uint)(h ^ (h >> 32));
        return k == 0 ? 1u : k; // 0 marks an empty slot in FeatureTable
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fmix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
