using Parley.Documents;
using Parley.Nlp.Tagging;

namespace Parley.Nlp.Tokenization;

/// <summary>
/// Tokens, syntactic words and sentences of a text, as columns over the whole document.
/// A token is a surface span; a token holds one or more syntactic words (UD multi-word tokens such as
/// <c>don't</c> = <c>do</c> + <c>n't</c>); a sentence is a run of consecutive tokens. All spans are half-open
/// offsets into <see cref="Text"/>, which is never copied or rewritten. Immutable and thread-safe.
/// </summary>
public sealed class TokenizedText : IWordSentences
{
    private readonly Span[] _tokenSpans;
    private readonly int[] _tokenFirstWord;    // length TokenCount + 1
    private readonly Span[] _wordForms;        // characters of each word's form (a part of its token for a multi-word token)
    private readonly int[] _wordToken;
    private readonly int[] _sentenceFirstToken; // length SentenceCount + 1
    private readonly bool[] _sentenceStartsParagraph;
    private string[]? _wordFormStrings;
    private int[]? _sentenceFirstWord;

    internal TokenizedText(string text, Span[] tokenSpans, int[] tokenFirstWord, Span[] wordForms, int[] wordToken, int[] sentenceFirstToken, bool[] sentenceStartsParagraph)
    {
        Text = text;
        _tokenSpans = tokenSpans;
        _tokenFirstWord = tokenFirstWord;
        _wordForms = wordForms;
        _wordToken = wordToken;
        _sentenceFirstToken = sentenceFirstToken;
        _sentenceStartsParagraph = sentenceStartsParagraph;
    }

    /// <summary>The same tokens and words cut into other sentences: sentence k starts at token
    /// <paramref name="firstTokens"/>[k] (the first is 0, ascending). For diagnostics that score other boundaries.</summary>
    internal TokenizedText WithSentences(IReadOnlyList<int> firstTokens, IReadOnlyList<bool> startsParagraph) =>
        new(Text, _tokenSpans, _tokenFirstWord, _wordForms, _wordToken, [.. firstTokens, TokenCount], [.. startsParagraph]);

    public static TokenizedText Empty(string text) => new(text, [], [0], [], [], [0], []);

    /// <summary>The text the spans address (the document's cleaned text).</summary>
    public string Text { get; }

    public int TokenCount => _tokenSpans.Length;
    public int WordCount => _wordForms.Length;
    public int SentenceCount => _sentenceStartsParagraph.Length;

    /// <summary>Surface span of every token, in text order.</summary>
    public ReadOnlySpan<Span> TokenSpans => _tokenSpans;

    /// <summary>For token <c>t</c>, its words are <c>[TokenFirstWord[t], TokenFirstWord[t + 1])</c>; length <see cref="TokenCount"/> + 1.</summary>
    public ReadOnlySpan<int> TokenFirstWord => _tokenFirstWord;

    /// <summary>For sentence <c>s</c>, its tokens are <c>[SentenceFirstToken[s], SentenceFirstToken[s + 1])</c>; length <see cref="SentenceCount"/> + 1.</summary>
    public ReadOnlySpan<int> SentenceFirstToken => _sentenceFirstToken;

    /// <summary>The characters of each word's form: the token itself, or the part of a multi-word token.</summary>
    public ReadOnlySpan<Span> WordFormSpans => _wordForms;

    /// <summary>The token each word belongs to.</summary>
    public ReadOnlySpan<int> WordToken => _wordToken;

    public Span TokenSpan(int token) => _tokenSpans[token];

    /// <summary>A word's span: its token's span (a word of a multi-word token gets the whole token's span).</summary>
    public Span WordSpan(int word) => _tokenSpans[_wordToken[word]];

    public bool IsMultiwordToken(int token) => _tokenFirstWord[token + 1] - _tokenFirstWord[token] > 1;

    public string TokenForm(int token) => _tokenSpans[token].TextOf(Text);

    public string WordForm(int word) => _wordForms[word].TextOf(Text);

    public ReadOnlySpan<char> WordFormChars(int word) => _wordForms[word].Of(Text);

    public bool SentenceStartsParagraph(int sentence) => _sentenceStartsParagraph[sentence];

    /// <summary>The tokens of a sentence as a range <c>[First, End)</c>.</summary>
    public (int First, int End) SentenceTokens(int sentence) => (_sentenceFirstToken[sentence], _sentenceFirstToken[sentence + 1]);

    /// <summary>The words of a sentence as a range <c>[First, End)</c>.</summary>
    public (int First, int End) SentenceWords(int sentence) =>
        (_tokenFirstWord[_sentenceFirstToken[sentence]], _tokenFirstWord[_sentenceFirstToken[sentence + 1]]);

    /// <summary>The span from the first to the last token of a sentence.</summary>
    public Span SentenceSpan(int sentence)
    {
        var (first, end) = SentenceTokens(sentence);
        return new Span(_tokenSpans[first].Start, _tokenSpans[end - 1].End);
    }

    /// <summary>The word forms of a sentence, as the tagger and parser take them (allocates the strings).</summary>
    public string[] SentenceForms(int sentence)
    {
        var (first, end) = SentenceWords(sentence);
        var forms = new string[end - first];
        for (int w = first; w < end; w++)
            forms[w - first] = WordForm(w);
        return forms;
    }

    /// <summary>The span of each word of a sentence (a word of a multi-word token gets its token's span).</summary>
    public Span[] SentenceWordSpans(int sentence)
    {
        var (first, end) = SentenceWords(sentence);
        var spans = new Span[end - first];
        for (int w = first; w < end; w++)
            spans[w - first] = WordSpan(w);
        return spans;
    }

    /// <summary>Every word form as a string, sentence after sentence (built on first use, for the tagger and parser).</summary>
    public IReadOnlyList<string> WordForms => _wordFormStrings ??= BuildWordForms();

    /// <summary>The first word of each sentence, then <see cref="WordCount"/>: sentence k is words [k, k+1).</summary>
    public IReadOnlyList<int> SentenceStarts => _sentenceFirstWord ??= BuildSentenceStarts();

    private string[] BuildWordForms()
    {
        var forms = new string[_wordForms.Length];
        for (int w = 0; w < forms.Length; w++)
            forms[w] = WordForm(w);
        return forms;
    }

    private int[] BuildSentenceStarts()
    {
        var starts = new int[_sentenceFirstToken.Length];
        for (int k = 0; k < starts.Length; k++)
            starts[k] = _tokenFirstWord[_sentenceFirstToken[k]];
        return starts;
    }
}
