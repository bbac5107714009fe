using System.Text.RegularExpressions;
using Parley.Documents;

namespace Parley.Entities;

/// <summary>
/// Splits text regions into <see cref="EntityToken"/>s: words (hyphens split, abbreviations such as "U.S." kept whole),
/// possessive markers and punctuation. A stand-in until the shared tokenizer lands; the matcher needs only spans and keys.
/// </summary>
public static partial class EntityTokenizer
{
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\p{L}\.(?=\p{Lu})|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*|\p{N}+(?:[.,]\p{N}+)*|['’`]s\b|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    public static List<EntityToken> Tokenize(string text, IEnumerable<Span> regions)
    {
        var tokens = new List<EntityToken>();
        foreach (var region in regions)
        {
            bool sentenceStart = true, pendingHyphen = false;
            int prevEnd = -1;
            foreach (Match m in TokenRegex().Matches(text, region.Start).Cast<Match>())
            {
                if (m.Index >= region.End) break;
                int end = Math.Min(region.End, m.Index + m.Length);
                string s = text[m.Index..end];
                if (s is "-" or "\u2010" or "\u2011" && prevEnd == m.Index && end < region.End && char.IsLetter(text[end]))
                {
                    pendingHyphen = true; // recorded on the next word
                    prevEnd = end;
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
                    if (s.Count(char.IsLetter) >= 2 && s.Where(char.IsLetter).All(char.IsUpper)) shape |= TokenShape.AllCaps;
                    if (pendingHyphen) shape |= TokenShape.AfterHyphen;
                }
                else if (char.IsDigit(c0)) shape |= TokenShape.Digit;
                else shape |= TokenShape.Punct;
                pendingHyphen = false;

                bool newline = prevEnd >= 0 && text.AsSpan(prevEnd, m.Index - prevEnd).Contains('\n');
                if ((sentenceStart || newline) && (shape & TokenShape.Punct) == 0) shape |= TokenShape.SentenceStart;
                tokens.Add(new EntityToken(new Span(m.Index, end), NameFold.Plain(s), shape));
                if ((shape & TokenShape.Punct) == 0) sentenceStart = false;
                else if (s is "." or "!" or "?" or ":" or "\u201C" or "\"") sentenceStart = true;
                prevEnd = end;
            }
        }
        return tokens;
    }
}
