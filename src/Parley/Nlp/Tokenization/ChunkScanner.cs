using System.Globalization;

namespace Parley.Nlp.Tokenization;

/// <summary>
/// Cuts one whitespace-separated chunk into tokens and each token into words. The rules follow UD English
/// EWT/GUM: leading and trailing punctuation is peeled off (keeping the period of abbreviations, initials and
/// dotted acronyms, and the apostrophe of a plural possessive), then the core is cut at punctuation except
/// where it joins two letters or digits in a way the treebanks keep whole (<c>3.5</c>, <c>5,400</c>,
/// <c>13:57</c>, <c>9/11</c>, <c>713-853-3989</c>, <c>AT&amp;T</c>, <c>don't</c>, <c>non-profit</c>).
/// One scanner per region; it remembers whether a single quote is open (until the next paragraph).
/// A surrogate pair (an emoji) is never cut.
/// </summary>
internal sealed class ChunkScanner
{
    private readonly TokenizerLexicon _lexicon;
    private readonly string _text;
    private readonly TokenStream _stream;
    private bool _singleQuoteOpen;
    private byte _gap;
    private byte _chunkGap;

    public ChunkScanner(Tokenizer tokenizer, string text, TokenStream stream)
    {
        _lexicon = tokenizer.Lexicon;
        _text = text;
        _stream = stream;
    }

    public void Chunk(int s, int e, byte gap)
    {
        _gap = _chunkGap = gap;
        if (gap == TokenStream.GapParagraph) _singleQuoteOpen = false;
        if (e - s <= _lexicon.MaxEmoticonLength && _lexicon.EmoticonAt(_text.AsSpan(s, e - s)) == e - s)
        {
            Emit(s, e);
            return;
        }
        while (s < e)
        {
            int n = Leading(s, e);
            if (n == 0) break;
            Emit(s, s + n);
            s += n;
        }
        if (s == e) return;

        Span<int> trail = stackalloc int[32];
        int count = 0, m = e;
        while (m > s && count < 16)
        {
            int n = Trailing(s, m);
            if (n == 0) break;
            trail[2 * count] = m - n;
            trail[2 * count + 1] = m;
            count++;
            m -= n;
        }
        if (m > s) Middle(s, m);
        for (int k = count - 1; k >= 0; k--)
            Emit(trail[2 * k], trail[2 * k + 1]);
    }

    /// <summary>Length of the punctuation token the chunk <c>[s, e)</c> starts with, or 0.</summary>
    private int Leading(int s, int e)
    {
        char c = _text[s];
        if (IsWordChar(c)) return 0;
        char next = s + 1 < e ? _text[s + 1] : '\0';
        switch (c)
        {
            case '\'' or '’' or '‘' or '`':
                if (next == c && c is '`' or '\'') return 2; // `` and '' quotes
                if (char.IsDigit(next)) return 0;            // '90s
                if (c != '‘' && IsCliticAt(s + 1, e)) return 0; // 's 're 'll on their own
                _singleQuoteOpen = c != '’';
                return 1;
            case '-' or '=':
                return RunOf(s, e, "-="); // EWT splits a minus sign too (- 0.39); rules such as ==---- are one token
            case '.':
                int dots = Run(s, e, '.');
                if (dots == 1 && char.IsDigit(next)) return 0; // .5
                return dots;
            case '@' or '#':
                return char.IsLetter(next) ? 0 : Run(s, e, c); // handles and hashtags stay whole
            case '$':
                return Run(s, e, c);
            case '+':
                return char.IsDigit(next) ? 0 : Run(s, e, c);
            case '!' or '?':
                return RunOf(s, e, "!?.");
            case '<' or '>' or '*' or '_' or '~' or '^':
                return Run(s, e, c);
            default:
                return IsPairAt(s, e) ? 2 : 1;
        }
    }

    /// <summary>Length of the punctuation token the chunk part <c>[s, m)</c> ends with, or 0.</summary>
    private int Trailing(int s, int m)
    {
        char c = _text[m - 1];
        if (IsWordChar(c)) return 0;
        if (m - 1 == s) return 1;
        switch (c)
        {
            case '.':
            {
                int run = RunBack(s, m, ".!?");
                if (IsAbbreviationThenPeriod(s, m, run)) return 1;
                if (run > 1) return run;
                return KeepsPeriod(s, m) ? 0 : 1;
            }
            case '!' or '?':
                return RunBack(s, m, ".!?");
            case '\'' or '’':
            {
                char before = _text[m - 2];
                if (before == c) return 2; // ''
                if (before is 's' or 'S' && !_singleQuoteOpen && m - s >= 3 && IsAllLetters(s, m - 1))
                    return 0; // plural possessive: students' (split into words later)
                _singleQuoteOpen = false;
                return 1;
            }
            case '`':
                return _text[m - 2] == '`' ? 2 : 1;
            case '/':
                return IsUrlOrEmail(_text.AsSpan(s, m - s)) ? 0 : 1; // a web address keeps its final slash (http://example.org/)
            case '-' or '=':
            {
                int run = RunBack(s, m, "-=");
                if (run > 1 || c == '=') return run;
                return char.IsLetter(_text[m - 2]) ? 0 : 1; // pre- and post-war
            }
            case '>' or '*' or '_' or '~' or '<':
                return RunBackSame(s, m, c);
            case '%' or ')' or ']' or '}' or '"' or '”' or '»' or ',' or ';' or ':' or '…' or '$':
                return 1;
            default:
                return char.IsPunctuation(c) || char.IsSymbol(c) ? 1 : 0;
        }
    }

    /// <summary>True when the final period of <c>[s, m)</c> belongs to the token: a listed abbreviation,
    /// a single letter (an initial) or a dotted acronym such as <c>U.S.</c>, <c>e.g.</c>, <c>Ph.D.</c>.</summary>
    private bool KeepsPeriod(int s, int m)
    {
        var form = _text.AsSpan(s, m - s);
        if (_lexicon.IsAbbreviation(form)) return true;
        // "Russian-U.S.", "anti-U.S.": the part after the last hyphen decides.
        int dash = form.LastIndexOf('-');
        if (dash > 0 && dash < form.Length - 2) return KeepsPeriod(s + dash + 1, m);
        var core = form[..^1];
        if (core.Length == 1 && char.IsLetter(core[0])) return true;
        if (_chunkGap == TokenStream.GapParagraph && core.Length <= 4 && char.IsDigit(core[0]) && IsNumbering(core))
            return true; // "1." or "2.2." heading a paragraph (GUM; EWT has it mid-paragraph only)
        if (core.Length == 1) return false;
        int segment = 0, periods = 0;
        foreach (char ch in core)
        {
            if (ch == '.')
            {
                if (segment == 0) return false;
                periods++;
                segment = 0;
            }
            else if (char.IsLetter(ch))
            {
                if (++segment > 3) return false;
            }
            else return false;
        }
        return periods > 0 && segment > 0;
    }

    /// <summary>Two periods after an abbreviation, initial or dotted acronym (<c>Inc..</c>, <c>U.S..</c>): the first is
    /// the abbreviation's, the second ends the sentence, as EWT and GUM write them (never an ellipsis there).</summary>
    private bool IsAbbreviationThenPeriod(int s, int m, int run) =>
        run == 2 && _text[m - 2] == '.' && m - 2 > s && char.IsLetter(_text[m - 3]) && KeepsPeriod(s, m - 1);

    private static bool IsNumbering(ReadOnlySpan<char> core)
    {
        foreach (char c in core)
            if (!char.IsDigit(c) && c != '.') return false;
        return true;
    }

    private void Middle(int s, int m)
    {
        var span = _text.AsSpan(s, m - s);
        if (IsUrlOrEmail(span))
        {
            Emit(s, m);
            return;
        }
        int tokenStart = s, segmentStart = s, i = s;
        while (i < m)
        {
            char c = _text[i];
            if (i == tokenStart && i > s && IsUrlOrEmail(_text.AsSpan(i, m - i)))
            {
                Emit(i, m); // "name"<name@example.com
                return;
            }
            if (IsWordChar(c))
            {
                if (i > tokenStart && char.IsDigit(_text[i - 1]) && char.IsLetter(c) && UnitEnd(i, m) is var unitEnd and > 0)
                {
                    Emit(tokenStart, i);
                    Emit(i, unitEnd);
                    tokenStart = segmentStart = i = unitEnd;
                    continue;
                }
                i++;
                continue;
            }
            // a plus sign, a leading period, an at or hash sign, or an apostrophe the peeling left in place (+1, .5, .doc, @UN, #peace, '90s, 's), or a final period,
            // hyphen or apostrophe it decided to keep (U.S., pre-, students')
            if ((i == tokenStart && i + 1 < m && c is '+' or '.' or '@' or '#' or '\'' or '’' or '`' && IsWordChar(_text[i + 1]))
                || (i == m - 1 && i > tokenStart && c is '.' or '-' or '\'' or '’'))
            {
                i++;
                continue;
            }
            if (c == '.' && i > tokenStart && (i + 1 == m || (_text[i + 1] != '.' && !IsWordChar(_text[i + 1]))) && KeepsPeriod(tokenStart, i + 1))
            {
                Emit(tokenStart, i + 1); // U.S.-Russian → U.S. - Russian
                tokenStart = segmentStart = ++i;
                continue;
            }
            if (c == '.' && IsGluedSentenceEnd(segmentStart, i, m))
            {
                if (i > tokenStart) Emit(tokenStart, i); // left.The → left . The
                Emit(i, i + 1);
                tokenStart = segmentStart = ++i;
                continue;
            }
            if (c == '.' && IsInitialBeforeName(tokenStart, i, m))
            {
                Emit(tokenStart, i + 1); // S.Lavrov → S. Lavrov
                tokenStart = segmentStart = ++i;
                continue;
            }
            if (i > tokenStart && i + 1 < m && IsWordChar(_text[i - 1]) && IsWordChar(_text[i + 1]) && Joins(c, i, segmentStart))
            {
                i++;
                segmentStart = i;
                continue;
            }
            if (i > tokenStart) Emit(tokenStart, i);
            int n = c is '.' or '!' or '?' ? RunOf(i, m, ".!?") : c is '-' or '=' ? RunOf(i, m, "-=") : IsPairAt(i, m) ? 2 : Run(i, m, c);
            Emit(i, i + n);
            i += n;
            tokenStart = segmentStart = i;
        }
        if (tokenStart < m) Emit(tokenStart, m);
    }

    /// <summary>
    /// A hyphen between digits: chains such as phone numbers and dates (<c>713-853-3989</c>, <c>11-20-2000</c>)
    /// and codes (<c>345-9945</c>, <c>77001-1234</c>) stay whole; ranges (<c>3-5</c>, <c>2009-2013</c>) split,
    /// as in EWT and GUM.
    /// </summary>
    private bool JoinsNumbers(int i, int segmentStart)
    {
        int left = i - segmentStart;
        int right = 0;
        while (i + 1 + right < _text.Length && char.IsDigit(_text[i + 1 + right])) right++;
        bool chained = (segmentStart > 0 && _text[segmentStart - 1] == '-')
            || (i + 1 + right < _text.Length - 1 && _text[i + 1 + right] == '-' && char.IsDigit(_text[i + 2 + right]));
        if (chained) return true;
        for (int k = segmentStart; k < i; k++)
            if (!char.IsDigit(_text[k])) return false;
        return (right == 4 && left != 4) || left >= 5;
    }

    /// <summary>A comma between digits groups thousands (<c>5,400</c>, <c>1,000,000</c>) only when exactly three
    /// digits follow; otherwise it separates numbers (<c>[13,14]</c>).</summary>
    private bool IsThousands(int i, int segmentStart)
    {
        int right = 0;
        while (i + 1 + right < _text.Length && char.IsDigit(_text[i + 1 + right])) right++;
        return right == 3 && i - segmentStart <= 3 && (segmentStart == 0 || _text[segmentStart - 1] != '.');
    }

    /// <summary>A period glued between a lower-case word and a capitalised one (<c>left.The</c>): a missing space,
    /// not a domain (<c>Znak.com</c>) or a dotted name (<c>ASP.NET</c>).</summary>
    private bool IsGluedSentenceEnd(int segmentStart, int i, int m)
    {
        if (i - segmentStart < 2 || i + 2 >= m || !char.IsUpper(_text[i + 1]) || !char.IsLower(_text[i + 2])) return false;
        for (int k = segmentStart; k < i; k++)
            if (!char.IsLower(_text[k])) return false;
        for (int k = i + 3; k < m; k++)
            if (!char.IsLetter(_text[k])) return false;
        return true;
    }

    /// <summary>A single capital and a period glued to a capitalised word: <c>S.Lavrov</c> (not <c>U.S</c>).</summary>
    private bool IsInitialBeforeName(int tokenStart, int i, int m) =>
        i == tokenStart + 1 && char.IsUpper(_text[tokenStart]) && i + 2 < m && char.IsUpper(_text[i + 1]) && char.IsLower(_text[i + 2]);

    /// <summary>The end of a unit suffix (<c>k</c>, <c>pm</c>, <c>km</c>) starting at <paramref name="i"/> right after
    /// a digit and running to the end of the word, or 0.</summary>
    private int UnitEnd(int i, int m)
    {
        int j = i;
        while (j < m && char.IsLetter(_text[j])) j++;
        if (j - i > 4 || (j < m && IsWordChar(_text[j]))) return 0;
        return _lexicon.IsUnit(_text.AsSpan(i, j - i)) ? j : 0;
    }

    private bool Joins(char c, int i, int segmentStart)
    {
        char l = _text[i - 1], r = _text[i + 1];
        switch (c)
        {
            case '-':
                if (char.IsDigit(l) && char.IsDigit(r)) return JoinsNumbers(i, segmentStart);
                if (!char.IsLetter(l) || !char.IsLetter(r) || i - segmentStart > 16) return false;
                Span<char> prefix = stackalloc char[i - segmentStart];
                _text.AsSpan(segmentStart, i - segmentStart).ToLowerInvariant(prefix);
                return _lexicon.IsHyphenPrefix(prefix);
            case '.' or '\'' or '’' or '`' or '&' or '@' or '_':
                return true;
            case ',':
                return char.IsDigit(l) && char.IsDigit(r) && IsThousands(i, segmentStart);
            case ':':
                return char.IsDigit(l) && char.IsDigit(r);
            case '/':
                return char.IsDigit(l) || char.IsDigit(r);
            default:
                return false;
        }
    }

    private void Emit(int start, int end)
    {
        _stream.AddToken(start, end, _gap);
        _gap = TokenStream.GapNone;
        SplitWords(start, end);
    }

    /// <summary>Adds the words of token <c>[start, end)</c>: a listed multi-word token, or a host plus an
    /// English clitic (<c>n't 's 'm 'd 're 've 'll</c>, plural-possessive <c>'</c>), or the token itself.</summary>
    private void SplitWords(int start, int end)
    {
        int len = end - start;
        // Only short tokens can be listed multi-word tokens, and only a token with an apostrophe near its end
        // has a clitic: most tokens leave here without a lookup.
        bool listed = len >= 2 && len <= _lexicon.MaxMultiwordLength;
        bool clitic = len >= 3 && (IsApostrophe(_text[end - 1]) || IsApostrophe(_text[end - 2]) || (len >= 4 && IsApostrophe(_text[end - 3])));
        if (!listed && !clitic)
        {
            _stream.AddWord(start, end);
            return;
        }
        Span<char> lower = stackalloc char[TokenizerLexicon.MaxListedLength];
        int n = Math.Min(len, lower.Length);
        for (int k = 0; k < n; k++)
        {
            char ch = _text[end - n + k];
            lower[k] = IsApostrophe(ch) ? '\'' : char.ToLowerInvariant(ch);
        }
        if (listed && _lexicon.MultiwordSplit(lower[..len]) is { } split)
        {
            int at = start;
            foreach (byte part in split)
            {
                _stream.AddWord(at, at + part);
                at += part;
            }
            return;
        }
        int cut = clitic ? CliticStart(lower[..n]) : 0;
        if (cut > 0)
        {
            _stream.AddWord(start, end - n + cut);
            _stream.AddWord(end - n + cut, end);
            return;
        }
        _stream.AddWord(start, end);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '`' or '‘';

    private static int CliticStart(ReadOnlySpan<char> w)
    {
        int n = w.Length;
        if (n >= 4 && w[n - 1] == 't' && w[n - 2] == '\'' && w[n - 3] == 'n' && char.IsLetter(w[n - 4])) return n - 3;
        if (n >= 3 && w[n - 2] == '\'' && w[n - 1] is 's' or 'm' or 'd' && char.IsLetter(w[n - 3])) return n - 2;
        if (n >= 4 && w[n - 3] == '\'' && (w[^2..] is "re" or "ve" or "ll") && char.IsLetter(w[n - 4])) return n - 3;
        if (n >= 3 && w[n - 1] == '\'' && w[n - 2] == 's' && char.IsLetter(w[n - 3])) return n - 1;
        return 0;
    }

    /// <summary>True when <c>[s, e)</c> is a bare clitic such as <c>'s</c> or <c>'ll</c> (after the apostrophe at s-1).</summary>
    private bool IsCliticAt(int s, int e)
    {
        int n = 0;
        while (s + n < e && char.IsLetter(_text[s + n])) n++;
        if (n == 0 || n > 2 || (s + n < e && IsWordChar(_text[s + n]))) return false;
        var w = _text.AsSpan(s, n);
        return w.Equals("s", StringComparison.OrdinalIgnoreCase) || w.Equals("m", StringComparison.OrdinalIgnoreCase)
            || w.Equals("d", StringComparison.OrdinalIgnoreCase) || w.Equals("re", StringComparison.OrdinalIgnoreCase)
            || w.Equals("ve", StringComparison.OrdinalIgnoreCase) || w.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || w.Equals("em", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool IsUrlOrEmail(ReadOnlySpan<char> s)
    {
        if (s.IndexOf("://", StringComparison.Ordinal) > 0) return true;
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && s.Length > 5) return true;
        int at = s.IndexOf('@');
        if (at > 0 && (IsWordChar(s[at - 1]) || s[at - 1] == '.')) // name...@example.com as Google Groups hides it
        {
            foreach (char c in s[..at])
                if (!IsWordChar(c) && c is not ('.' or '_' or '-' or '+' or '%' or '\''))
                    return false;
            int dot = s[at..].IndexOf('.');
            return dot > 1 && at + dot + 1 < s.Length && char.IsLetter(s[at + dot + 1]);
        }
        return false;
    }

    private bool IsPairAt(int i, int e) => char.IsHighSurrogate(_text[i]) && i + 1 < e && char.IsLowSurrogate(_text[i + 1]);

    private bool IsAllLetters(int s, int e)
    {
        for (int k = s; k < e; k++)
            if (!char.IsLetter(_text[k])) return false;
        return true;
    }

    private int Run(int s, int e, char c)
    {
        int n = 1;
        while (s + n < e && _text[s + n] == c) n++;
        return n;
    }

    private int RunOf(int s, int e, string chars)
    {
        int n = 1;
        while (s + n < e && chars.Contains(_text[s + n])) n++;
        return n;
    }

    private int RunBack(int s, int m, string chars)
    {
        int n = 1;
        while (m - n - 1 >= s && chars.Contains(_text[m - n - 1])) n++;
        return n;
    }

    private int RunBackSame(int s, int m, char c)
    {
        int n = 1;
        while (m - n - 1 >= s && _text[m - n - 1] == c) n++;
        return n;
    }

    internal static bool IsWordChar(char c)
    {
        if (c < 128) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        if (char.IsLetterOrDigit(c)) return true;
        var cat = char.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
