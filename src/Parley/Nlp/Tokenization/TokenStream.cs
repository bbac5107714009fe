using Parley.Documents;

namespace Parley.Nlp.Tokenization;

/// <summary>
/// Growable columns of tokens and words as the scanner finds them, before sentence decisions.
/// One per <see cref="Tokenizer.Tokenize(string, IReadOnlyList{Span})"/> call; not shared.
/// </summary>
internal sealed class TokenStream
{
    public const byte GapNone = 0;      // glued to the previous token
    public const byte GapSpace = 1;     // spaces or tabs
    public const byte GapLine = 2;      // one line break
    public const byte GapParagraph = 3; // a blank line, or the start of a region

    public TokenStream(string text, int capacity)
    {
        Text = text;
        TokenStarts = new int[capacity];
        TokenEnds = new int[capacity];
        Gaps = new byte[capacity];
        TokenFirstWord = new int[capacity + 1];
        WordStarts = new int[capacity + capacity / 8 + 4];
        WordEnds = new int[WordStarts.Length];
    }

    public string Text { get; }
    public int Count;
    public int WordCount;
    public int[] TokenStarts;
    public int[] TokenEnds;
    public byte[] Gaps;
    public int[] TokenFirstWord; // valid for [0, Count]
    public int[] WordStarts;
    public int[] WordEnds;

    public void AddToken(int start, int end, byte gap)
    {
        if (Count == TokenStarts.Length)
        {
            int n = TokenStarts.Length * 2;
            Array.Resize(ref TokenStarts, n);
            Array.Resize(ref TokenEnds, n);
            Array.Resize(ref Gaps, n);
            Array.Resize(ref TokenFirstWord, n + 1);
        }
        TokenStarts[Count] = start;
        TokenEnds[Count] = end;
        Gaps[Count] = gap;
        TokenFirstWord[Count] = WordCount;
        Count++;
        TokenFirstWord[Count] = WordCount;
    }

    /// <summary>Adds a word to the last token added.</summary>
    public void AddWord(int start, int end)
    {
        if (WordCount == WordStarts.Length)
        {
            Array.Resize(ref WordStarts, WordStarts.Length * 2);
            Array.Resize(ref WordEnds, WordStarts.Length);
        }
        WordStarts[WordCount] = start;
        WordEnds[WordCount] = end;
        WordCount++;
        TokenFirstWord[Count] = WordCount;
    }

    /// <summary>
    /// Splits the period off an abbreviation, initial or acronym that ends a sentence (<c>etc.</c>, <c>U.S.</c>):
    /// EWT writes <c>etc .</c> there, one token per role of the period. Sentence starts are renumbered.
    /// </summary>
    public void SplitSentenceFinalPeriods(List<int> sentenceStarts)
    {
        var split = new List<int>();
        for (int s = 0; s < sentenceStarts.Count; s++)
        {
            int last = (s + 1 < sentenceStarts.Count ? sentenceStarts[s + 1] : Count) - 1;
            int start = TokenStarts[last], end = TokenEnds[last];
            if (end - start > 1 && Text[end - 1] == '.' && char.IsLetter(Text[end - 2]))
                split.Add(last);
        }
        if (split.Count == 0) return;

        int n = Count + split.Count, wn = WordCount + split.Count;
        var starts = new int[n];
        var ends = new int[n];
        var gaps = new byte[n];
        var firstWord = new int[n + 1];
        var wordStarts = new int[wn];
        var wordEnds = new int[wn];
        int next = 0, t2 = 0, w2 = 0;
        for (int t = 0; t < Count; t++)
        {
            bool cut = next < split.Count && split[next] == t;
            starts[t2] = TokenStarts[t];
            ends[t2] = cut ? TokenEnds[t] - 1 : TokenEnds[t];
            gaps[t2] = Gaps[t];
            firstWord[t2] = w2;
            for (int w = TokenFirstWord[t]; w < TokenFirstWord[t + 1]; w++)
            {
                wordStarts[w2] = WordStarts[w];
                wordEnds[w2] = Math.Min(WordEnds[w], ends[t2]);
                w2++;
            }
            t2++;
            if (cut)
            {
                starts[t2] = TokenEnds[t] - 1;
                ends[t2] = TokenEnds[t];
                gaps[t2] = GapNone;
                firstWord[t2] = w2;
                wordStarts[w2] = starts[t2];
                wordEnds[w2] = ends[t2];
                w2++;
                t2++;
                next++;
            }
        }
        firstWord[n] = w2;
        for (int s = 0, shift = 0, k = 0; s < sentenceStarts.Count; s++)
        {
            while (k < split.Count && split[k] < sentenceStarts[s]) { k++; shift++; }
            sentenceStarts[s] += shift;
        }
        (TokenStarts, TokenEnds, Gaps, TokenFirstWord, WordStarts, WordEnds, Count, WordCount) = (starts, ends, gaps, firstWord, wordStarts, wordEnds, n, wn);
    }

    /// <summary>Splits each of the given one-word tokens (ascending) into two words, the first <paramref name="at"/>
    /// characters long (<c>its</c> → <c>it</c> + <c>s</c>).</summary>
    public void SplitSingleWordTokens(List<int> tokens, int at)
    {
        int wn = WordCount + tokens.Count;
        var wordStarts = new int[wn + 4];
        var wordEnds = new int[wordStarts.Length];
        int next = 0, w2 = 0;
        for (int t = 0; t < Count; t++)
        {
            int first = TokenFirstWord[t], end = TokenFirstWord[t + 1];
            TokenFirstWord[t] = w2;
            if (next < tokens.Count && tokens[next] == t)
            {
                wordStarts[w2] = WordStarts[first];
                wordEnds[w2++] = WordStarts[first] + at;
                wordStarts[w2] = WordStarts[first] + at;
                wordEnds[w2++] = WordEnds[first];
                next++;
            }
            else
                for (int w = first; w < end; w++)
                {
                    wordStarts[w2] = WordStarts[w];
                    wordEnds[w2++] = WordEnds[w];
                }
        }
        TokenFirstWord[Count] = w2;
        (WordStarts, WordEnds, WordCount) = (wordStarts, wordEnds, w2);
    }

    public ReadOnlySpan<char> Form(int token) => Text.AsSpan(TokenStarts[token], TokenEnds[token] - TokenStarts[token]);

    /// <summary>Freezes the columns with the given sentence starts (token indexes, ascending, first is 0).</summary>
    public TokenizedText Build(List<int> sentenceStarts, List<bool> startsParagraph)
    {
        var tokenSpans = new Span[Count];
        for (int t = 0; t < Count; t++)
            tokenSpans[t] = new Span(TokenStarts[t], TokenEnds[t]);
        var wordForms = new Span[WordCount];
        var wordToken = new int[WordCount];
        for (int t = 0; t < Count; t++)
            for (int w = TokenFirstWord[t]; w < TokenFirstWord[t + 1]; w++)
            {
                wordForms[w] = new Span(WordStarts[w], WordEnds[w]);
                wordToken[w] = t;
            }
        var firstToken = new int[sentenceStarts.Count + 1];
        for (int s = 0; s < sentenceStarts.Count; s++)
            firstToken[s] = sentenceStarts[s];
        firstToken[^1] = Count;
        return new TokenizedText(Text, tokenSpans, TokenFirstWord[..(Count + 1)], wordForms, wordToken, firstToken, [.. startsParagraph]);
    }
}
