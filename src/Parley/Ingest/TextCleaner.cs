using System.Buffers;
using Parley.Documents;

namespace Parley.Ingest;

/// <summary>
/// Cleans decoded text-like input into an article's <see cref="SourceArticle.Text"/>: removes a leading
/// byte-order mark, turns <c>\r\n</c> and lone <c>\r</c> into <c>\n</c>, and drops C0 control characters
/// other than tab and newline. Nothing else is rewritten, so the <see cref="OffsetMap"/> is exact:
/// every character of the clean text maps to the source character it was copied from (a <c>\n</c> made
/// from <c>\r</c> maps to that <c>\r</c>). Stateless and thread-safe.
/// </summary>
internal static class TextCleaner
{
    private static readonly SearchValues<char> NeedsWork = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    public static (string Text, OffsetMap Map) Clean(string source)
    {
        int start = source.Length > 0 && source[0] == '\uFEFF' ? 1 : 0;
        int firstWork = source.AsSpan(start).IndexOfAny(NeedsWork);
        if (firstWork < 0)
        {
            // The common case: nothing to change, no copy (or one substring for a BOM).
            if (start == 0) return (source, OffsetMap.Identity);
            var bomOnly = new OffsetMap.Builder();
            bomOnly.Anchor(0, 1);
            return (source[1..], bomOnly.Build());
        }

        var map = new OffsetMap.Builder();
        var buffer = ArrayPool<char>.Shared.Rent(source.Length);
        try
        {
            int written = 0;
            int i = start;
            if (start > 0) map.Anchor(0, start);
            while (i < source.Length)
            {
                int next = source.AsSpan(i).IndexOfAny(NeedsWork);
                int run = next < 0 ? source.Length - i : next;
                source.AsSpan(i, run).CopyTo(buffer.AsSpan(written));
                written += run;
                i += run;
                if (i >= source.Length) break;

                char c = source[i];
                if (c == '\r')
                {
                    if (i + 1 < source.Length && source[i + 1] == '\n')
                    {
                        // Drop the \r: the \n that follows is copied and maps to itself.
                        map.Anchor(written, i + 1);
                        i++;
                        continue;
                    }
                    buffer[written++] = '\n';
                    i++;
                    continue;
                }
                // Any other control character is dropped.
                i++;
                map.Anchor(written, i);
            }
            return (new string(buffer, 0, written), map.Build());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>True when the text has something other than white space.</summary>
    public static bool HasContent(string text) => !string.IsNullOrWhiteSpace(text);
}
