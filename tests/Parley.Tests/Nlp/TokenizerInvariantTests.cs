using Parley.Nlp.Tokenization;

namespace Parley.Tests.Nlp;

/// <summary>Whatever the input, tokens tile its non-space characters and words spell their tokens.</summary>
public sealed class TokenizerInvariantTests
{
    private const string Palette = "aAzZ09 .,;:!?'’‘`\"“”«»()[]{}<>-–—/\\@#$%&*+=_~^|…\n\n\t\u00A0éЖ中:)";

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tokens_tile_the_text_and_words_spell_their_tokens(int seed)
    {
        var random = new Random(seed);
        var chars = new char[20_000];
        for (int i = 0; i < chars.Length; i++)
            chars[i] = Palette[random.Next(Palette.Length)];
        Check(new string(chars), Tokenizer.Default);
        Check(new string(chars), Tokenizer.Default.WithOptions(TokenizerOptions.Wrapped));
    }

    [Fact]
    public void Realistic_text_keeps_the_invariants()
    {
        const string text = "Great news😀😀! MOSCOW, Feb. 3 (RIA Novosti) – Russia’s FM S.Lavrov didn't say \"no\"... He'll meet U.S. envoys at 13:57 on 14.02.2013; see www.mid.ru or mail press@mid.ru :)\n\nNew paragraph--here.";
        Check(text, Tokenizer.Default);
    }

    private static void Check(string text, Tokenizer tokenizer)
    {
        var tokens = tokenizer.Tokenize(text);
        int covered = 0, previousEnd = 0;
        for (int t = 0; t < tokens.TokenCount; t++)
        {
            var span = tokens.TokenSpan(t);
            Assert.True(span.Length > 0, $"empty token at {span}");
            Assert.True(span.Start >= previousEnd, $"token {span} overlaps the previous one");
            for (int i = previousEnd; i < span.Start; i++)
                Assert.True(Tokenizer.IsSpace(text[i]), $"non-space character U+{(int)text[i]:X4} at {i} is in no token");
            for (int i = span.Start; i < span.End; i++)
                Assert.False(Tokenizer.IsSpace(text[i]), $"token {span} contains a space");
            Assert.False(char.IsHighSurrogate(text[span.End - 1]) && span.End < text.Length && char.IsLowSurrogate(text[span.End]),
                $"token {span} cuts a surrogate pair");
            var (first, end) = (tokens.TokenFirstWord[t], tokens.TokenFirstWord[t + 1]);
            Assert.True(end > first, $"token {span} has no word");
            Assert.Equal(tokens.TokenForm(t), string.Concat(Enumerable.Range(first, end - first).Select(tokens.WordForm)));
            covered += span.Length;
            previousEnd = span.End;
        }
        for (int i = previousEnd; i < text.Length; i++)
            Assert.True(Tokenizer.IsSpace(text[i]), $"non-space character at {i} is in no token");
        Assert.Equal(text.Count(c => !Tokenizer.IsSpace(c)), covered);
        Assert.Equal(0, tokens.SentenceFirstToken[0]);
        for (int s = 0; s < tokens.SentenceCount; s++)
            Assert.True(tokens.SentenceFirstToken[s + 1] > tokens.SentenceFirstToken[s], $"sentence {s} is empty");
        Assert.Equal(tokens.TokenCount, tokens.SentenceFirstToken[tokens.SentenceCount]);
    }
}
