namespace Parley.Nlp.Tokenization;

/// <summary>
/// The features of a candidate sentence boundary after a token, as 64-bit hashes: the token, its
/// neighbours and their shapes, the gap, and how long the sentence is so far. Shared by the splitter
/// and its trainer so that both see exactly the same features.
/// </summary>
internal sealed class SentenceFeatures
{
    public const int MaxFeatures = 26;

    private readonly TokenStream _stream;
    private readonly ulong[] _form;
    private readonly byte[] _shape;
    private readonly ulong[] _suffix;
    private readonly int[] _lowerBefore; // lower-case words among tokens [0, t)

    public SentenceFeatures(TokenStream stream)
    {
        _stream = stream;
        int n = stream.Count;
        _form = new ulong[n];
        _shape = new byte[n];
        _suffix = new ulong[n];
        _lowerBefore = new int[n + 1];
        for (int t = 0; t < n; t++)
        {
            var form = stream.Form(t);
            _form[t] = FormHash(form);
            _shape[t] = Shape(form);
            _lowerBefore[t + 1] = _lowerBefore[t] + (_shape[t] == 0 ? 1 : 0);
            _suffix[t] = form.Length > 3 ? FormHash(form[^3..]) : _form[t];
        }
    }

    public byte ShapeOf(int token) => _shape[token];

    /// <summary>Writes the features of a boundary after <paramref name="t"/> (whose sentence started at
    /// <paramref name="sentenceStart"/>) and returns how many.</summary>
    public int Extract(int t, int sentenceStart, Span<ulong> features)
    {
        int n = _stream.Count;
        bool hasNext = t + 1 < n && _stream.Gaps[t + 1] != TokenStream.GapParagraph;
        bool hasNext2 = hasNext && t + 2 < n && _stream.Gaps[t + 2] != TokenStream.GapParagraph;
        bool hasPrev = t > sentenceStart;
        ulong f0 = _form[t], f1 = hasNext ? _form[t + 1] : EndHash, f2 = hasNext2 ? _form[t + 2] : EndHash;
        ulong fm1 = hasPrev ? _form[t - 1] : StartHash;
        ulong s0 = _shape[t], s1 = hasNext ? _shape[t + 1] : 31UL, s2 = hasNext2 ? _shape[t + 2] : 31UL, sm1 = hasPrev ? _shape[t - 1] : 30UL;
        ulong glued = hasNext && _stream.Gaps[t + 1] == TokenStream.GapNone ? 1UL : 0UL;
        ulong len = LengthBin(t - sentenceStart + 1);
        int k = 0;
        features[k++] = Bias;
        features[k++] = Mix(2, f0);
        features[k++] = Mix(3, f1);
        features[k++] = Mix(4, fm1);
        features[k++] = Mix(5, s0 | s1 << 8);
        features[k++] = Mix(6, sm1 | s0 << 8 | s1 << 16);
        features[k++] = Mix(7, s0 | s1 << 8 | s2 << 16);
        features[k++] = Mix(8, Mix(f0, s1));
        features[k++] = Mix(9, Mix(f1, s0));
        features[k++] = Mix(10, Mix(fm1, f0));
        features[k++] = Mix(11, Mix(f0, f1));
        features[k++] = Mix(12, len | s0 << 8);
        features[k++] = Mix(13, glued | s0 << 8 | s1 << 16);
        features[k++] = Mix(14, Mix(f1, s2));
        features[k++] = Mix(15, len | s0 << 8 | s1 << 16);
        features[k++] = Mix(16, Mix(f2, s1));
        features[k++] = Mix(17, Mix(fm1, s0 | s1 << 8));
        features[k++] = Mix(18, Mix(f1, s1));
        features[k++] = Mix(19, Mix(f0, s0 | glued << 8));
        features[k++] = Mix(20, Mix(_suffix[t], s1));
        features[k++] = Mix(21, Mix(hasNext ? _suffix[t + 1] : EndHash, s0));
        // two tokens back: '… said . He', '– Regards Debra Smith'
        bool hasPrev2 = t - 1 > sentenceStart;
        ulong sm2 = hasPrev2 ? _shape[t - 2] : 30UL;
        features[k++] = Mix(22, sm2 | sm1 << 8 | s0 << 16 | s1 << 24);
        features[k++] = Mix(23, Mix(hasPrev2 ? _form[t - 2] : StartHash, s1 | s0 << 8));
        // the next word as written after this kind of token: 'died He' vs 'Mr. Bush'
        features[k++] = Mix(24, Mix(f1, s0 | s1 << 8));
        // how many lower-case words the sentence has so far: a run of names, a heading or a signature has none
        // ('Regards , Jane Doe ‖ Acme Corp'), running text has several
        int lower = _lowerBefore[t + 1] - _lowerBefore[sentenceStart];
        ulong lowerBin = (ulong)Math.Min(lower, 3);
        features[k++] = Mix(25, lowerBin | s0 << 8 | s1 << 16);
        return k;
    }

    private static ulong LengthBin(int length) => length switch
    {
        1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 8 => 5, <= 12 => 6, <= 20 => 7, <= 35 => 8, _ => 9,
    };

    /// <summary>The feature every boundary has.</summary>
    internal static readonly ulong Bias = Mix(1, 0);

    private const ulong EndHash = 0x9E3779B97F4A7C15UL;
    private const ulong StartHash = 0xC2B2AE3D27D4EB4FUL;

    /// <summary>FNV-1a over the lower-cased form with digits folded to 0 and curly apostrophes to '.</summary>
    internal static ulong FormHash(ReadOnlySpan<char> form)
    {
        ulong h = 14695981039346656037UL;
        foreach (char ch in form)
        {
            char c = ch;
            if ((uint)(c - '0') <= 9) c = '0';
            else if (c < 128) { if ((uint)(c - 'A') <= 'Z' - 'A') c = (char)(c | 0x20); }
            else if (c is '’' or '‘') c = '\'';
            else c = char.ToLowerInvariant(c);
            h = (h ^ c) * 1099511628211UL;
        }
        return h;
    }

    internal static ulong Mix(ulong a, ulong b)
    {
        ulong h = a * 0x9E3779B97F4A7C15UL ^ b;
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 29;
        return h | 1; // 0 marks an empty slot in the weight table
    }

    /// <summary>A URL (<c>http://…</c>, <c>www.…</c>) or an e-mail address (an <c>@</c> inside the token).</summary>
    private static bool IsAddress(ReadOnlySpan<char> f) =>
        f.Length > 4 && (f.IndexOf("://", StringComparison.Ordinal) >= 0 || f.IndexOf('@') > 0
            || f.StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    /// <summary>A coarse class of a token's spelling.</summary>
    internal static byte Shape(ReadOnlySpan<char> f)
    {
        char c = f[0];
        // a web address or e-mail is its own class even when it starts with a lower-case letter, so that the
        // lower-case rule of the splitter does not glue 'see http://a.example/x http://b.example/y' into one sentence
        if (IsAddress(f)) return 19;
        if (char.IsLetter(c))
        {
            if (f.Length > 1 && f[^1] == '.') return 16; // abbreviation or initial
            if (char.IsUpper(c))
            {
                if (f.Length == 1) return 20;
                bool allUpper = true;
                foreach (char x in f) if (char.IsLower(x)) { allUpper = false; break; }
                return allUpper ? (byte)2 : (byte)1;
            }
            return 0;
        }
        if (char.IsDigit(c)) return 3;
        switch (c)
        {
            case '.': return f.Length == 1 ? (byte)4 : (byte)5;
            case '…': return 5;
            case '!' or '?': return 6;
            case ',': return 7;
            case ':': return 8;
            case ';': return 9;
            case '(' or '[' or '{': return 10;
            case ')' or ']' or '}': return 11;
            case '"': return 12;
            case '“' or '‘' or '«': return 13;
            case '”' or '’' or '»': return f.Length > 1 && char.IsLetter(f[1]) ? (byte)21 : (byte)14;
            case '\'': return f.Length > 1 ? (f[1] == '\'' ? (byte)14 : (byte)21) : (byte)15;
            case '`': return 13;
            case '-' or '–' or '—': return 17;
            case '#' or '@': return f.Length > 1 ? (byte)22 : (byte)18;
            default: return 18;
        }
    }
}
