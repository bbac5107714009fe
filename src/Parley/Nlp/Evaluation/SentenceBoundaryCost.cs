using Parley.Nlp.Tokenization;

namespace Parley.Nlp.Evaluation;

/// <summary>
/// What the splitter's sentence-boundary errors cost the tagger and parser from raw text: the same tokens are analysed
/// four times — with the splitter's sentences, with every gold sentence end it missed restored, with every end it added
/// removed, and with both (the gold sentences, as far as the tokens allow: a gold end inside a token cannot be restored).
/// The differences in UAS and LAS tell which kind of error to trade against which when tuning the splitter's threshold.
/// </summary>
public static class SentenceBoundaryCost
{
    public sealed record Result(UdScores System, UdScores MissedRestored, UdScores AddedRemoved, UdScores GoldSentences,
        int MissedEnds, int AddedEnds);

    public static Result Measure(RawTextCorpus corpus, Tokenizer tokenizer, WordAnalyser analyser)
    {
        var tokens = tokenizer.WithOptions(TokenizerOptions.Wrapped).Tokenize(corpus.Text, corpus.Paragraphs);
        var goldEnds = new HashSet<int>(corpus.SentenceEnds);
        int n = tokens.TokenCount;
        var systemStart = new bool[n];
        var paragraphStart = new bool[n];
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            int first = tokens.SentenceTokens(s).First;
            systemStart[first] = true;
            paragraphStart[first] = tokens.SentenceStartsParagraph(s);
        }
        var goldStart = new bool[n];
        int missed = 0, added = 0;
        for (int t = 0; t < n; t++)
        {
            goldStart[t] = t == 0 || paragraphStart[t] || goldEnds.Contains(tokens.TokenSpans[t - 1].End);
            if (goldStart[t] && !systemStart[t]) missed++;
            if (systemStart[t] && !goldStart[t]) added++;
        }
        UdScores Score(bool restoreMissed, bool removeAdded)
        {
            var firsts = new List<int>();
            var paragraphs = new List<bool>();
            for (int t = 0; t < n; t++)
            {
                bool starts = systemStart[t];
                if (restoreMissed) starts |= goldStart[t];
                if (removeAdded) starts &= goldStart[t];
                if (!starts) continue;
                firsts.Add(t);
                paragraphs.Add(paragraphStart[t]);
            }
            return UdEvaluator.Evaluate(corpus.Gold, RawTextCorpus.ToConllu(tokens.WithSentences(firsts, paragraphs), analyser));
        }
        return new Result(Score(false, false), Score(true, false), Score(false, true), Score(true, true), missed, added);
    }
}
