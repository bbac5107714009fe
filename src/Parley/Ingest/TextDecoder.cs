using System.Text;
using System.Text.Unicode;

namespace Parley.Ingest;

/// <summary>
/// Turns the bytes of one article into a string, detecting the encoding.
/// Order: byte-order mark; UTF-16 without a mark (zero bytes on one side of most pairs);
/// binary data; a charset the document declares (HTML <c>&lt;meta charset&gt;</c>);
/// strict UTF-8; then a legacy single-byte page chosen between Windows-1251 and Windows-1252.
/// Stateless and thread-safe.
/// </summary>
internal static class TextDecoder
{
    // Binary detection looks at a prefix only: enough to see a file header, cheap on big texts.
    private const int SampleBytes = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly Encoding Utf32Le = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false);
    private static readonly Encoding Utf32Be = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false);
    private static readonly Encoding Windows1251;
    private static readonly Encoding Windows1252;

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1251 = Encoding.GetEncoding(1251);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/>. A byte-order mark is kept as U+FEFF at the start of the text
    /// (the cleaner removes it, so the offset map stays exact). <paramref name="declaredCharset"/> is
    /// used when there is no byte-order mark and it names a known encoding.
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes, preferUtf8: true);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return new(Utf32Le.GetString(bytes), "utf-32le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return new(Utf32Be.GetString(bytes), "utf-32be");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(Utf16Le.GetString(bytes), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(Utf16Be.GetString(bytes), "utf-16be");

        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (GuessUtf16WithoutMark(sample) is { } utf16)
            return new(utf16.GetString(bytes), utf16 == Utf16Le ? "utf-16le" : "utf-16be");

        if (BinaryReason(sample) is { } reason)
            return DecodedText.Binary(reason);

        if (declaredCharset is not null && ResolveCharset(declaredCharset) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
            return new(declared.GetString(bytes), declared.WebName);

        return DecodeUtf8(bytes, preferUtf8: declaredCharset is not null);
    }

    /// <summary>Strict UTF-8, else lossy UTF-8 when the bytes are mostly UTF-8, else a legacy page.</summary>
    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, bool preferUtf8)
    {
        if (Utf8.IsValid(bytes))
            return new(StrictUtf8.GetString(bytes), "utf-8");

        var (invalid, validMultiByte, firstInvalid) = CountUtf8(bytes);
        // Legacy pages almost never form valid multi-byte UTF-8 sequences by accident, so a text with
        // at least as many valid sequences as broken ones is UTF-8 with damage, not another encoding.
        if (preferUtf8 || validMultiByte >= invalid)
            return new(LenientUtf8.GetString(bytes), "utf-8", invalid, firstInvalid);

        var legacy = LooksCyrillic(bytes) ? Windows1251 : Windows1252;
        return new(legacy.GetString(bytes), legacy.WebName);
    }

    private static (int Invalid, int ValidMultiByte, long FirstInvalid) CountUtf8(ReadOnlySpan<byte> bytes)
    {
        int invalid = 0, valid = 0;
        long first = -1;
        int i = 0;
        while (i < bytes.Length)
        {
            i += IndexOfNonAscii(bytes[i..]);
            if (i >= bytes.Length)
                break;
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                if (first < 0) first = i;
                invalid++;
            }
            i += Math.Max(consumed, 1);
        }
        return (invalid, valid, first);
    }

    private static int IndexOfNonAscii(ReadOnlySpan<byte> bytes)
    {
        int i = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        return i < 0 ? bytes.Length : i;
    }

    /// <summary>
    /// Windows-1251 Cyrillic words are runs of bytes in 0xC0–0xFF; Windows-1252 accented letters sit
    /// one at a time between ASCII letters ("café", "Zürich"). The share of high letters whose
    /// neighbour is also a high letter separates the two well on a few words of text.
    /// </summary>
    internal static bool LooksCyrillic(ReadOnlySpan<byte> bytes)
    {
        int high = 0, paired = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0xC0) continue;
            high++;
            if ((i > 0 && bytes[i - 1] >= 0xC0) || (i + 1 < bytes.Length && bytes[i + 1] >= 0xC0))
                paired++;
        }
        return high > 0 && paired * 2 >= high;
    }

    private static Encoding? GuessUtf16WithoutMark(ReadOnlySpan<byte> sample)
    {
        if (sample.Length < 4) return null;
        int pairs = sample.Length / 2, zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) zeroEven++;
            if (sample[i + 1] == 0) zeroOdd++;
        }
        // Latin-script UTF-16 has a zero high byte in most pairs and almost never a zero low byte.
        if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 < pairs) return Utf16Le;
        if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 < pairs) return Utf16Be;
        return null;
    }

    private static string? BinaryReason(ReadOnlySpan<byte> sample)
    {
        int nul = 0, control = 0;
        foreach (byte b in sample)
        {
            if (b == 0) nul++;
            else if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B) control++;
        }
        if (nul > 0)
            return $"{nul} NUL byte(s) in the first {sample.Length:N0} bytes";
        if (control * 20 > sample.Length)
            return $"{control} control bytes in the first {sample.Length:N0} bytes";
        return null;
    }

    private static Encoding? ResolveCharset(string name)
    {
        string n = name.Trim().Trim('"', '\'').ToLowerInvariant();
        // Browsers read these labels as Windows-1252 (WHATWG Encoding), and so do pages that use them.
        // A page cannot declare UTF-16 in an ASCII-compatible <meta>: the bytes that carry the label prove otherwise.
        if (n.StartsWith("utf-16", StringComparison.Ordinal) || n.StartsWith("utf-32", StringComparison.Ordinal) || n is "unicode")
            return null;
        if (n is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1")
            return Windows1252;
        try
        {
            return Encoding.GetEncoding(n);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
