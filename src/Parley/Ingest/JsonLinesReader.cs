using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Parley.Documents;
using Parley.Errors;

namespace Parley.Ingest;

/// <summary>
/// Reads JSON Lines: one article object a line, <c>text</c> required; <c>id</c>, <c>url</c>,
/// <c>date</c>, <c>title</c>, <c>publisher</c>, <c>language</c> optional. Streams line by line, so a
/// file of any size is read in memory bounded by the longest line (itself bounded by
/// <see cref="IngestOptions.MaxArticleBytes"/>). A bad line is a rejection with its line number; the
/// lines around it are still read.
/// </summary>
internal static class JsonLinesReader
{
    private static readonly UTF8Encoding LenientUtf8 = new(false, false);
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    public static IEnumerable<IngestItem> Read(GuardedStream stream, string path, string stem, IngestOptions options, CancellationToken ct)
    {
        var lines = new LineReader(stream, options.MaxArticleBytes);
        int record = 0;
        while (lines.Next(out var line, out long length, out bool tooLong, out bool terminated))
        {
            ct.ThrowIfCancellationRequested();
            // A last line cut off by a damaged stream is not a record: the caller reports the damage.
            if (!terminated && stream.Failure is not null)
                yield break;
            var origin = new InputOrigin(path, lines.LineNumber);
            if (tooLong)
            {
                record++;
                yield return IngestItem.Rejected(Problems.InputTooLarge(origin, length, options.MaxArticleBytes));
                continue;
            }
            var bytes = line.Span;
            if (lines.LineNumber == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                bytes = bytes[3..];
            if (bytes.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t']).IsEmpty)
                continue;
            record++;
            yield return ReadLine(bytes, origin, stem, record);
        }
    }

    private static IngestItem ReadLine(ReadOnlySpan<byte> bytes, InputOrigin origin, string stem, int record)
    {
        List<Problem>? warnings = null;
        JsonDocument doc;
        try
        {
            if (Utf8.IsValid(bytes))
            {
                doc = JsonDocument.Parse(bytes.ToArray(), ParseOptions);
            }
            else
            {
                // JSON Lines is UTF-8 by definition; damaged bytes are replaced, not fatal.
                var decoded = TextDecoder.Decode(bytes, "utf-8");
                (warnings ??= []).Add(Problems.InvalidEncoding(origin,
                    $"{decoded.InvalidSequences} invalid UTF-8 sequence(s), the first at byte {decoded.FirstInvalidOffset} of the line"));
                doc = JsonDocument.Parse(decoded.Text ?? "", ParseOptions);
            }
        }
        catch (JsonException ex)
        {
            return IngestItem.Rejected(Problems.MalformedJsonLine(origin, FirstSentence(ex.Message)), warnings);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return IngestItem.Rejected(Problems.MalformedJsonLine(origin, $"a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object"), warnings);
            if (!root.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
                return IngestItem.Rejected(Problems.MissingTextField(origin, "text"), warnings);

            return RecordArticle.Build(InputFormat.JsonLines, origin, stem, record, textValue.GetString()!, "utf-8",
                id: Scalar(root, "id"), url: Scalar(root, "url"), date: Scalar(root, "date"), title: Scalar(root, "title"),
                publisher: Scalar(root, "publisher"), language: Scalar(root, "language"), warnings);
        }
    }

    /// <summary>A string or number property as text (ids are sometimes numbers); null otherwise.</summary>
    private static string? Scalar(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static string FirstSentence(string message)
    {
        int i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message.TrimEnd('.');
    }
}
