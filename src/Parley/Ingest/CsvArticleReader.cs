using Parley.Documents;
using Parley.Errors;

namespace Parley.Ingest;

/// <summary>
/// Reads CSV (RFC 4180) with a header row that names at least <c>text</c>; <c>id</c>, <c>url</c>,
/// <c>date</c>, <c>title</c>, <c>publisher</c>, <c>language</c> are used when present, other columns
/// ignored. Header names are matched case-insensitively. Each field is decoded on its own (see
/// <see cref="TextDecoder"/>). Streams record by record. Origins carry the line a record starts on.
/// </summary>
internal static class CsvArticleReader
{
    public static IEnumerable<IngestItem> Read(GuardedStream stream, string path, string stem, IngestOptions options, CancellationToken ct)
    {
        var csv = new CsvRecordReader(stream, options.MaxArticleBytes);
        if (!csv.Next())
        {
            if (stream.Failure is null)
                yield return IngestItem.Rejected(Problems.EmptyInput(new InputOrigin(path)));
            yield break;
        }

        var header = new string[csv.FieldCount];
        for (int i = 0; i < header.Length; i++)
        {
            var field = csv.Field(i);
            if (i == 0 && field.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) field = field[3..];
            header[i] = (TextDecoder.Decode(field).Text ?? "").Trim();
        }
        int text = Column(header, "text");
        if (text < 0)
        {
            yield return IngestItem.Rejected(Problems.MissingTextColumn(new InputOrigin(path, csv.StartLine), header));
            yield break;
        }
        int id = Column(header, "id"), url = Column(header, "url"), date = Column(header, "date"), title = Column(header, "title"),
            publisher = Column(header, "publisher"), language = Column(header, "language");

        int record = 0;
        while (csv.Next())
        {
            ct.ThrowIfCancellationRequested();
            // A record cut off by a damaged stream is not kept: the caller reports the damage.
            if (stream.Failure is not null)
                yield break;
            record++;
            var origin = new InputOrigin(path, csv.StartLine);
            if (csv.TooLong)
            {
                yield return IngestItem.Rejected(Problems.InputTooLarge(origin, csv.RecordBytes, options.MaxArticleBytes));
                continue;
            }
            if (csv.UnterminatedQuote)
            {
                yield return IngestItem.Rejected(Problems.MalformedCsvRow(origin, "a quoted field is not closed before the end of the file"));
                continue;
            }
            if (csv.FieldCount != header.Length)
            {
                yield return IngestItem.Rejected(Problems.MalformedCsvRow(origin, $"{csv.FieldCount} field(s) where the header has {header.Length}"));
                continue;
            }

            var decodedText = TextDecoder.Decode(csv.Field(text));
            if (decodedText.IsBinary)
            {
                yield return IngestItem.Rejected(Problems.BinaryInput(origin, decodedText.BinaryReason!));
                continue;
            }
            List<Problem>? warnings = null;
            if (decodedText.InvalidSequences > 0)
                (warnings ??= []).Add(Problems.InvalidEncoding(origin,
                    $"{decodedText.InvalidSequences} invalid UTF-8 sequence(s), the first at byte {decodedText.FirstInvalidOffset} of the text field"));

            yield return RecordArticle.Build(InputFormat.Csv, origin, stem, record, decodedText.Text!, decodedText.EncodingName,
                id: Value(csv, id), url: Value(csv, url), date: Value(csv, date), title: Value(csv, title),
                publisher: Value(csv, publisher), language: Value(csv, language), warnings);
        }
    }

    private static int Column(string[] header, string name) =>
        Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static string? Value(CsvRecordReader csv, int column) =>
        column < 0 || csv.Field(column).IsEmpty ? null : TextDecoder.Decode(csv.Field(column)).Text;
}
