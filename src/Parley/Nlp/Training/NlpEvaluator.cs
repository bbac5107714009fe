using System.Diagnostics;
using Parley.Nlp.Conllu;

namespace Parley.Nlp.Training;

/// <summary>Annotates a CoNLL-U file on its gold words and compares with its gold annotation (the raw-text scorer lives with the tokenizer).</summary>
public static class NlpEvaluator
{
    public static NlpScores Evaluate(NlpModels models, string conlluPath, bool goldTags = false) =>
        Evaluate(models, ConlluReader.ReadFile(conlluPath).ToArray(), goldTags);

    /// <param name="goldTags">Parse from the gold UPOS/XPOS instead of the tagger's (a diagnostic: how much tagging errors cost the parser).</param>
    public static NlpScores Evaluate(NlpModels models, IReadOnlyList<ConlluSentence> gold, bool goldTags = false)
    {
        long words = 0, upos = 0, xpos = 0, feats = 0, lemma = 0, uas = 0, las = 0, lasFull = 0;
        var result = new SentenceAnalysis(256);
        var forms = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var sent in gold)
        {
            forms.Clear();
            foreach (var w in sent.Words) forms.Add(w.Form);
            if (forms.Count > result.Capacity) result = new SentenceAnalysis(forms.Count * 2);
            models.Analyze(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(forms), result);
            if (goldTags)
            {
                var goldUpos = sent.Words.Select(w => w.Upos).ToArray();
                var goldXpos = sent.Words.Select(w => w.Xpos).ToArray();
                models.Parser.Parse(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(forms), goldUpos, goldXpos, result.Heads, result.Deprels);
            }
            for (int i = 0; i < forms.Count; i++)
            {
                var g = sent.Words[i];
                words++;
                if (result.Upos[i] == g.Upos) upos++;
                if (result.Xpos[i] == g.Xpos) xpos++;
                if (result.Feats[i] == g.Feats) feats++;
                if (result.Lemmas[i] == g.Lemma) lemma++;
                if (result.Heads[i] != g.Head) continue;
                uas++;
                if (Universal(result.Deprels[i]).SequenceEqual(Universal(g.Deprel))) las++;
                if (result.Deprels[i] == g.Deprel) lasFull++;
            }
        }
        double Pct(long n) => words == 0 ? 0 : 100.0 * n / words;
        return new NlpScores(gold.Count, (int)words, Pct(upos), Pct(xpos), Pct(feats), Pct(lemma), Pct(uas), Pct(las), Pct(lasFull), clock.Elapsed.TotalSeconds);
    }

    private static ReadOnlySpan<char> Universal(string deprel)
    {
        int colon = deprel.IndexOf(':');
        return colon < 0 ? deprel : deprel.AsSpan(0, colon);
    }
}
