namespace Parley.Entities;

/// <summary>
/// Interned token keys: every word the phrase index and the resolver's word lists know, built once with
/// <see cref="EntityResources"/>. Looking a folded span up returns the shared string, so known words cost no allocation.
/// Read-only after construction; thread-safe.
/// </summary>
public sealed class KeyPool
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public KeyPool() => _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds a key while the pool is being built; returns the interned copy.</summary>
    public string Add(string key) => _keys.TryGetValue(key, out var existing) ? existing : _keys.Add(key) ? key : key;

    /// <summary>The interned string equal to <paramref name="key"/>, or a new string when the pool does not know it.</summary>
    public string Get(ReadOnlySpan<char> key) => _lookup.TryGetValue(key, out var s) ? s : key.ToString();

    public int Count => _keys.Count;
}
