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
