using Parley.Nlp.Conllu;
using Parley.Nlp.Learning;

namespace Parley.Nlp.Tagging;

/// <summary>Trains a <see cref="Tagger"/> from gold CoNLL-U sentences; deterministic for a given seed and input order.</summary>
public static class TaggerTrainer
{
    /// <summary>A word must occur this often, with one tag at least <see cref="DictionaryPurity"/> of the time, to be tagged by lookup.</summary>
    private const int DictionaryMinCount = 20;
    private const double DictionaryPurity = 0.97;

    /// <summary>Words seen less often get no ambiguity class: for rare words it would just leak the gold tag.</summary>
    private const int AmbiguityMinCount = 5;
    private const double AmbiguityMinShare = 0.05;

    /// <param name="clusters">Word classes for the features (tagger format v5), or null for the classic templates.</param>
    public static Tagger Train(IReadOnlyList<ConlluSentence> sentences, int epochs, ulong seed, Action<string>? progress = null, TaggerClusters? clusters = null)
    {
        var uposTags = sentences.SelectMany(s => s.Words).Select(w => w.Upos).Distinct().Order(StringComparer.Ordinal).ToArray();
        var xposTags = sentences.SelectMany(s => s.Words).Select(w => w.Xpos).Distinct().Order(StringComparer.Ordinal).ToArray();
        var uposId = uposTags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var xposId = xposTags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var uposDict = BuildDictionary(sentences, w => uposId[w.Upos]);
        var xposDict = BuildDictionary(sentences, w => xposId[w.Xpos]);
        var ambiguity = BuildAmbiguityClasses(sentences, uposId);

        var data = sentences.Select(s => (
            Words: s.Words.Select(w => w.Form).ToArray(),
            Upos: s.Words.Select(w => uposId[w.Upos]).ToArray(),
            Xpos: s.Words.Select(w => xposId[w.Xpos]).ToArray())).ToArray();

        var first = new AveragedPerceptron(uposTags.Length);
        var upos = new AveragedPerceptron(uposTags.Length);
        var xpos = new AveragedPerceptron(xposTags.Length);
        var fx = new TaggerFeatures { Scores = new float[Math.Max(uposTags.Length, xposTags.Length)] };
        var rng = new SplitMix(seed);
        var order = Enumerable.Range(0, data.Length).ToArray();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            long words = 0, firstRight = 0, uposRight = 0, xposRight = 0;
            foreach (int s in order)
            {
                var (forms, goldU, goldX) = data[s];
                fx.Prepare(forms, uposTags.Length, xposTags.Length, ambiguity, clusters);
                for (int i = 0; i < forms.Length; i++)
                    fx.First[i + TaggerFeatures.Pad] = Step(first, uposDict, forms[i], goldU[i], fx, i, TaggerFeatures.FirstPass, ref firstRight);
                for (int i = 0; i < forms.Length; i++)
                    fx.Upos[i + TaggerFeatures.Pad] = Step(upos, uposDict, forms[i], goldU[i], fx, i, TaggerFeatures.UposPass, ref uposRight);
                for (int i = 0; i < forms.Length; i++)
                    fx.Xpos[i + TaggerFeatures.Pad] = Step(xpos, xposDict, forms[i], goldX[i], fx, i, TaggerFeatures.XposPass, ref xposRight);
                words += forms.Length;
            }
            progress?.Invoke($"tagger epoch {epoch + 1}/{epochs}: train UPOS {100.0 * firstRight / words:F2} → {100.0 * uposRight / words:F2}, XPOS {100.0 * xposRight / words:F2}");
        }
        return new Tagger(uposTags, xposTags, first.Freeze(), upos.Freeze(), xpos.Freeze(), uposDict, xposDict, ambiguity, clusters);
    }

    private static int Step(AveragedPerceptron model, Dictionary<string, int> dict, string form, int gold, TaggerFeatures fx, int i, int pass, ref long right)
    {
        int guess;
        if (!dict.TryGetValue(form, out guess))
        {
            var features = fx.Extract(i, pass);
            model.Score(features, fx.Scores);
            guess = Tagger.ArgMax(fx.Scores.AsSpan(0, model.Classes));
            model.Update(features, gold, guess);
            model.Tick();
        }
        if (guess == gold) right++;
        return guess;
    }

    private static Dictionary<string, ulong> BuildAmbiguityClasses(IReadOnlyList<ConlluSentence> sentences, Dictionary<string, int> uposId)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in sentences.SelectMany(s => s.Words))
        {
            if (!counts.TryGetValue(w.Form, out var byTag)) counts[w.Form] = byTag = new int[uposId.Count];
            byTag[uposId[w.Upos]]++;
        }
        var classes = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        foreach (var (form, byTag) in counts)
        {
            int total = byTag.Sum();
            if (total < AmbiguityMinCount) continue;
            ulong mask = 0;
            for (int t = 0; t < byTag.Length; t++)
                if (byTag[t] >= AmbiguityMinShare * total) mask |= 1UL << t;
            classes[form] = mask;
        }
        return classes;
    }

    private static Dictionary<string, int> BuildDictionary(IReadOnlyList<ConlluSentence> sentences, Func<ConlluWord, int> tagOf)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var w in s.Words)
            {
                if (!counts.TryGetValue(w.Form, out var byTag)) counts[w.Form] = byTag = [];
                byTag[tagOf(w)] = byTag.GetValueOrDefault(tagOf(w)) + 1;
            }
        var dict = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, byTag) in counts)
        {
            int total = byTag.Values.Sum();
            var (tag, n) = byTag.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)).First();
            if (total >= DictionaryMinCount && n >= DictionaryPurity * total) dict[form] = tag;
        }
        return dict;
    }
}
