using System.Globalization;
using Parley.Documents;

namespace Parley.Entities;

/// <summary>
/// Splits text regions into <see cref="EntityToken"/>s: words (hyphens split, abbreviations such as "U.S." kept whole),
/// possessive markers and punctuation. A stand-in until the shared tokenizer lands; the matcher needs only spans and keys.
/// A hand-written scanner (the rules of the former regex, one pass, no match objects): at each position the first rule that
/// applies wins — initials "U.S.", an initial glued to a capital "S.Lavrov", a word, a number, a possessive "'s", one mark.
/// Keys are interned through an optional <see cref="KeyPool"/> so known words allocate nothing.
/// </summary>
public static class EntityTokenizer
{
    public static List<EntityToken> Tokenize(string text, IEnumerable<Span> regions) => Tokenize(text, regions, null);

    public static List<EntityToken> Tokenize(string text, IEnumerable<Span> regions, KeyPool? pool)
    {
        var tokens = new List<EntityToken>(text.Length / 5);
        foreach (var region in regions) TokenizeRegion(text, region, pool, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of one region (a sentence start at its beginning) to <paramref name="tokens"/>.</summary>
    public static void TokenizeRegion(string text, Span region, KeyPool? pool, List<EntityToken> tokens)
    {
        bool sentenceStart = true, pendingHyphen = false;
        int prevEnd = -1;
        int p = region.Start;
        while (p < region.End)
        {
            char c = text[p];
            if (char.IsWhiteSpace(c)) { p++; continue; }
            int len = MatchLength(text, p);
            int end = Math.Min(region.End, p + len);
            var s = text.AsSpan(p, end - p);
            if (s is "-" or "\u2010" or "\u2011" && prevEnd == p && end < region.End && char.IsLetter(text[end]))
            {
                pendingHyphen = true; // recorded on the next word
                prevEnd = end;
                p = end;
                continue;
            }
            var shape = TokenShape.None;
            char c0 = s[0];
            if (s.Length >= 2 && c0 is '\'' or '\u2019' or '`' && s[1] is 's' or 'S')
            {
                shape |= TokenShape.Possessive | TokenShape.Punct;
            }
            else if (char.IsLetter(c0))
            {
                if (char.IsUpper(c0)) shape |= TokenShape.Capitalized;
                if (AllCaps(s)) shape |= TokenShape.AllCaps;
                if (pendingHyphen) shape |= TokenShape.AfterHyphen;
            }
            else if (char.IsDigit(c0)) shape |= TokenShape.Digit;
            else shape |= TokenShape.Punct;
            pendingHyphen = false;

            bool newline = prevEnd >= 0 && text.AsSpan(prevEnd, p - prevEnd).Contains('\n');
            if ((sentenceStart || newline) && (shape & TokenShape.Punct) == 0) shape |= TokenShape.SentenceStart;
            tokens.Add(new EntityToken(new Span(p, end), NameFold.PlainKey(s, pool), shape));
            if ((shape & TokenShape.Punct) == 0) sentenceStart = false;
            else if (s is "." or "!" or "?" or ":" or "\u201C" or "\"") sentenceStart = true;
            prevEnd = end;
            p = end;
        }
    }

    private static bool AllCaps(ReadOnlySpan<char> s)
    {
        int letters = 0;
        foreach (char ch in s)
        {
            if (!char.IsLetter(ch)) continue;
            if (!char.IsUpper(ch)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>Length of the token at <paramref name="p"/> (not white space), by the first rule that applies.</summary>
    private static int MatchLength(string text, int p)
    {
        char c = text[p];
        int n = text.Length;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        if (IsLetter(cat))
        {
            // (?:\p{Lu}\.){2,}
            if (cat == UnicodeCategory.UppercaseLetter)
            {
                int q = p, pairs = 0;
                while (q + 1 < n && CharUnicodeInfo.GetUnicodeCategory(text[q]) == UnicodeCategory.UppercaseLetter && text[q + 1] == '.') { q += 2; pairs++; }
                if (pairs >= 2) return q - p;
            }
            // \p{L}\.(?=\p{Lu})
            if (p + 2 < n && text[p + 1] == '.' && CharUnicodeInfo.GetUnicodeCategory(text[p + 2]) == UnicodeCategory.UppercaseLetter) return 2;
        }
        // [\p{L}\p{M}][\p{L}\p{M}\p{N}]*
        if (IsLetter(cat) || IsMark(cat))
        {
            int q = p + 1;
            while (q < n && CharUnicodeInfo.GetUnicodeCategory(text[q]) is var k && (IsLetter(k) || IsMark(k) || IsNumber(k))) q++;
            return q - p;
        }
        // \p{N}+(?:[.,]\p{N}+)*
        if (IsNumber(cat))
        {
            int q = p + 1;
            while (true)
            {
                while (q < n && IsNumber(CharUnicodeInfo.GetUnicodeCategory(text[q]))) q++;
                if (q + 1 < n && text[q] is '.' or ',' && IsNumber(CharUnicodeInfo.GetUnicodeCategory(text[q + 1]))) { q += 2; continue; }
                return q - p;
            }
        }
        // ['’`]s\b
        if (c is '\'' or '\u2019' or '`' && p + 1 < n && text[p + 1] == 's' && (p + 2 >= n || !IsBoundaryWordChar(text[p + 2]))) return 2;
        // [^\s\p{L}\p{N}]
        return 1;
    }

    private static bool IsLetter(UnicodeCategory c) => c <= UnicodeCategory.OtherLetter;
    private static bool IsMark(UnicodeCategory c) => c is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    private static bool IsNumber(UnicodeCategory c) => c is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    /// <summary>A word character for <c>\b</c> as .NET regular expressions define it.</summary>
    private static bool IsBoundaryWordChar(char ch)
    {
        var k = CharUnicodeInfo.GetUnicodeCategory(ch);
        return IsLetter(k) || k is UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            || ch is '\u200D' or '\u200C';
    }
}
