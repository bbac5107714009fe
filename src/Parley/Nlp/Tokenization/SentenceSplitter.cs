namespace Parley.Nlp.Tokenization;

/// <summary>
/// Decides where sentences end. A paragraph break (blank line, region boundary) always ends a sentence, and so
/// does a single line break when <see cref="TokenizerOptions.LineBreakEndsSentence"/> is set; every other
/// token boundary is scored by an averaged perceptron learned from EWT and GUM (<see cref="SentenceSplitterTrainer"/>),
/// greedily left to right. Without a model, a punctuation rule decides. Immutable and thread-safe.
/// </summary>
public sealed class SentenceSplitter
{
    public SentenceSplitter(SentenceModel? model) => Model = model;

    /// <summary>The splitter with the embedded model (<c>models/tokenizer/sentence-splitter.bin</c>).</summary>
    public static SentenceSplitter Default { get; } = new(SentenceModel.LoadEmbedded());

    /// <summary>The splitter that uses only the punctuation rule.</summary>
    public static SentenceSplitter RuleBased { get; } = new(null);

    public SentenceModel? Model { get; }

    internal TokenizedText Split(TokenStream stream, TokenizerOptions options)
    {
        var starts = new List<int>(stream.Count / 12 + 1);
        var paragraph = new List<bool>(stream.Count / 12 + 1);
        if (stream.Count == 0) return stream.Build(starts, paragraph);
        var features = new SentenceFeatures(stream);
        Span<ulong> buffer = stackalloc ulong[SentenceFeatures.MaxFeatures];
        int sentenceStart = 0;
        starts.Add(0);
        paragraph.Add(true);
        for (int t = 0; t + 1 < stream.Count; t++)
        {
            byte gap = stream.Gaps[t + 1];
            bool ends;
            if (gap == TokenStream.GapParagraph || (gap == TokenStream.GapLine && options.LineBreakEndsSentence))
                ends = true;
            else if (ContinuesInLowerCase(features, stream, t))
                ends = false;
            else if (QuoteClosesSentence(features, stream, t))
                ends = true;
            else if (Model is { } model)
            {
                int n = features.Extract(t, sentenceStart, buffer);
                float score = 0;
                for (int k = 0; k < n; k++) score += model.Weight(buffer[k]);
                ends = score > 0;
            }
            else
                ends = RuleEnds(features, stream, t);
            if (ends)
            {
                sentenceStart = t + 1;
                starts.Add(sentenceStart);
                paragraph.Add(gap == TokenStream.GapParagraph);
            }
        }
        stream.SplitSentenceFinalPeriods(starts);
        return stream.Build(starts, paragraph);
    }

    /// <summary>A word or number followed by a lower-case word never ends a sentence (<c>E. coli</c>,
    /// <c>295 km</c>): the perceptron has no say there.</summary>
    private static bool ContinuesInLowerCase(SentenceFeatures features, TokenStream stream, int t) =>
        features.ShapeOf(t + 1) == 0
        && (features.ShapeOf(t) is 0 or 1 or 2 or 3 or 20 || (features.ShapeOf(t) == 16 && stream.TokenEnds[t] - stream.TokenStarts[t] == 2));

    /// <summary>A closing quote right after final punctuation, before a capitalised word: <c>over." Then</c>,
    /// even with the spaces missing (<c>over."Then</c>).</summary>
    private static bool QuoteClosesSentence(SentenceFeatures features, TokenStream stream, int t) =>
        t > 0 && features.ShapeOf(t) is 12 or 14 && features.ShapeOf(t - 1) is 4 or 6 && stream.Gaps[t] == TokenStream.GapNone
        && features.ShapeOf(t + 1) is 1 or 2 or 20;

    /// <summary>Final punctuation (possibly followed by closing quotes or brackets) before a capitalised word,
    /// a number or an opening quote.</summary>
    private static bool RuleEnds(SentenceFeatures features, TokenStream stream, int t)
    {
        byte s0 = features.ShapeOf(t), s1 = features.ShapeOf(t + 1);
        if (s0 is 11 or 12 or 14 or 15 && t > 0 && stream.Gaps[t] == TokenStream.GapNone) s0 = features.ShapeOf(t - 1);
        else if (s1 is 11 or 14) return false;
        bool final = s0 is 4 or 5 or 6;
        return final && s1 is 1 or 2 or 3 or 10 or 12 or 13 or 20;
    }
}
