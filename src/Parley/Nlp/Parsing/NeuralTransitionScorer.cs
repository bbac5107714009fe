using System.Numerics;
using System.Runtime.InteropServices;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Feed-forward transition scorer in the style of Chen &amp; Manning (2014) / Weiss et al. (2015): embeddings of
/// the words, tags (UPOS|XPOS pairs) and arc labels at fixed configuration positions (stack, buffer, outer
/// children), a few small categorical features (distance, valencies), one ReLU hidden layer and a linear
/// output over SHIFT/LEFT/RIGHT. Each (slot, frequent word / tag / label) embedding is multiplied into the hidden
/// layer once (C&amp;M's precomputation) after training and stored in the file, so scoring a configuration costs one
/// hidden-vector add per slot and loading is a bulk copy; rare words are multiplied once per sentence. Immutable and
/// thread-safe once loaded.
/// </summary>
internal sealed class NeuralTransitionScorer
{
    /// <summary>v2 adds the precomputed 16-bit rows (see <see cref="Write"/>); v1 files still load (rows computed at load).</summary>
    public const int Version = 2;

    // Slots: word and tag at 20 positions, label at the 14 child positions, 4 small categorical features.
    public const int Positions = 20, LabelSlots = 14, MiscSlots = 4, MiscValues = 10;
    public const int WordSlot0 = 0, TagSlot0 = Positions, LabelSlot0 = 2 * Positions, MiscSlot0 = 2 * Positions + LabelSlots;
    public const int Slots = MiscSlot0 + MiscSlots;
    public const int Groups = 4, WordGroup = 0, TagGroup = 1, LabelGroup = 2, MiscGroup = 3;

    // Special ids shared by the word and tag vocabularies.
    public const int NullId = 0, RootId = 1, UnknownId0 = 2, Shapes = 16, FirstWordId = UnknownId0 + Shapes, FirstTagId = 3;

    public readonly int Hidden;
    public readonly int[] Dims;            // per group
    public readonly int[] VocabSizes;      // per group
    public readonly float[][] Embeddings;  // per group: vocab × dim
    public readonly float[] W1;            // inputDim × Hidden (row per input dimension)
    public readonly float[] B1;            // Hidden
    public readonly float[] W2;            // 3 × Hidden
    public readonly float[] B2;            // 3
    public readonly Dictionary<string, int> WordIds;
    public readonly Dictionary<string, int> TagIds;
    public readonly int PrecomputedWords;

    private readonly int[] _slotOffset;

    public NeuralTransitionScorer(int hidden, int[] dims, Dictionary<string, int> wordIds, Dictionary<string, int> tagIds, int labels, float[][]? embeddings = null, float[]? w1 = null, float[]? b1 = null, float[]? w2 = null, float[]? b2 = null, int precomputedWords = 2000)
    {
        Hidden = hidden;
        Dims = dims;
        WordIds = wordIds;
        TagIds = tagIds;
        VocabSizes = [FirstWordId + wordIds.Count, FirstTagId + tagIds.Count, labels + 1, MiscSlots * MiscValues];
        _slotOffset = new int[Slots + 1];
        for (int s = 0; s < Slots; s++) _slotOffset[s + 1] = _slotOffset[s] + Dims[GroupOf(s)];
        Embeddings = embeddings ?? [.. Enumerable.Range(0, Groups).Select(g => new float[VocabSizes[g] * Dims[g]])];
        W1 = w1 ?? new float[InputDim * hidden];
        B1 = b1 ?? new float[hidden];
        W2 = w2 ?? new float[ParserState.ActionCount * hidden];
        B2 = b2 ?? new float[ParserState.ActionCount];
        PrecomputedWords = Math.Min(precomputedWords, VocabSizes[WordGroup]);
        _tagPairs = new Dictionary<(string, string), int>(tagIds.Count);
        foreach (var (pair, id) in tagIds)
        {
            int bar = pair.IndexOf('|');
            _tagPairs[(pair[..bar], pair[(bar + 1)..])] = id;
        }
    }

    /// <summary>The same network precomputing the products of the <paramref name="words"/> most frequent words (shares the weights).</summary>
    public NeuralTransitionScorer WithPrecomputedWords(int words)
    {
        var copy = new NeuralTransitionScorer(Hidden, Dims, WordIds, TagIds, VocabSizes[LabelGroup] - 1, Embeddings, W1, B1, W2, B2, words);
        copy.Precompute();
        return copy;
    }

    public int InputDim => _slotOffset[Slots];
    public int SlotOffset(int slot) => _slotOffset[slot];
    public static int GroupOf(int slot) => slot < TagSlot0 ? WordGroup : slot < LabelSlot0 ? TagGroup : slot < MiscSlot0 ? LabelGroup : MiscGroup;

    /// <summary>Lower-cased form with digits folded to 0: the key of the word vocabulary.</summary>
    public static string NormalizeWord(string form)
    {
        Span<char> buffer = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        for (int i = 0; i < form.Length; i++)
        {
            char c = form[i];
            buffer[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
        return new string(buffer);
    }

    /// <summary>Unknown-word class from the word's shape: capitalised, has a digit, has a hyphen, has no letter.</summary>
    public static int ShapeId(string form)
    {
        bool upper = form.Length > 0 && char.IsUpper(form[0]), digit = false, hyphen = false, letter = false;
        foreach (char c in form)
        {
            digit |= char.IsDigit(c);
            hyphen |= c == '-';
            letter |= char.IsLetter(c);
        }
        return UnknownId0 + (upper ? 1 : 0) + (digit ? 2 : 0) + (hyphen ? 4 : 0) + (letter ? 0 : 8);
    }

    /// <summary>The word's id (its normalized form's, else its shape class); forms already normalized are looked up without copying.</summary>
    public int WordId(string form)
    {
        bool normalized = true;
        foreach (char c in form)
            if (char.IsDigit(c) ? c != '0' : char.ToLowerInvariant(c) != c) { normalized = false; break; }
        return WordIds.TryGetValue(normalized ? form : NormalizeWord(form), out int id) ? id : ShapeId(form);
    }

    public int TagId(string upos, string xpos) => _tagPairs.TryGetValue((upos, xpos), out int id) ? id : UnknownId0;

    private readonly Dictionary<(string, string), int> _tagPairs;

    private static int Child(int[] of, int p) => p < 0 ? -1 : of[p];

    /// <summary>The word positions of the configuration (-1 for none), in slot order.</summary>
    public static void PositionsOf(ParserState st, Span<int> p)
    {
        int s0 = st.S(0), s1 = st.S(1), b0 = st.B(0);
        p[0] = s0; p[1] = s1; p[2] = st.S(2); p[3] = b0; p[4] = st.B(1); p[5] = st.B(2);
        p[6] = Child(st.L1, s0); p[7] = Child(st.L2, s0); p[8] = Child(st.R1, s0); p[9] = Child(st.R2, s0);
        p[10] = Child(st.L1, s1); p[11] = Child(st.L2, s1); p[12] = Child(st.R1, s1); p[13] = Child(st.R2, s1);
        p[14] = Child(st.L1, b0); p[15] = Child(st.L2, b0);
        p[16] = Child(st.L1, p[6]); p[17] = Child(st.R1, p[8]); p[18] = Child(st.R1, p[12]); p[19] = Child(st.L1, p[14]);
    }

    /// <summary>
    /// Fills the 58 slot ids of configuration <paramref name="st"/>, given the sentence's word and tag ids
    /// (index 0 = root).
    /// </summary>
    public static void Extract(ParserState st, ReadOnlySpan<int> wordIds, ReadOnlySpan<int> tagIds, Span<int> ids)
    {
        Span<int> p = stackalloc int[Positions];
        PositionsOf(st, p);
        for (int k = 0; k < Positions; k++)
        {
            int q = p[k];
            ids[WordSlot0 + k] = q < 0 ? NullId : wordIds[q];
            ids[TagSlot0 + k] = q < 0 ? NullId : tagIds[q];
        }
        for (int k = 0; k < LabelSlots; k++)
        {
            int q = p[6 + k];
            ids[LabelSlot0 + k] = q < 0 ? 0 : st.Labels[q] + 1;
        }
        int s0 = p[0], b0 = p[3];
        int d = s0 < 0 || b0 < 0 ? 9 : Math.Min(b0 - s0, 8);
        ids[MiscSlot0] = d;
        ids[MiscSlot0 + 1] = MiscValues + (s0 < 0 ? 9 : Math.Min(st.NumL[s0], 8));
        ids[MiscSlot0 + 2] = 2 * MiscValues + (s0 < 0 ? 9 : Math.Min(st.NumR[s0], 8));
        ids[MiscSlot0 + 3] = 3 * MiscValues + (b0 < 0 ? 9 : Math.Min(st.NumL[b0], 8));
    }

    /// <summary>
    /// Multiplies every (slot, id) embedding into the hidden layer, for all but the rarer words. Rows are stored
    /// relative to the slot's id 0 (none), whose products are folded into one base vector with the bias, so a
    /// slot holding nothing costs nothing when scoring.
    /// </summary>
    public void Precompute()
    {
        var pre = new float[Slots][];
        Parallel.For(0, Slots, s =>
        {
            int g = GroupOf(s);
            int count = g == WordGroup ? PrecomputedWords : VocabSizes[g];
            var table = new float[count * Hidden];
            var difference = new float[Dims[g]];
            Project(s, NullId, table.AsSpan(0, Hidden));
            for (int id = 1; id < count; id++) ProjectRelative(s, id, table.AsSpan(id * Hidden, Hidden), difference);
            pre[s] = table;
        });
        var baseline = (float[])B1.Clone();
        for (int s = 0; s < Slots; s++)
        {
            Add(pre[s].AsSpan(0, Hidden), baseline);
            pre[s].AsSpan(0, Hidden).Clear();
        }
        _baseline = baseline;
        Quantize(pre);
    }

    /// <summary>
    /// The precomputed rows as 16-bit integers × one scale (the largest |value| maps to 32,767), all slots in one
    /// array: half the memory the decoder reads per configuration, summed exactly in 32-bit integers. The rounding
    /// error is ≤ scale / 2 per row (≈ 1.5·10⁻⁵ of the largest value).
    /// </summary>
    private void Quantize(float[][] pre)
    {
        float max = 0;
        foreach (var table in pre)
            foreach (float v in table) max = Math.Max(max, Math.Abs(v));
        float scale = max > 0 ? max / short.MaxValue : 1f;
        var slotBase = new int[pre.Length];
        long total = 0;
        for (int s = 0; s < pre.Length; s++)
        {
            slotBase[s] = (int)total;
            total += pre[s].Length;
        }
        var rows = new short[total];
        for (int s = 0; s < pre.Length; s++)
        {
            var table = pre[s];
            var target = rows.AsSpan(slotBase[s], table.Length);
            // |value| ≤ max, so value / scale rounds into [−32,767, 32,767].
            float inverse = 1f / scale;
            for (int i = 0; i < table.Length; i++) target[i] = (short)MathF.Round(table[i] * inverse);
        }
        _quantScale = scale;
        _slotBase = slotBase;
        _rows16 = rows;
    }

    private float _quantScale = 1f;
    private int[] _slotBase = [];
    private short[] _rows16 = [];          // per slot (from _slotBase): (precomputed vocab) × Hidden, relative to id 0

    private float[] _baseline = [];

    /// <summary>out = E[id] · W1[slot block].</summary>
    public void Project(int slot, int id, Span<float> output)
    {
        output.Clear();
        int g = GroupOf(slot), dim = Dims[g], offset = _slotOffset[slot];
        var e = Embeddings[g].AsSpan(id * dim, dim);
        for (int k = 0; k < dim; k++)
            if (e[k] != 0) Axpy(e[k], W1.AsSpan((offset + k) * Hidden, Hidden), output);
    }

    /// <summary>out = (E[id] − E[none]) · W1[slot block]: a rare word's row relative to the slot's "none" row, as the precomputed rows are.</summary>
    private void ProjectRelative(int slot, int id, Span<float> output, float[] difference)
    {
        int g = GroupOf(slot), dim = Dims[g], offset = _slotOffset[slot];
        var e = Embeddings[g];
        for (int k = 0; k < dim; k++) difference[k] = e[id * dim + k] - e[k];
        var first = MemoryMarshal.Cast<float, Vector<float>>(W1.AsSpan(offset * Hidden, Hidden));
        var target = MemoryMarshal.Cast<float, Vector<float>>(output);
        var d0 = new Vector<float>(difference[0]);
        for (int i = 0; i < target.Length; i++) target[i] = d0 * first[i];
        for (int i = target.Length * Vector<float>.Count; i < output.Length; i++) output[i] = difference[0] * W1[offset * Hidden + i];
        for (int k = 1; k < dim; k++) Axpy(difference[k], W1.AsSpan((offset + k) * Hidden, Hidden), output);
    }

    /// <summary>Per-thread scratch for decoding one sentence.</summary>
    internal sealed class Scratch
    {
        public int[] WordIds = new int[64], TagIds = new int[64];
        public string[] Words = new string[64], Upos = new string[64], Xpos = new string[64]; // index 0 = root (unused)
        public int[] Ids = new int[Slots];
        public float[] Hidden = [];
        public int[] RowOffsets = new int[Slots];
        public float[] Difference = [];
        public float[] RareCache = [];
        public int[] RareStamp = [];
        public int Stamp;
    }

    [ThreadStatic] private static Scratch? s_scratch;
    [ThreadStatic] private static Scratch? s_secondScratch;

    private const int Unresolved = -1;

    private void Resolve(Scratch sc, ReadOnlySpan<int> positions)
    {
        foreach (int q in positions)
            if (q > 0 && sc.WordIds[q] == Unresolved)
            {
                sc.WordIds[q] = WordId(sc.Words[q]);
                sc.TagIds[q] = TagId(sc.Upos[q], sc.Xpos[q]);
            }
    }

    public Scratch Prepare(ReadOnlySpan<string> words, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos) =>
        PrepareInto(s_scratch ??= new Scratch(), words, upos, xpos);

    /// <summary>
    /// As <see cref="Prepare"/>, into a second per-thread scratch: for a second network decoding the same sentence
    /// beside the first (an ensemble of two networks), whose word ids and cached rows must not overwrite the first's.
    /// </summary>
    internal Scratch PrepareSecond(ReadOnlySpan<string> words, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos) =>
        PrepareInto(s_secondScratch ??= new Scratch(), words, upos, xpos);

    private Scratch PrepareInto(Scratch sc, ReadOnlySpan<string> words, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos)
    {
        int n = words.Length;
        if (sc.WordIds.Length < n + 1)
        {
            sc.WordIds = new int[(n + 1) * 2];
            sc.TagIds = new int[(n + 1) * 2];
            sc.Words = new string[(n + 1) * 2];
            sc.Upos = new string[(n + 1) * 2];
            sc.Xpos = new string[(n + 1) * 2];
        }
        if (sc.Hidden.Length < Hidden) sc.Hidden = new float[Hidden];
        if (sc.Difference.Length < Dims[WordGroup]) sc.Difference = new float[Dims[WordGroup]];
        if (sc.RareStamp.Length < (n + 1) * Positions)
        {
            sc.RareStamp = new int[(n + 1) * Positions * 2];
            sc.RareCache = new float[sc.RareStamp.Length * Hidden];
        }
        if (++sc.Stamp == int.MaxValue)
        {
            Array.Clear(sc.RareStamp);
            sc.Stamp = 1;
        }
        sc.WordIds[0] = RootId;
        sc.TagIds[0] = RootId;
        // Ids are looked up when a configuration the network scores first reaches the word (see Resolve): with the
        // cascade, most words of a sentence are never looked at by the network.
        words.CopyTo(sc.Words.AsSpan(1));
        upos[..n].CopyTo(sc.Upos.AsSpan(1));   // the tag buffers may be longer than the sentence
        xpos[..n].CopyTo(sc.Xpos.AsSpan(1));
        sc.WordIds.AsSpan(1, n).Fill(Unresolved);
        return sc;
    }

    /// <summary>Transition scores of configuration <paramref name="st"/> of the sentence prepared in <paramref name="sc"/>.</summary>
    public void Score(Scratch sc, ParserState st, Span<float> scores)
    {
        Span<int> p = stackalloc int[Positions];
        PositionsOf(st, p);
        Resolve(sc, p);
        var ids = sc.Ids;
        Extract(st, sc.WordIds, sc.TagIds, ids);
        var h = sc.Hidden.AsSpan(0, Hidden);
        _baseline.CopyTo(h);
        var rows = sc.RowOffsets;
        int count = 0;
        for (int s = 0; s < Slots; s++)
        {
            int id = ids[s];
            if (id == NullId) continue;
            if (s < TagSlot0 && id >= PrecomputedWords)
            {
                // A rarer word: its projection for this slot is computed once per sentence.
                int key = p[s] * Positions + s;
                var cached = sc.RareCache.AsSpan(key * Hidden, Hidden);
                if (sc.RareStamp[key] != sc.Stamp)
                {
                    ProjectRelative(s, id, cached, sc.Difference);
                    sc.RareStamp[key] = sc.Stamp;
                }
                Add(cached, h);
            }
            else
            {
                rows[count++] = _slotBase[s] + id * Hidden;
            }
        }
        SumRows(rows.AsSpan(0, count), h);
        Relu(h);
        for (int a = 0; a < ParserState.ActionCount; a++)
            scores[a] = B2[a] + Dot(W2.AsSpan(a * Hidden, Hidden), h);
    }

    internal static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        var xv = MemoryMarshal.Cast<float, Vector<float>>(x);
        var yv = MemoryMarshal.Cast<float, Vector<float>>(y);
        var av = new Vector<float>(a);
        for (int i = 0; i < yv.Length; i++) yv[i] += av * xv[i];
        for (int i = yv.Length * Vector<float>.Count; i < y.Length; i++) y[i] += a * x[i];
    }

    /// <summary>
    /// h += scale × Σ of the 16-bit rows starting at <paramref name="offsets"/>, a block of hidden units at a time
    /// across all rows: the sums stay in registers and the rows' cache misses overlap.
    /// </summary>
    private void SumRows(ReadOnlySpan<int> offsets, Span<float> h)
    {
        ref short rows = ref MemoryMarshal.GetArrayDataReference(_rows16);
        int width = Vector<short>.Count, half = Vector<int>.Count, c = 0;
        var scale = new Vector<float>(_quantScale);
        for (; c + width <= h.Length; c += width)
        {
            Vector<int> lo = Vector<int>.Zero, hi = Vector<int>.Zero;
            foreach (int offset in offsets)
            {
                Vector.Widen(Vector.LoadUnsafe(ref rows, (nuint)(offset + c)), out var a, out var b);
                lo += a;
                hi += b;
            }
            var block = MemoryMarshal.Cast<float, Vector<float>>(h.Slice(c, width));
            block[0] += Vector.ConvertToSingle(lo) * scale;
            block[1] += Vector.ConvertToSingle(hi) * scale;
        }
        for (; c < h.Length; c++)
        {
            int sum = 0;
            foreach (int offset in offsets) sum += _rows16[offset + c];
            h[c] += _quantScale * sum;
        }
    }

    internal static void Add(ReadOnlySpan<float> x, Span<float> y)
    {
        var xv = MemoryMarshal.Cast<float, Vector<float>>(x);
        var yv = MemoryMarshal.Cast<float, Vector<float>>(y);
        for (int i = 0; i < yv.Length; i++) yv[i] += xv[i];
        for (int i = yv.Length * Vector<float>.Count; i < y.Length; i++) y[i] += x[i];
    }

    internal static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var xv = MemoryMarshal.Cast<float, Vector<float>>(x);
        var yv = MemoryMarshal.Cast<float, Vector<float>>(y);
        var acc = Vector<float>.Zero;
        for (int i = 0; i < xv.Length; i++) acc += xv[i] * yv[i];
        float sum = Vector.Sum(acc);
        for (int i = xv.Length * Vector<float>.Count; i < x.Length; i++) sum += x[i] * y[i];
        return sum;
    }

    internal static void Relu(Span<float> h)
    {
        var hv = MemoryMarshal.Cast<float, Vector<float>>(h);
        for (int i = 0; i < hv.Length; i++) hv[i] = Vector.Max(hv[i], Vector<float>.Zero);
        for (int i = hv.Length * Vector<float>.Count; i < h.Length; i++) h[i] = Math.Max(h[i], 0);
    }

    private static string[] ByIndex(Dictionary<string, int> ids, int first)
    {
        var keys = new string[ids.Count];
        foreach (var (k, v) in ids) keys[v - first] = k;
        return keys;
    }

    /// <summary>
    /// Writes the vocabularies and weights (float32), then (v2) the precomputed rows exactly as the decoder holds them:
    /// the 16-bit scale, the baseline vector, each slot's first row and the rows themselves, so that loading is a bulk
    /// copy instead of the multiplication <see cref="Precompute"/> does (the rows are a function of the weights, so the
    /// file stays deterministic).
    /// </summary>
    public void Write(BinaryWriter w) => Write(w, Version);

    /// <summary>Writes format <paramref name="version"/>: 1 leaves the rows out (as files before v2; for tests of old files).</summary>
    internal void Write(BinaryWriter w, int version)
    {
        if (version is < 1 or > Version) throw new ArgumentOutOfRangeException(nameof(version));
        w.Write(version);
        w.Write(Hidden);
        w.Write(PrecomputedWords);
        foreach (int d in Dims) w.Write(d);
        w.Write(VocabSizes[LabelGroup] - 1);
        Learning.ModelFile.WriteStrings(w, ByIndex(WordIds, FirstWordId));
        Learning.ModelFile.WriteStrings(w, ByIndex(TagIds, FirstTagId));
        foreach (var e in Embeddings) WriteFloats(w, e);
        WriteFloats(w, W1);
        WriteFloats(w, B1);
        WriteFloats(w, W2);
        WriteFloats(w, B2);
        if (version >= 2) WritePrecomputed(w);
    }

    private void WritePrecomputed(BinaryWriter w)
    {
        if (_baseline.Length == 0) throw new InvalidOperationException("The scorer's rows are written as the decoder holds them: call Precompute first.");
        w.Write(_quantScale);
        WriteFloats(w, _baseline);
        w.Write(_slotBase.Length);
        w.Write(MemoryMarshal.AsBytes(_slotBase.AsSpan()));
        w.Write(_rows16.Length);
        w.Write(MemoryMarshal.AsBytes(_rows16.AsSpan()));
    }

    /// <summary>Reads the rows <see cref="WritePrecomputed"/> wrote, checking their shape against this network's.</summary>
    private void ReadPrecomputed(BinaryReader r)
    {
        float scale = r.ReadSingle();
        var baseline = ReadFloats(r);
        int slots = r.ReadInt32();
        if (baseline.Length != Hidden || slots != Slots) throw new InvalidDataException("Corrupt neural scorer rows.");
        var slotBase = new int[slots];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(slotBase.AsSpan()));
        long expected = 0;
        for (int s = 0; s < Slots; s++)
        {
            if (slotBase[s] != expected) throw new InvalidDataException("Corrupt neural scorer rows.");
            expected += (long)(GroupOf(s) == WordGroup ? PrecomputedWords : VocabSizes[GroupOf(s)]) * Hidden;
        }
        int count = r.ReadInt32();
        if (count != expected) throw new InvalidDataException("Corrupt neural scorer rows.");
        var rows = GC.AllocateUninitializedArray<short>(count);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(rows.AsSpan()));
        _quantScale = scale;
        _baseline = baseline;
        _slotBase = slotBase;
        _rows16 = rows;
    }

    /// <summary>Reads a v2 scorer (rows read from the file) or a v1 scorer (rows computed here).</summary>
    public static NeuralTransitionScorer Read(BinaryReader r)
    {
        int version = r.ReadInt32();
        if (version is < 1 or > Version) throw new InvalidDataException($"neural scorer version {version} is not supported");
        int hidden = r.ReadInt32(), pre = r.ReadInt32();
        var dims = new int[Groups];
        for (int g = 0; g < Groups; g++) dims[g] = r.ReadInt32();
        int labels = r.ReadInt32();
        var words = Learning.ModelFile.ReadStrings(r);
        var tags = Learning.ModelFile.ReadStrings(r);
        var wordIds = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++) wordIds[words[i]] = FirstWordId + i;
        var tagIds = new Dictionary<string, int>(tags.Length, StringComparer.Ordinal);
        for (int i = 0; i < tags.Length; i++) tagIds[tags[i]] = FirstTagId + i;
        var emb = new float[Groups][];
        for (int g = 0; g < Groups; g++) emb[g] = ReadFloats(r);
        var scorer = new NeuralTransitionScorer(hidden, dims, wordIds, tagIds, labels, emb, ReadFloats(r), ReadFloats(r), ReadFloats(r), ReadFloats(r), pre);
        if (version >= 2) scorer.ReadPrecomputed(r);
        else scorer.Precompute();
        return scorer;
    }

    private static void WriteFloats(BinaryWriter w, float[] values)
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static float[] ReadFloats(BinaryReader r)
    {
        var values = GC.AllocateUninitializedArray<float>(r.ReadInt32());
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
