using Parley.Nlp.Learning;

namespace Parley.Nlp.Entities;

/// <summary>
/// Per-sentence word hashes and the feature templates of the entity tagger. One instance is reused per thread;
/// <see cref="Prepare"/> hashes each word once so feature extraction only mixes numbers.
/// </summary>
internal sealed partial class NerFeatures
{
    public const int Pad = 2;
    public const int MaxFeatures = 112 + RunFeatures + LexiconFeatures + HeadFeatures + BrownFeatures;
    /// <summary>Room kept after the first-stage features for <see cref="ExtractStacked"/>.</summary>
    private const int StackedFeatures = 10 + LexiconFeatures;
    /// <summary>Room kept for the learned-lexicon features of <see cref="AppendStacked"/>.</summary>
    private const int LexiconFeatures = 5;

    private static readonly ulong StartHash = FeatureHash.Chars("<s>", false) + 1;
    private static readonly ulong RareHash = FeatureHash.Chars("<rare>", false) + 3;
    private static readonly ulong EndHash = FeatureHash.Chars("</s>", false) + 2;

    public ulong[] Upos = [], Lower = [], Shape = [], Suf2 = [], Suf3 = [], Suf4 = [], Pre2 = [], Pre3 = [], Gaz = [], Cls = [], Cap = [], Upper = [];
    /// <summary>1 when the word is capitalised but was seen in lower case in training (a common word, not a name), else 0.</summary>
    public ulong[] CommonCap = [];

    /// <summary>The decoded labels of the sentence's words.</summary>
    public int[] Labels = [];
    /// <summary>Emission scores, <c>classes</c> per word, and the decoder's back-pointers.</summary>
    public float[] Emissions = [];
    public float[] Best = [];
    public int[] Back = [];
    public readonly uint[] Features = new uint[MaxFeatures];
    public float[] Scores = new float[16];

    [ThreadStatic] private static NerFeatures? s_perThread;

    /// <summary>Whether the capitalised-run features are on for the prepared sentence (a model trained with them: <see cref="EntityTagger.RunCues"/>).</summary>
    public bool RunCues;
    /// <summary>Room kept for <see cref="AppendRun"/>.</summary>
    private const int RunFeatures = 6;
    /// <summary>Per padded position: the word's place in its capitalised run (0 none, 1 alone, 2 first, 3 inside, 4 last) and the padded positions of the run's first and last words.</summary>
    public int[] RunAt = [], RunFirst = [], RunLast = [];


    public static NerFeatures ForThread() => s_perThread ??= new NerFeatures();

    /// <param name="runCues">Whether <see cref="Extract"/> adds the capitalised-run features (<see cref="PrepareRuns"/>).</param>
    public void Prepare(ReadOnlySpan<string> words, ReadOnlySpan<string> upos, int classes, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lowerVocab, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known, NerGazetteer gazetteer, WordClusters clusters, bool runCues = false)
    {
        int size = words.Length + 2 * Pad;
        if (Lower.Length < size) Grow(size * 2);
        if (Scores.Length < classes) Scores = new float[classes];
        if (Emissions.Length < words.Length * classes)
        {
            Emissions = new float[words.Length * classes * 2];
            Best = new float[words.Length * classes * 2];
            Back = new int[words.Length * classes * 2];
        }
        Span<char> lower = stackalloc char[64];
        for (int p = 0; p < size; p++)
        {
            int i = p - Pad;
            if (i < 0 || i >= words.Length)
            {
                ulong h = i < 0 ? StartHash : EndHash;
                Upos[p] = Lower[p] = Shape[p] = Suf2[p] = Suf3[p] = Suf4[p] = Pre2[p] = Pre3[p] = CommonCap[p] = h;
                Gaz[p] = 0;
                Cls[p] = Cap[p] = Upper[p] = h;
                continue;
            }
            var w = words[i].AsSpan();
            // Words seen once in training get no word feature of their own, so the model learns names from shape, affixes, context and gazetteer instead of memorising them.
            Lower[p] = known.Contains(w) ? FeatureHash.Chars(w, true) : RareHash;
            Upos[p] = FeatureHash.Chars(upos[i], false);
            Shape[p] = FeatureHash.Shape(w, 998);
            Suf2[p] = FeatureHash.Chars(w[^Math.Min(2, w.Length)..], true);
            Suf3[p] = FeatureHash.Chars(w[^Math.Min(3, w.Length)..], true);
            Suf4[p] = FeatureHash.Chars(w[^Math.Min(4, w.Length)..], true);
            Pre2[p] = FeatureHash.Chars(w[..Math.Min(2, w.Length)], false);
            Pre3[p] = FeatureHash.Chars(w[..Math.Min(3, w.Length)], false);
            Gaz[p] = gazetteer.Flags(w);
            int m = w.Length <= lower.Length ? w.ToLowerInvariant(lower) : -1;
            bool upper = w.Length > 0 && char.IsUpper(w[0]);
            CommonCap[p] = upper && m >= 0 && lowerVocab.Contains(lower[..m]) ? 1UL : 0UL;
            Cls[p] = (ulong)clusters.ClassOf(w);
            Cap[p] = m >= 0 ? (ulong)clusters.CapitalisedBucket(lower[..m]) : 0;
            Upper[p] = upper ? 3UL : 0UL;
        }
        RunCues = runCues;
        if (runCues) PrepareRuns(words);
        Heads = null;
        Brown = null;
    }

    /// <summary>
    /// Features of word <paramref name="i"/>: its own and its neighbours' forms, affixes, shapes, POS tags, word classes and
    /// gazetteer flags, none of them depending on labels (the labels meet only in the tagger's transition scores).
    /// </summary>
    public ReadOnlySpan<uint> Extract(int i)
    {
        int p = i + Pad;
        ulong first = i == 0 ? 1UL : 0UL;
        int n = 0;
        var f = Features;
        f[n++] = FeatureHash.Key(500, 1);
        f[n++] = FeatureHash.Key(501, Lower[p]);
        f[n++] = FeatureHash.Key(502, Suf2[p]);
        f[n++] = FeatureHash.Key(503, Suf3[p]);
        f[n++] = FeatureHash.Key(504, Suf4[p]);
        f[n++] = FeatureHash.Key(505, Pre2[p]);
        f[n++] = FeatureHash.Key(506, Pre3[p]);
        f[n++] = FeatureHash.Key(507, Shape[p]);
        f[n++] = FeatureHash.Key(508, Shape[p], first, CommonCap[p]);
        f[n++] = FeatureHash.Key(513, Lower[p - 1]);
        f[n++] = FeatureHash.Key(514, Lower[p - 2]);
        f[n++] = FeatureHash.Key(515, Lower[p + 1]);
        f[n++] = FeatureHash.Key(516, Lower[p + 2]);
        f[n++] = FeatureHash.Key(517, Lower[p - 1], Lower[p]);
        f[n++] = FeatureHash.Key(518, Lower[p], Lower[p + 1]);
        f[n++] = FeatureHash.Key(519, Shape[p - 1]);
        f[n++] = FeatureHash.Key(520, Shape[p + 1]);
        f[n++] = FeatureHash.Key(521, Shape[p - 1], Shape[p], Shape[p + 1]);
        f[n++] = FeatureHash.Key(522, Suf3[p + 1]);
        f[n++] = FeatureHash.Key(523, Suf3[p - 1]);
        f[n++] = FeatureHash.Key(524, Gaz[p]);
        f[n++] = FeatureHash.Key(525, Gaz[p], Shape[p]);
        f[n++] = FeatureHash.Key(526, Gaz[p - 1]);
        f[n++] = FeatureHash.Key(527, Gaz[p + 1]);
        f[n++] = FeatureHash.Key(529, CommonCap[p], first);
        f[n++] = FeatureHash.Key(530, CommonCap[p + 1], Shape[p + 1]);
        f[n++] = FeatureHash.Key(532, Lower[p - 1], Shape[p]);
        f[n++] = FeatureHash.Key(533, Shape[p], Lower[p + 1]);
        f[n++] = FeatureHash.Key(534, Upos[p]);
        f[n++] = FeatureHash.Key(535, Upos[p - 1], Upos[p]);
        f[n++] = FeatureHash.Key(536, Upos[p], Upos[p + 1]);
        f[n++] = FeatureHash.Key(537, Upos[p], Shape[p], first);
        f[n++] = FeatureHash.Key(540, Upos[p + 1], Upos[p + 2]);
        f[n++] = FeatureHash.Key(541, Upos[p - 1], Lower[p]);
        f[n++] = FeatureHash.Key(542, Upos[p], CommonCap[p], Gaz[p]);
        f[n++] = FeatureHash.Key(580, Cls[p]);
        f[n++] = FeatureHash.Key(581, Cls[p - 1]);
        f[n++] = FeatureHash.Key(582, Cls[p + 1]);
        f[n++] = FeatureHash.Key(583, Cls[p], Shape[p]);
        f[n++] = FeatureHash.Key(585, Cls[p - 1], Cls[p]);
        f[n++] = FeatureHash.Key(586, Cls[p], Cls[p + 1]);
        f[n++] = FeatureHash.Key(587, Cap[p], first, Shape[p]);
        f[n++] = FeatureHash.Key(589, Cap[p + 1], Shape[p + 1]);
        // Capitalised or not, with the position and the shape.
        f[n++] = FeatureHash.Key(596, Upper[p], first);
        f[n++] = FeatureHash.Key(597, Upper[p], Shape[p]);
        // One feature per gazetteer flag: a whole mask would be too rare a value to learn from.
        for (ulong g = Gaz[p]; g != 0 && n < MaxFeatures - StackedFeatures - RunFeatures - HeadFeatures - BrownFeatures - 1; g &= g - 1)
        {
            ulong bit = (ulong)System.Numerics.BitOperations.TrailingZeroCount(g);
            f[n++] = FeatureHash.Key(560, bit, Upos[p]);
        }
        for (ulong g = Gaz[p + 1]; g != 0 && n < MaxFeatures - StackedFeatures - RunFeatures - HeadFeatures - BrownFeatures; g &= g - 1)
            f[n++] = FeatureHash.Key(562, (ulong)System.Numerics.BitOperations.TrailingZeroCount(g));
        if (RunCues) n = AppendRun(f, n, p);
        if (Heads is not null) n = AppendHeads(f, n, p);
        if (Brown is not null) n = AppendBrown(f, n, p);
        return f.AsSpan(0, n);
    }

    /// <summary>
    /// Features of word <paramref name="i"/> for the second stage of a stacked tagger: those of <see cref="Extract"/> and
    /// the first stage's output (<paramref name="stack"/>): its labels for the word and its neighbours (±2), and the types
    /// it gave the same capitalised word elsewhere in the document (most often, and at the nearest earlier occurrence).
    /// </summary>
    public ReadOnlySpan<uint> ExtractStacked(int i, StackInfo stack)
    {
        int n = Extract(i).Length;
        return Features.AsSpan(0, AppendStacked(Features, n, i, stack, Shape[i + Pad]));
    }

    /// <summary>
    /// Appends the second-stage features of word <paramref name="i"/> (<see cref="ExtractStacked"/>) to the
    /// <paramref name="n"/> first-stage features in <paramref name="f"/>; <paramref name="shape"/> is the word's shape
    /// hash. Returns the new count. Lets a document's first-stage features be kept and reused for the second stage.
    /// </summary>
    public static int AppendStacked(uint[] f, int n, int i, StackInfo stack, ulong shape)
    {
        var labels = stack.Labels;
        ulong Label(int j) => j < 0 || j >= labels.Length ? 999UL : (ulong)labels[j];
        ulong Type(int j) => j < 0 || j >= labels.Length ? 999UL : (ulong)StackInfo.TypeOf(labels[j]);
        ulong majority = stack.Majority[i], earlier = stack.Earlier[i];
        f[n++] = FeatureHash.Key(600, Label(i));
        f[n++] = FeatureHash.Key(601, Label(i - 1));
        f[n++] = FeatureHash.Key(602, Label(i + 1));
        f[n++] = FeatureHash.Key(603, Type(i - 2));
        f[n++] = FeatureHash.Key(604, Type(i + 2));
        f[n++] = FeatureHash.Key(605, Label(i - 1), Label(i), Label(i + 1));
        f[n++] = FeatureHash.Key(606, majority);
        f[n++] = FeatureHash.Key(607, majority, Label(i));
        f[n++] = FeatureHash.Key(608, earlier);
        f[n++] = FeatureHash.Key(609, majority, earlier, shape);
        if (stack.Lexicon is { } lexicon) n = AppendLexicon(f, n, i, lexicon, Label(i), shape);
        return n;
    }

    /// <summary>
    /// The learned-lexicon features of word <paramref name="i"/> (<see cref="NerLexicon"/>): what the first stage made
    /// of the word and of its neighbours across the unlabelled corpus, alone, with the word's first-stage label and with
    /// its shape.
    /// </summary>
    private static int AppendLexicon(uint[] f, int n, int i, byte[] lexicon, ulong label, ulong shape)
    {
        ulong Code(int j) => j < 0 ? 998UL : j >= lexicon.Length ? 999UL : lexicon[j];
        ulong own = Code(i);
        f[n++] = FeatureHash.Key(620, own);
        f[n++] = FeatureHash.Key(621, own, label);
        f[n++] = FeatureHash.Key(622, own, shape);
        f[n++] = FeatureHash.Key(623, Code(i - 1), own);
        f[n++] = FeatureHash.Key(624, own, Code(i + 1));
        return n;
    }

    /// <summary>
    /// Finds the capitalised runs of the prepared sentence: maximal sequences of capitalised words, with link words
    /// ("of", "the", "and", "for", "&amp;", "de", …) inside when a capitalised word follows ("Bank of England", "Society
    /// for the Study of Birds"). The last word of a name usually says what it names ("… Party", "… University",
    /// "… Records", "… Street"), the first often too ("University of …", "Bank of …"), so every word of a run sees them.
    /// </summary>
    private void PrepareRuns(ReadOnlySpan<string> words)
    {
        int size = words.Length + 2 * Pad;
        Array.Clear(RunAt, 0, size);
        static bool Cap(string w) => w.Length > 0 && char.IsUpper(w[0]);
        for (int i = 0; i < words.Length;)
        {
            if (!Cap(words[i])) { i++; continue; }
            int end = i + 1; // one past the last capitalised word of the run
            for (int j = i + 1; j < words.Length; j++)
            {
                if (Cap(words[j])) { end = j + 1; continue; }
                if (!NerCorpus.IsConnector(words[j])) break;
            }
            for (int k = i; k < end; k++)
            {
                int p = k + Pad;
                RunAt[p] = end - i == 1 ? 1 : k == i ? 2 : k == end - 1 ? 4 : 3;
                RunFirst[p] = i + Pad;
                RunLast[p] = end - 1 + Pad;
            }
            i = end;
        }
    }

    /// <summary>
    /// The capitalised-run features of padded position <paramref name="p"/> (<see cref="PrepareRuns"/>): the run's last
    /// word (its form when frequent, its word class, its gazetteer flags, its last three letters) and its first word, each
    /// with the word's place in the run; the perceptron learns which head words end organisations, places or people.
    /// </summary>
    private int AppendRun(uint[] f, int n, int p)
    {
        ulong at = (ulong)RunAt[p];
        if (at == 0) return n;
        int last = RunLast[p], first = RunFirst[p];
        f[n++] = FeatureHash.Key(610, Lower[last], at);
        f[n++] = FeatureHash.Key(611, Cls[last], at);
        f[n++] = FeatureHash.Key(612, Gaz[last], at);
        f[n++] = FeatureHash.Key(613, Suf3[last], at);
        f[n++] = FeatureHash.Key(614, Lower[first], at);
        f[n++] = FeatureHash.Key(615, Lower[first], Lower[last]);
        return n;
    }

    /// <summary>Per word of a document, the second stage's scores from the features it shares with the first stage, and the word's shape (<see cref="EntityTagger.TagDocument"/>).</summary>
    public float[] DocumentPartial = [];
    public ulong[] DocumentShapes = [];
    /// <summary>Scores of both stages' labels from one lookup of the joined table.</summary>
    public float[] JoinedScores = new float[64];

    /// <summary>Makes room for a document of <paramref name="words"/> words with <paramref name="classes"/> labels.</summary>
    public void ReserveDocument(int words, int classes)
    {
        if (JoinedScores.Length < 2 * classes) JoinedScores = new float[2 * classes];
        if (DocumentShapes.Length >= words && DocumentPartial.Length >= words * classes) return;
        DocumentPartial = new float[words * classes * 2];
        DocumentShapes = new ulong[words * 2];
    }

    private void Grow(int size)
    {
        Upos = new ulong[size]; Lower = new ulong[size]; Shape = new ulong[size]; Suf2 = new ulong[size]; Suf3 = new ulong[size]; Suf4 = new ulong[size];
        Pre2 = new ulong[size]; Pre3 = new ulong[size]; Gaz = new ulong[size]; Cls = new ulong[size]; Cap = new ulong[size]; Upper = new ulong[size]; CommonCap = new ulong[size];
        Labels = new int[size];
        RunAt = new int[size]; RunFirst = new int[size]; RunLast = new int[size];
    }
}
