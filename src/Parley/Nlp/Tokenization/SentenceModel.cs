namespace Parley.Nlp.Tokenization;

/// <summary>
/// The weights of the sentence-boundary perceptron: feature hash → weight, in an open-addressing table.
/// Stored as <c>models/tokenizer/sentence-splitter.bin</c>: magic <c>PSS1</c>, a count, then (hash, weight)
/// pairs sorted by hash, little-endian. Immutable and thread-safe.
/// </summary>
public sealed class SentenceModel
{
    private const int Magic = 0x31535350; // "PSS1"
    private readonly Slot[] _slots; // key and weight side by side: one cache line per probe
    private readonly int _mask;

    private struct Slot
    {
        public ulong Key;
        public float Weight;
    }

    internal SentenceModel(IReadOnlyList<KeyValuePair<ulong, float>> weights)
    {
        int capacity = 16;
        while (capacity < weights.Count * 2) capacity *= 2;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        Entries = [.. weights.OrderBy(w => w.Key)];
        foreach (var (key, weight) in Entries)
        {
            int slot = (int)(key & (ulong)_mask);
            while (_slots[slot].Key != 0) slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Key = key, Weight = weight };
        }
    }

    internal KeyValuePair<ulong, float>[] Entries { get; }

    public int FeatureCount => Entries.Length;

    internal float Weight(ulong key)
    {
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Key == key) return entry.Weight;
            if (entry.Key == 0) return 0f;
            slot = (slot + 1) & _mask;
        }
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Entries.Length);
        foreach (var (key, weight) in Entries)
        {
            writer.Write(key);
            writer.Write(weight);
        }
    }

    public static SentenceModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic)
            throw new InvalidDataException("Not a sentence-splitter model (bad magic).");
        int count = reader.ReadInt32();
        var entries = new KeyValuePair<ulong, float>[count];
        for (int i = 0; i < count; i++)
            entries[i] = new(reader.ReadUInt64(), reader.ReadSingle());
        return new SentenceModel(entries);
    }

    /// <summary>The model embedded from <c>models/tokenizer/sentence-splitter.bin</c>, or null when absent.</summary>
    internal static SentenceModel? LoadEmbedded()
    {
        using var stream = typeof(SentenceModel).Assembly.GetManifestResourceStream("Parley.Models.Tokenizer.sentence-splitter.bin");
        return stream is null ? null : Read(stream);
    }
}
