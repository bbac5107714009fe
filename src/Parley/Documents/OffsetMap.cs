namespace Parley.Documents;

/// <summary>
/// Maps offsets of a cleaned text back to the source text it was derived from.
/// Stored as sorted anchor pairs; between two anchors offsets advance one-for-one,
/// which is exact for deletions and insertions recorded as anchors.
/// Immutable and thread-safe.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _clean;
    private readonly int[] _source;

    private OffsetMap(int[] clean, int[] source)
    {
        _clean = clean;
        _source = source;
    }

    /// <summary>The cleaned text equals the source text.</summary>
    public static OffsetMap Identity { get; } = new([0], [0]);

    public bool IsIdentity => _clean.Length == 1 && _source[0] == 0;

    /// <summary>Anchor pairs (clean offset, source offset), in increasing order of both.</summary>
    public IEnumerable<(int Clean, int Source)> Anchors
    {
        get
        {
            for (int i = 0; i < _clean.Length; i++)
                yield return (_clean[i], _source[i]);
        }
    }

    /// <summary>Rebuilds a map from the anchors <see cref="Anchors"/> listed (as stored).</summary>
    public static OffsetMap FromAnchors(IEnumerable<(int Clean, int Source)> anchors)
    {
        var builder = new Builder();
        foreach (var (clean, source) in anchors)
            builder.Anchor(clean, source);
        return builder.Build();
    }

    public int ToSource(int cleanOffset)
    {
        int i = Array.BinarySearch(_clean, cleanOffset);
        if (i < 0) i = ~i - 1;
        if (i < 0) i = 0;
        return _source[i] + (cleanOffset - _clean[i]);
    }

    public Span ToSource(Span clean) => new(ToSource(clean.Start), Math.Max(ToSource(clean.Start), ToSource(clean.End)));

    /// <summary>Builds a map while a cleaner copies text: call <see cref="Builder.Anchor"/> whenever the
    /// source and cleaned positions stop advancing together.</summary>
    public sealed class Builder
    {
        private readonly List<int> _clean = [0];
        private readonly List<int> _source = [0];

        public void Anchor(int cleanOffset, int sourceOffset)
        {
            int last = _clean.Count - 1;
            if (cleanOffset < _clean[last] || sourceOffset < _source[last])
                throw new ArgumentException("Offset map anchors must be added in increasing order.");
            if (cleanOffset - _clean[last] == sourceOffset - _source[last])
                return; // still on the same diagonal: no anchor needed
            if (cleanOffset == _clean[last])
            {
                _source[last] = sourceOffset;
                return;
            }
            _clean.Add(cleanOffset);
            _source.Add(sourceOffset);
        }

        public OffsetMap Build() =>
            _clean.Count == 1 && _source[0] == 0 ? Identity : new OffsetMap([.. _clean], [.. _source]);
    }
}
