namespace Parley.Nlp.Tokenization;

/// <summary>
/// The weights of the sentence-boundary perceptron: feature hash → weight, in an open-addressing table.
/// Stored as <c>models/tokenizer/sentence-splitter.bin</c>: magic <c>PSS1</c>, a count, then (hash, weight)
/// pairs sorted by hash, little-endian. Immutable and thread-safe.
/// </summary>
public sealed class SentenceModel
{
    private const int Magic = 0x31535350; // "PSS1"
    // Key fingerprint and weight side by side in 8 bytes: one cache line per probe and half the memory of
    // full keys. The slot comes from the low bits of the hash, the fingerprint from the high 32 bits; a false
    // match needs both to collide (about 2^-32 per probe).
    private readonly Slot[] _slots;
    private readonly int _mask;

    private struct Slot
    {
        public uint Fingerprint;
        public float Weight;
    }

    private static uint Fingerprint(ulong key) => (uint)(key >> 32) | 1u; // 0 marks an empty slot

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
            while (_slots[slot].Fingerprint != 0) slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Fingerprint = Fingerprint(key), Weight = weight };
        }
    }

    internal KeyValuePair<ulong, float>[] Entries { get; }

    public int FeatureCount => Entries.Length;

    /// <summary>The same model with <paramref name="delta"/> added to the weight of the bias feature (which every
    /// boundary has): a positive delta ends more sentences. A decision threshold tuned on development data is
    /// kept in the model this way, so the splitter still decides by the sign of the score.</summary>
    public SentenceModel WithBias(float delta)
    {
        ulong bias = SentenceFeatures.Bias;
        var weights = new List<KeyValuePair<ulong, float>>(Entries.Length + 1);
        bool found = false;
        foreach (var (key, weight) in Entries)
        {
            if (key == bias) { weights.Add(new(key, weight + delta)); found = true; }
            else weights.Add(new(key, weight));
        }
        if (!found) weights.Add(new(bias, delta));
        return new SentenceModel(weights);
    }

    internal float Weight(ulong key)
    {
        int slot = (int)(key & (ulong)_mask);
        uint fingerprint = Fingerprint(key);
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Fingerprint == fingerprint) return entry.Weight;
            if (entry.Fingerprint == 0) return 0f;
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
