using Parley.Documents;

namespace Parley.Ingest;

/// <summary>Maps file names to <see cref="InputFormat"/> and sniffs the format of unnamed input.</summary>
internal static class InputFormats
{
    public static InputFormat? FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".txt" => InputFormat.Text,
        ".html" or ".htm" => InputFormat.Html,
        ".jsonl" => InputFormat.JsonLines,
        ".csv" => InputFormat.Csv,
        _ => null,
    };

    /// <summary>The format named by a path's extension after stripping <c>.gz</c>; null when unknown.</summary>
    public static InputFormat? FromPath(string path, out bool gzip)
    {
        string ext = Path.GetExtension(path);
        gzip = ext.Equals(".gz", StringComparison.OrdinalIgnoreCase);
        if (gzip) ext = Path.GetExtension(path[..^ext.Length]);
        return FromExtension(ext);
    }

    public static bool IsGzipMagic(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    /// <summary>
    /// Sniffs decompressed content: the first character that is not white space or a byte-order mark
    /// decides — <c>{</c> is JSON Lines, <c>&lt;</c> is HTML, anything else is text. Zero bytes are
    /// skipped too, so UTF-16 input is judged by its characters.
    /// </summary>
    public static InputFormat Sniff(ReadOnlySpan<byte> head)
    {
        foreach (byte b in head)
        {
            if (b is 0x00 or 0xEF or 0xBB or 0xBF or 0xFE or 0xFF or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                continue;
            return b switch
            {
                (byte)'{' => InputFormat.JsonLines,
                (byte)'<' => InputFormat.Html,
                _ => InputFormat.Text,
            };
        }
        return InputFormat.Text;
    }
}
