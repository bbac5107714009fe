using Parley.Documents;

namespace Parley.Nlp.Tokenization;

/// <summary>
/// Splits English news and web text into tokens, UD syntactic words and sentences, following the
/// conventions of UD English EWT/GUM. Tokens are found by a single left-to-right scan per whitespace-separated
/// chunk (no regular expressions), guided by the lists in <see cref="TokenizerLexicon"/>; sentences by
/// <see cref="SentenceSplitter"/>. Build once and share: immutable and thread-safe.
/// </summary>
public sealed class Tokenizer
{
    public Tokenizer(TokenizerLexicon lexicon, SentenceSplitter splitter, TokenizerOptions? options = null)
    {
        Lexicon = lexicon;
        Splitter = splitter;
        Options = options ?? TokenizerOptions.News;
    }

    /// <summary>The tokenizer with the embedded lexicons and sentence model, for news layout.</summary>
    public static Tokenizer Default { get; } = new(TokenizerLexicon.Default, SentenceSplitter.Default);

    public TokenizerLexicon Lexicon { get; }
    public SentenceSplitter Splitter { get; }
    public TokenizerOptions Options { get; }

    public Tokenizer WithOptions(TokenizerOptions options) => new(Lexicon, Splitter, options);

    public TokenizedText Tokenize(string text) => Tokenize(text, [new Span(0, text.Length)]);

    public TokenizedText Tokenize(string text, Span region) => Tokenize(text, [region]);

    /// <summary>Tokenizes each region (in text order, not overlapping); a region boundary always ends a
    /// sentence and starts a paragraph.</summary>
    public TokenizedText Tokenize(string text, IReadOnlyList<Span> regions)
    {
        var stream = Scan(text, regions);
        return Splitter.Split(stream, Options);
    }

    /// <summary>Tokens and words without sentence decisions (what the splitter and its trainer read).</summary>
    internal TokenStream Scan(string text, IReadOnlyList<Span> regions)
    {
        var stream = new TokenStream(text, Math.Max(16, text.Length / 4));
        int previousEnd = -1;
        foreach (var region in regions)
        {
            if (region.End > text.Length || region.Start < previousEnd)
                throw new ArgumentException($"Region {region} is outside the text or overlaps the previous one.", nameof(regions));
            previousEnd = region.End;
            ScanRegion(text, region, stream);
        }
        BareContractions.Split(stream, Lexicon);
        return stream;
    }

    private void ScanRegion(string text, Span region, TokenStream stream)
    {
        var scanner = new ChunkScanner(this, text, stream);
        int i = region.Start, end = region.End;
        byte gap = TokenStream.GapParagraph;
        int newlines = 0;
        bool sawSpace = false;
        while (i < end)
        {
            char c = text[i];
            if (IsSpace(c))
            {
                if (c == '\n') newlines++;
                else if (c == '\r' && (i + 1 >= end || text[i + 1] != '\n')) newlines++;
                sawSpace = true;
                i++;
                continue;
            }
            if (gap != TokenStream.GapParagraph)
                gap = newlines >= 2 ? TokenStream.GapParagraph : newlines == 1 ? TokenStream.GapLine : sawSpace ? TokenStream.GapSpace : TokenStream.GapNone;
            int chunkEnd = i + 1;
            while (chunkEnd < end && !IsSpace(text[chunkEnd])) chunkEnd++;
            scanner.Chunk(i, chunkEnd, gap);
            gap = TokenStream.GapNone;
            newlines = 0;
            sawSpace = false;
            i = chunkEnd;
        }
    }

    internal static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\n' or '\r' or '\t' or '\f' or '\v' || c < ' '
        : c >= '\u0080' && (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u200E' or '\u200F');
}
