using Parley.Nlp.Learning;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Hashes of each word's form and tags (index 0 is the root) and the feature templates: Zhang &amp; Nivre (2011)
/// rich non-local features adapted to arc-hybrid (s1 and s2 instead of the arc-eager stack head), and the
/// arc labeler's features. One instance is reused per thread.
/// </summary>
internal sealed partial class ParserFeatures
{
    public const int MaxFeatures = 128;
    private static readonly ulong None = FeatureHash.Chars("<none>", false);
    private static readonly ulong RootHash = FeatureHash.Chars("<root>", false);

    public readonly ParserState State = new();
    public ulong[] W = [], T = [], U = [], Suf = [];
    public readonly uint[] Features = new uint[MaxFeatures];
    public float[] Scores = new float[64];

    [ThreadStatic] private static ParserFeatures? s_perThread;

    public static ParserFeatures ForThread() => s_perThread ??= new ParserFeatures();

    public void Prepare(ReadOnlySpan<string> words, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos, ParserClusters? clusters = null)
    {
        PrepareClusters(words, clusters);
        int n = words.Length;
        if (W.Length < n + 1)
        {
            int size = (n + 1) * 2;
            W = new ulong[size]; T = new ulong[size]; U = new ulong[size]; Suf = new ulong[size];
        }
        W[0] = T[0] = U[0] = Suf[0] = RootHash;
        for (int i = 0; i < n; i++)
        {
            var w = words[i].AsSpan();
            W[i + 1] = FeatureHash.Chars(w, true);
            Suf[i + 1] = FeatureHash.Chars(w[^Math.Min(3, w.Length)..], true);
            T[i + 1] = FeatureHash.Chars(xpos[i], false);
            U[i + 1] = FeatureHash.Chars(upos[i], false);
        }
        State.Init(n);
    }

    private ulong Wd(int p) => p < 0 ? None : W[p];
    private ulong Tg(int p) => p < 0 ? None : T[p];
    private ulong Ut(int p) => p < 0 ? None : U[p];
    private static ulong Lb(ParserState st, int p) => p < 0 ? 255UL : (ulong)(st.Labels[p] + 1);
    private static int Child(int[] of, int p) => p < 0 ? -1 : of[p];

    private static ulong Distance(int a, int b)
    {
        if (a < 0 || b < 0) return 0;
        int d = Math.Abs(b - a);
        return (ulong)(d <= 5 ? d : d < 10 ? 6 : 7);
    }

    /// <summary>Features of the current configuration for the transition classifier.</summary>
    public ReadOnlySpan<uint> ExtractTransition() => ExtractTransition(State);

    /// <summary>Features of configuration <paramref name="st"/> (of this sentence) for the transition classifier.</summary>
    public ReadOnlySpan<uint> ExtractTransition(ParserState st)
    {
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2), b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
        int s0l = Child(st.L1, s0), s0l2 = Child(st.L2, s0), s0r = Child(st.R1, s0), s0r2 = Child(st.R2, s0);
        int b0l = Child(st.L1, b0), b0l2 = Child(st.L2, b0), s1l = Child(st.L1, s1), s1r = Child(st.R1, s1);
        ulong s0w = Wd(s0), s0t = Tg(s0), b0w = Wd(b0), b0t = Tg(b0), b1w = Wd(b1), b1t = Tg(b1), b2w = Wd(b2), b2t = Tg(b2);
        ulong s1w = Wd(s1), s1t = Tg(s1), s2t = Tg(s2);
        ulong d = Distance(s0, b0);
        ulong s0vl = s0 < 0 ? 99UL : (ulong)st.NumL[s0], s0vr = s0 < 0 ? 99UL : (ulong)st.NumR[s0];
        ulong b0vl = b0 < 0 ? 99UL : (ulong)st.NumL[b0], s1vr = s1 < 0 ? 99UL : (ulong)st.NumR[s1];
        ulong s0ls = s0 < 0 ? 0 : st.LSet[s0], s0rs = s0 < 0 ? 0 : st.RSet[s0], b0ls = b0 < 0 ? 0 : st.LSet[b0];

        var f = Features;
        int n = 0;
        f[n++] = FeatureHash.Key(1, s0w);
        f[n++] = FeatureHash.Key(2, s0t);
        f[n++] = FeatureHash.Key(3, s0w, s0t);
        f[n++] = FeatureHash.Key(4, b0w);
        f[n++] = FeatureHash.Key(5, b0t);
        f[n++] = FeatureHash.Key(6, b0w, b0t);
        f[n++] = FeatureHash.Key(7, b1w);
        f[n++] = FeatureHash.Key(8, b1t);
        f[n++] = FeatureHash.Key(9, b1w, b1t);
        f[n++] = FeatureHash.Key(10, b2w);
        f[n++] = FeatureHash.Key(11, b2t);
        f[n++] = FeatureHash.Key(12, b2w, b2t);
        f[n++] = FeatureHash.Key(13, s1w);
        f[n++] = FeatureHash.Key(14, s1t);
        f[n++] = FeatureHash.Key(15, s1w, s1t);
        f[n++] = FeatureHash.Key(16, s2t);
        f[n++] = FeatureHash.Key(17, s0w, s0t, b0w, b0t);
        f[n++] = FeatureHash.Key(18, s0w, s0t, b0w);
        f[n++] = FeatureHash.Key(19, s0w, b0w, b0t);
        f[n++] = FeatureHash.Key(20, s0w, s0t, b0t);
        f[n++] = FeatureHash.Key(21, s0t, b0w, b0t);
        f[n++] = FeatureHash.Key(22, s0w, b0w);
        f[n++] = FeatureHash.Key(23, s0t, b0t);
        f[n++] = FeatureHash.Key(24, b0t, b1t);
        f[n++] = FeatureHash.Key(25, b0t, b1t, b2t);
        f[n++] = FeatureHash.Key(26, s0t, b0t, b1t);
        f[n++] = FeatureHash.Key(27, s1t, s0t, b0t);
        f[n++] = FeatureHash.Key(28, s1t, s0t);
        f[n++] = FeatureHash.Key(29, s1w, s0w);
        f[n++] = FeatureHash.Key(30, s1t, s0w);
        f[n++] = FeatureHash.Key(31, s1w, s0t);
        f[n++] = FeatureHash.Key(32, s0t, Tg(s0l), b0t);
        f[n++] = FeatureHash.Key(33, s0t, Tg(s0r), b0t);
        f[n++] = FeatureHash.Key(34, s0t, b0t, Tg(b0l));
        f[n++] = FeatureHash.Key(35, s0t, Tg(s0l), Tg(s0l2));
        f[n++] = FeatureHash.Key(36, s0t, Tg(s0r), Tg(s0r2));
        f[n++] = FeatureHash.Key(37, b0t, Tg(b0l), Tg(b0l2));
        f[n++] = FeatureHash.Key(38, s2t, s1t, s0t);
        f[n++] = FeatureHash.Key(39, s1t, Tg(s1r), s0t);
        f[n++] = FeatureHash.Key(40, s1t, Tg(s1l), s0t);
        f[n++] = FeatureHash.Key(41, s0w, d);
        f[n++] = FeatureHash.Key(42, s0t, d);
        f[n++] = FeatureHash.Key(43, b0w, d);
        f[n++] = FeatureHash.Key(44, b0t, d);
        f[n++] = FeatureHash.Key(45, s0w, b0w, d);
        f[n++] = FeatureHash.Key(46, s0t, b0t, d);
        f[n++] = FeatureHash.Key(47, s0w, s0vr);
        f[n++] = FeatureHash.Key(48, s0t, s0vr);
        f[n++] = FeatureHash.Key(49, s0w, s0vl);
        f[n++] = FeatureHash.Key(50, s0t, s0vl);
        f[n++] = FeatureHash.Key(51, b0w, b0vl);
        f[n++] = FeatureHash.Key(52, b0t, b0vl);
        f[n++] = FeatureHash.Key(53, s1t, s1vr);
        f[n++] = FeatureHash.Key(54, Wd(s0l));
        f[n++] = FeatureHash.Key(55, Tg(s0l));
        f[n++] = FeatureHash.Key(56, Lb(st, s0l));
        f[n++] = FeatureHash.Key(57, Wd(s0r));
        f[n++] = FeatureHash.Key(58, Tg(s0r));
        f[n++] = FeatureHash.Key(59, Lb(st, s0r));
        f[n++] = FeatureHash.Key(60, Wd(b0l));
        f[n++] = FeatureHash.Key(61, Tg(b0l));
        f[n++] = FeatureHash.Key(62, Lb(st, b0l));
        f[n++] = FeatureHash.Key(63, s1t, Lb(st, s1r));
        f[n++] = FeatureHash.Key(64, s1t, Lb(st, s1l));
        f[n++] = FeatureHash.Key(65, Wd(s0l2));
        f[n++] = FeatureHash.Key(66, Tg(s0l2));
        f[n++] = FeatureHash.Key(67, Lb(st, s0l2));
        f[n++] = FeatureHash.Key(68, Wd(s0r2));
        f[n++] = FeatureHash.Key(69, Tg(s0r2));
        f[n++] = FeatureHash.Key(70, Lb(st, s0r2));
        f[n++] = FeatureHash.Key(71, Wd(b0l2));
        f[n++] = FeatureHash.Key(72, Tg(b0l2));
        f[n++] = FeatureHash.Key(73, Lb(st, b0l2));
        f[n++] = FeatureHash.Key(74, s0t, Lb(st, s0l), Lb(st, s0l2));
        f[n++] = FeatureHash.Key(75, s0t, Lb(st, s0r), Lb(st, s0r2));
        f[n++] = FeatureHash.Key(76, b0t, Lb(st, b0l), Lb(st, b0l2));
        f[n++] = FeatureHash.Key(77, s0w, s0rs);
        f[n++] = FeatureHash.Key(78, s0t, s0rs);
        f[n++] = FeatureHash.Key(79, s0w, s0ls);
        f[n++] = FeatureHash.Key(80, s0t, s0ls);
        f[n++] = FeatureHash.Key(81, b0w, b0ls);
        f[n++] = FeatureHash.Key(82, b0t, b0ls);
        f[n++] = FeatureHash.Key(83, Ut(s0));
        f[n++] = FeatureHash.Key(84, Ut(b0));
        f[n++] = FeatureHash.Key(85, Ut(s0), Ut(b0));
        f[n++] = FeatureHash.Key(86, Ut(s1), Ut(s0), Ut(b0));
        f[n++] = FeatureHash.Key(87, 1);
        f[n++] = FeatureHash.Key(88, b0w, b1w);
        f[n++] = FeatureHash.Key(89, (ulong)Math.Min(st.StackCount, 4), st.BufferEmpty ? 1UL : 0UL, s1 == 0 ? 1UL : 0UL);
        f[n++] = FeatureHash.Key(90, s0t, b0t, b1t, b2t);
        f[n++] = FeatureHash.Key(91, Suf[s0 < 0 ? 0 : s0], b0t);
        f[n++] = FeatureHash.Key(92, s0t, Suf[b0 < 0 ? 0 : b0]);
        f[n++] = FeatureHash.Key(93, s1t, s0t, b0t, b1t);
        f[n++] = FeatureHash.Key(94, s0w, b0t, b1t);
        // arc-hybrid decides RIGHT between s1 and s0: give that pair the same richness as s0–b0
        ulong d10 = Distance(s1, s0);
        f[n++] = FeatureHash.Key(95, s1t, s0t, d10);
        f[n++] = FeatureHash.Key(96, s1w, s0t, d10);
        f[n++] = FeatureHash.Key(97, s1t, s0w, d10);
        f[n++] = FeatureHash.Key(98, s1w, s1t, s0w, s0t);
        f[n++] = FeatureHash.Key(99, s1t, s0t, Tg(s0r));
        f[n++] = FeatureHash.Key(100, s1t, s1vr, s0t);
        f[n++] = FeatureHash.Key(101, s1t, s1 < 0 ? 0 : st.RSet[s1], s0t);
        f[n++] = FeatureHash.Key(102, Ut(s1), Ut(s0));
        f[n++] = FeatureHash.Key(103, Ut(s0), Ut(b0), Ut(b1));
        f[n++] = FeatureHash.Key(104, s1t, s0t, b0t, d10);
        f[n++] = FeatureHash.Key(105, s0t, b0t, d, d10);
        if (_clusters is not null) n = AddClusterFeatures(f, n, s0, s1, b0);
        return f.AsSpan(0, n);
    }

    /// <summary>Features for labelling the arc <paramref name="head"/> → <paramref name="dep"/> at the moment it is added.</summary>
    public ReadOnlySpan<uint> ExtractLabel(int head, int dep) => ExtractLabel(State, head, dep);

    /// <summary>Labeller features for the arc <paramref name="head"/> → <paramref name="dep"/> in configuration <paramref name="st"/>.</summary>
    public ReadOnlySpan<uint> ExtractLabel(ParserState st, int head, int dep)
    {
        ulong dir = head < dep ? 1UL : 2UL;
        ulong dist = Distance(head, dep);
        ulong hw = W[head], ht = T[head], dw = W[dep], dt = T[dep], du = U[dep], hu = U[head];
        int hPrev = head < dep ? st.R1[head] : st.L1[head]; // nearest sibling on the same side, already attached
        var f = Features;
        int n = 0;
        f[n++] = FeatureHash.Key(201, 1);
        f[n++] = FeatureHash.Key(202, dw);
        f[n++] = FeatureHash.Key(203, dt);
        f[n++] = FeatureHash.Key(204, dw, dt);
        f[n++] = FeatureHash.Key(205, hw);
        f[n++] = FeatureHash.Key(206, ht);
        f[n++] = FeatureHash.Key(207, hw, ht);
        f[n++] = FeatureHash.Key(208, ht, dt, dir);
        f[n++] = FeatureHash.Key(209, hw, dt, dir);
        f[n++] = FeatureHash.Key(210, ht, dw, dir);
        f[n++] = FeatureHash.Key(211, hw, dw, dir);
        f[n++] = FeatureHash.Key(212, dt, dir, dist);
        f[n++] = FeatureHash.Key(213, du, hu, dir);
        f[n++] = FeatureHash.Key(214, dt, st.LSet[dep]);
        f[n++] = FeatureHash.Key(215, dt, st.RSet[dep]);
        f[n++] = FeatureHash.Key(216, dt, Lb(st, st.L1[dep]), dir);
        f[n++] = FeatureHash.Key(217, dt, Lb(st, st.R1[dep]), dir);
        f[n++] = FeatureHash.Key(218, ht, dir, head < dep ? st.RSet[head] : st.LSet[head]);
        f[n++] = FeatureHash.Key(219, ht, dt, Lb(st, hPrev));
        f[n++] = FeatureHash.Key(220, dt, Tg(dep - 1), Tg(dep + 1 <= st.N ? dep + 1 : -1));
        f[n++] = FeatureHash.Key(221, Suf[dep], dt, dir);
        f[n++] = FeatureHash.Key(222, ht, dt, dir, dist);
        f[n++] = FeatureHash.Key(223, du, hu, hw, dir);
        f[n++] = FeatureHash.Key(224, dw, ht, hu, dir);
        f[n++] = FeatureHash.Key(225, dt, Wd(st.L1[dep]), dir);
        f[n++] = FeatureHash.Key(226, ht, dt, head == 0 ? 1UL : 0UL, dep == 1 ? 1UL : 0UL);
        f[n++] = FeatureHash.Key(227, dt, Tg(head < dep ? head + 1 : head - 1), ht);
        return f.AsSpan(0, n);
    }
}
