using System.Globalization;
using System.Text;

namespace Parley.Entities;

/// <summary>
/// Folds names so spellings that differ only by transliteration match: "Sergei"/"Sergey", "Dmitry"/"Dmitri"/"Dmitriy",
/// "Mouaz"/"Moaz", "Alexei"/"Aleksey". The rules are general (vowel classes, doubled letters, x = ks, ph = f), not a list
/// of people, so any KB name and any text spelling fold to the same key. Thread-safe and pure.
/// </summary>
public static class NameFold
{
    /// <summary>Lower case, diacritics removed, periods dropped ("U.S." → "us"): the key the matcher compares exactly.</summary>
    public static string Plain(string token) => PlainKey(token, null);

    private static string PlainUnicode(string token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (char c in token.Normalize(NormalizationForm.FormD))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark || c == '.') continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// <see cref="Plain(string)"/> of a token span without intermediate strings: Latin letters (nearly every token) are folded
    /// through a table in a stack buffer and interned through <paramref name="pool"/>; anything else takes the Unicode path.
    /// </summary>
    public static string PlainKey(ReadOnlySpan<char> token, KeyPool? pool)
    {
        if (token.Length <= 256)
        {
            Span<char> buf = stackalloc char[token.Length];
            int n = 0;
            var table = FoldTable;
            foreach (char c in token)
            {
                if (c >= table.Length) goto Unicode;
                char f = table[c];
                if (f == Dropped) continue;
                if (f == NoFold) goto Unicode;
                buf[n++] = f;
            }
            var folded = buf[..n];
            return pool is null ? folded.ToString() : pool.Get(folded);
        }
    Unicode:
        string plain = PlainUnicode(token.ToString());
        return pool is null ? plain : pool.Get(plain);
    }

    private const char Dropped = '\uFFFF', NoFold = '\uFFFE';

    /// <summary>
    /// <see cref="Plain(string)"/> of each Latin character and combining accent (U+0000–U+036F) when it is one character or
    /// none; <see cref="NoFold"/> where it is more. Per-character folding equals whole-token folding in this range: canonical
    /// decomposition works character by character, and the marks it could reorder are the ones dropped.
    /// </summary>
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[0x370];
        for (int c = 0; c < table.Length; c++)
        {
            if (char.IsSurrogate((char)c)) { table[c] = NoFold; continue; }
            string f = PlainUnicode(((char)c).ToString());
            table[c] = f.Length == 0 ? Dropped : f.Length == 1 && f[0] < NoFold ? f[0] : NoFold;
        }
        return table;
    }

    /// <summary>The transliteration-insensitive key of one word (already <see cref="Plain"/> or not).</summary>
    /// <remarks>
    /// One pass over the plain word: ph → f, ck → k, x → ks, q → k, dzh/zh → j (no rewrite creates another's pattern, so this
    /// equals applying them one after another), then vowel classes (y → i, o → u, w → v) and doubled letters collapsed.
    /// </remarks>
    public static string Loose(string token)
    {
        string p = Plain(token);
        Span<char> buf = p.Length <= 128 ? stackalloc char[p.Length * 2] : new char[p.Length * 2];
        int n = 0;
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            char next = i + 1 < p.Length ? p[i + 1] : '\0';
            if (c == 'p' && next == 'h') { Put(buf, ref n, 'f'); i++; }
            else if (c == 'c' && next == 'k') { Put(buf, ref n, 'k'); i++; }
            else if (c == 'x') { Put(buf, ref n, 'k'); Put(buf, ref n, 's'); }
            else if (c == 'q') Put(buf, ref n, 'k');
            else if (c == 'd' && next == 'z' && i + 2 < p.Length && p[i + 2] == 'h') { Put(buf, ref n, 'j'); i += 2; }
            else if (c == 'z' && next == 'h') { Put(buf, ref n, 'j'); i++; }
            else Put(buf, ref n, c);
        }
        return new string(buf[..n]);
    }

    private static void Put(Span<char> buf, ref int n, char raw)
    {
        char c = raw switch { 'y' => 'i', 'o' => 'u', 'w' => 'v', _ => raw };
        if (n > 0 && buf[n - 1] == c) return;
        buf[n++] = c;
    }

    /// <summary>The loose key of a whole name: words folded with <see cref="Loose"/>, Arabic article prefixes ("al-") dropped.</summary>
    public static string LooseName(IEnumerable<string> words)
    {
        var parts = new List<string>();
        foreach (string w in words)
        {
            string p = Plain(w);
            if (p.Length == 0 || IsArticleParticle(p)) continue;
            parts.Add(Loose(p));
        }
        return string.Join(' ', parts);
    }

    /// <summary>Words of a name as the tokenizer splits them (hyphens and spaces separate words).</summary>
    public static IEnumerable<string> Words(string name) =>
        name.Split([' ', '-', '_', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);

    public static string LooseName(string name) => LooseName(Words(name));

    public static bool IsArticleParticle(string plain) => plain is "al" or "el" or "ad" or "as" or "ash" or "ar" or "an" or "at" or "az";

    /// <summary>
    /// English news style for a romanised Russian/Ukrainian given name: "-ey" → "-ei" (Sergey → Sergei, Alexey → Alexei)
    /// and "-iy" → "-y" (Dmitriy → Dmitry, Yuriy → Yury). Applied to the first word of the canonical name only.
    /// </summary>
    public static string NewsStyle(string name)
    {
        int space = name.IndexOf(' ');
        if (space <= 2) return name;
        string first = name[..space];
        if (first.EndsWith("ey", StringComparison.Ordinal) && first.Length > 4) first = first[..^2] + "ei";
        else if (first.EndsWith("iy", StringComparison.Ordinal) && first.Length > 4) first = first[..^2] + "y";
        return first + name[space..];
    }

    /// <summary>"SERGEY_LAVROV_" → "Sergey Lavrov"; keeps "al-" lower case and short all-caps acronyms as they are.</summary>
    public static string TitleCase(string upper)
    {
        var words = upper.Replace('_', ' ').Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (string w in words)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(TitleWord(w));
        }
        return sb.ToString();
    }

    private static string TitleWord(string w)
    {
        var parts = w.Split('-');
        for (int i = 0; i < parts.Length; i++)
        {
            string p = parts[i];
            if (p.Length == 0) continue;
            string lower = p.ToLowerInvariant();
            if (IsArticleParticle(lower) && (parts.Length > 1 || i == 0) && p.Length <= 3 && parts.Length > 1) { parts[i] = lower; continue; }
            parts[i] = char.ToUpperInvariant(p[0]) + lower[1..];
        }
        return string.Join('-', parts);
    }
}
