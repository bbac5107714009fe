using Parley.Nlp.Learning;

namespace Parley.Nlp.Tagging;

/// <summary>
/// Per-sentence word hashes and the feature templates of both tagging passes. One instance is reused
/// per thread; <see cref="Prepare"/> hashes each word once so feature extraction only mixes numbers.
/// </summary>
internal sealed partial class TaggerFeatures
{
    /// <summary>Words of context kept on each side; arrays are offset by this much.</summary>
    public const int Pad = 2;
    public const int MaxFeatures = 80;

    private static readonly ulong StartHash = FeatureHash.Chars("<s>", false) + 1;
    private static readonly ulong EndHash = FeatureHash.Chars("</s>", false) + 2;

    /// <summary>Ambiguity class per position: bit t set when the word was seen with UPOS t often enough (0 = unknown word).</summary>
    public ulong[] Amb = [];
    public ulong[] Lower = [], Exact = [], Shape = [], Suf1 = [], Suf2 = [], Suf3 = [], Suf4 = [], Pre1 = [], Pre2 = [], Pre3 = [];
    /// <summary>Predicted ids so far (UPOS pass) and of the whole sentence (XPOS pass); padding holds start/end ids.</summary>
    public int[] First = [], Upos = [], Xpos = [];
    public readonly uint[] Features = new uint[MaxFeatures];
    public float[] Scores = new float[64];
    public int Length;

    [ThreadStatic] private static TaggerFeatures? s_perThread;

    public static TaggerFeatures ForThread() => s_perThread ??= new TaggerFeatures();

    public void Prepare(ReadOnlySpan<string> words, int uposClasses, int xposClasses, Dictionary<string, ulong> ambiguity, TaggerClusters? clusters = null)
    {
        var amb = ambiguity.GetAlternateLookup<ReadOnlySpan<char>>();
        Length = words.Length;
        int size = words.Length + 2 * Pad;
        if (Lower.Length < size) Grow(size * 2);
        for (int p = 0; p < size; p++)
        {
            int i = p - Pad;
            if (i < 0 || i >= words.Length)
            {
                ulong h = i < 0 ? StartHash : EndHash;
                Lower[p] = Exact[p] = Shape[p] = Suf1[p] = Suf2[p] = Suf3[p] = Suf4[p] = Pre1[p] = Pre2[p] = Pre3[p] = Amb[p] = h;
                Upos[p] = First[p] = i < 0 ? uposClasses : uposClasses + 1;
                Xpos[p] = i < 0 ? xposClasses : xposClasses + 1;
                continue;
            }
            var w = words[i].AsSpan();
            Lower[p] = FeatureHash.Chars(w, true);
            Amb[p] = amb.TryGetValue(w, out ulong mask) ? mask : 0;
            Exact[p] = FeatureHash.Chars(w, false);
            Shape[p] = FeatureHash.Shape(w, 999);
            Suf1[p] = FeatureHash.Chars(w[^Math.Min(1, w.Length)..], true);
            Suf2[p] = FeatureHash.Chars(w[^Math.Min(2, w.Length)..], true);
            Suf3[p] = FeatureHash.Chars(w[^Math.Min(3, w.Length)..], true);
            Suf4[p] = FeatureHash.Chars(w[^Math.Min(4, w.Length)..], true);
            Pre1[p] = FeatureHash.Chars(w[..Math.Min(1, w.Length)], false);
            Pre2[p] = FeatureHash.Chars(w[..Math.Min(2, w.Length)], true);
            Pre3[p] = FeatureHash.Chars(w[..Math.Min(3, w.Length)], true);
        }
        PrepareClusters(words, clusters);
    }

    public const int FirstPass = 0, UposPass = 1, XposPass = 2;

    /// <summary>
    /// Features of word <paramref name="i"/> for a pass: the first UPOS pass sees tags to its left only; the second
    /// also sees the first pass's tags to its right; the XPOS pass sees the final UPOS of the whole sentence.
    /// </summary>
    public ReadOnlySpan<uint> Extract(int i, int pass)
    {
        int p = i + Pad;
        bool xposPass = pass == XposPass;
        int[] tags = pass switch { FirstPass => First, UposPass => Upos, _ => Xpos };
        int t1 = tags[p - 1], t2 = tags[p - 2];
        int n = 0;
        var f = Features;
        int o = pass * 100; // passes never share a weight row
        f[n++] = FeatureHash.Key(o + 0, 1);
        f[n++] = FeatureHash.Key(o + 1, Lower[p]);
        f[n++] = FeatureHash.Key(o + 2, Exact[p]);
        f[n++] = FeatureHash.Key(o + 3, Suf1[p]);
        f[n++] = FeatureHash.Key(o + 4, Suf2[p]);
        f[n++] = FeatureHash.Key(o + 5, Suf3[p]);
        f[n++] = FeatureHash.Key(o + 6, Suf4[p]);
        f[n++] = FeatureHash.Key(o + 7, Pre1[p]);
        f[n++] = FeatureHash.Key(o + 8, Pre2[p]);
        f[n++] = FeatureHash.Key(o + 9, Pre3[p]);
        f[n++] = FeatureHash.Key(o + 10, Shape[p]);
        f[n++] = FeatureHash.Key(o + 11, Shape[p], i == 0 ? 1UL : 0UL);
        f[n++] = FeatureHash.Key(o + 12, (ulong)t1);
        f[n++] = FeatureHash.Key(o + 13, (ulong)t2, (ulong)t1);
        f[n++] = FeatureHash.Key(o + 14, (ulong)t1, Lower[p]);
        f[n++] = FeatureHash.Key(o + 15, Lower[p - 1]);
        f[n++] = FeatureHash.Key(o + 16, Suf3[p - 1]);
        f[n++] = FeatureHash.Key(o + 17, Lower[p - 2]);
        f[n++] = FeatureHash.Key(o + 18, Lower[p + 1]);
        f[n++] = FeatureHash.Key(o + 19, Suf3[p + 1]);
        f[n++] = FeatureHash.Key(o + 20, Lower[p + 2]);
        f[n++] = FeatureHash.Key(o + 21, Lower[p - 1], Lower[p]);
        f[n++] = FeatureHash.Key(o + 22, Lower[p], Lower[p + 1]);
        f[n++] = FeatureHash.Key(o + 23, Shape[p - 1]);
        f[n++] = FeatureHash.Key(o + 24, Shape[p + 1]);
        f[n++] = FeatureHash.Key(o + 25, (ulong)t1, Suf3[p]);
        f[n++] = FeatureHash.Key(o + 26, Suf2[p + 1]);
        f[n++] = FeatureHash.Key(o + 27, Lower[p - 1], Lower[p + 1]);
        f[n++] = FeatureHash.Key(o + 40, Amb[p]);
        f[n++] = FeatureHash.Key(o + 41, Amb[p + 1]);
        f[n++] = FeatureHash.Key(o + 42, Amb[p + 2]);
        f[n++] = FeatureHash.Key(o + 43, Amb[p], Amb[p + 1]);
        f[n++] = FeatureHash.Key(o + 44, (ulong)t1, Amb[p + 1]);
        f[n++] = FeatureHash.Key(o + 45, Amb[p + 1], Amb[p + 2]);
        f[n++] = FeatureHash.Key(o + 46, (ulong)t1, Amb[p]);
        f[n++] = FeatureHash.Key(o + 47, Amb[p], Suf3[p]);
        if (pass == UposPass)
        {
            int r0 = First[p], r1 = First[p + 1], r2 = First[p + 2];
            f[n++] = FeatureHash.Key(o + 50, (ulong)r0);
            f[n++] = FeatureHash.Key(o + 51, (ulong)r1);
            f[n++] = FeatureHash.Key(o + 52, (ulong)r1, (ulong)r2);
            f[n++] = FeatureHash.Key(o + 53, (ulong)t1, (ulong)r0, (ulong)r1);
            f[n++] = FeatureHash.Key(o + 54, (ulong)r1, Lower[p]);
            f[n++] = FeatureHash.Key(o + 55, (ulong)r0, Lower[p]);
            f[n++] = FeatureHash.Key(o + 56, (ulong)r1, Suf3[p]);
        }
        if (xposPass)
        {
            int u0 = Upos[p], um1 = Upos[p - 1], up1 = Upos[p + 1], up2 = Upos[p + 2];
            f[n++] = FeatureHash.Key(o + 30, (ulong)u0);
            f[n++] = FeatureHash.Key(o + 31, (ulong)u0, Lower[p]);
            f[n++] = FeatureHash.Key(o + 32, (ulong)u0, Suf3[p]);
            f[n++] = FeatureHash.Key(o + 33, (ulong)um1, (ulong)u0, (ulong)up1);
            f[n++] = FeatureHash.Key(o + 34, (ulong)up1);
            f[n++] = FeatureHash.Key(o + 35, (ulong)up1, (ulong)up2);
            f[n++] = FeatureHash.Key(o + 36, (ulong)t1, (ulong)u0);
            f[n++] = FeatureHash.Key(o + 37, (ulong)u0, Shape[p]);
        }
        if (_clusters is not null) n = ExtractClusters(p, i, pass, t1, n);
        return f.AsSpan(0, n);
    }


    private void Grow(int size)
    {
        Lower = new ulong[size]; Exact = new ulong[size]; Shape = new ulong[size];
        Suf1 = new ulong[size]; Suf2 = new ulong[size]; Suf3 = new ulong[size]; Suf4 = new ulong[size];
        Pre1 = new ulong[size]; Pre2 = new ulong[size]; Pre3 = new ulong[size];
        First = new int[size]; Upos = new int[size]; Xpos = new int[size]; Amb = new ulong[size];
    }
}
