using Parley.Documents;
using Parley.Errors;

namespace Parley.Ingest;

/// <summary>Reads a <c>.txt</c> article: decode (<see cref="TextDecoder"/>), then clean (<see cref="TextCleaner"/>).</summary>
internal static class TextArticleReader
{
    public static IngestItem Read(ReadOnlySpan<byte> bytes, InputOrigin origin, string stem)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.IsBinary)
            return IngestItem.Rejected(Problems.BinaryInput(origin, decoded.BinaryReason!));
        string source = decoded.Text!;
        if (!TextCleaner.HasContent(source))
            return IngestItem.Rejected(Problems.EmptyInput(origin));

        var (text, map) = TextCleaner.Clean(source);
        if (!TextCleaner.HasContent(text))
            return IngestItem.Rejected(Problems.EmptyInput(origin));

        var article = new SourceArticle
        {
            Id = DocumentIds.For(null, null, stem, null),
            Origin = origin,
            Format = InputFormat.Text,
            Source = source,
            Text = text,
            OffsetMap = map,
            Encoding = decoded.EncodingName,
        };
        return IngestItem.Accepted(article, EncodingWarnings(decoded, origin));
    }

    internal static IReadOnlyList<Problem>? EncodingWarnings(DecodedText decoded, InputOrigin origin) =>
        decoded.InvalidSequences > 0
            ? [Problems.InvalidEncoding(origin, $"{decoded.InvalidSequences} invalid UTF-8 sequence(s), the first at byte offset {decoded.FirstInvalidOffset}")]
            : null;
}
