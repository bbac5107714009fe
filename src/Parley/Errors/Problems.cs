using Parley.Documents;

namespace Parley.Errors;

/// <summary>The one place where problem messages are written. Each factory names its code.</summary>
public static class Problems
{
    private static Problem Error(ErrorCode code, InputOrigin? origin, string message) => new(code, Severity.Error, origin, message);
    private static Problem Warning(ErrorCode code, InputOrigin? origin, string message) => new(code, Severity.Warning, origin, message);

    public static Problem UnreadablePath(InputOrigin origin, string reason) =>
        Error(ErrorCode.UnreadablePath, origin, $"cannot read this path ({reason}).");

    public static Problem EmptyInput(InputOrigin origin) =>
        Error(ErrorCode.EmptyInput, origin, "the input is empty (no article text).");

    public static Problem BinaryInput(InputOrigin origin, string what) =>
        Error(ErrorCode.BinaryInput, origin, $"this looks like binary data, not text ({what}).");

    public static Problem TruncatedGzip(InputOrigin origin, string reason) =>
        Error(ErrorCode.TruncatedGzip, origin, $"the gzip stream is truncated or corrupt ({reason}); articles read before the damage were kept.");

    public static Problem InvalidEncoding(InputOrigin origin, string detail) =>
        Warning(ErrorCode.InvalidEncoding, origin, $"invalid byte sequences were replaced with U+FFFD ({detail}).");

    public static Problem MalformedJsonLine(InputOrigin origin, string reason) =>
        Error(ErrorCode.MalformedJsonLine, origin, $"not a valid JSON object ({reason}).");

    public static Problem MissingTextField(InputOrigin origin, string field) =>
        Error(ErrorCode.MissingTextField, origin, $"the required field '{field}' is missing, empty or not a string.");

    public static Problem MissingTextColumn(InputOrigin origin, IEnumerable<string> header) =>
        Error(ErrorCode.MissingTextColumn, origin, $"the CSV header has no 'text' column (columns: {string.Join(", ", header)}).");

    public static Problem MalformedCsvRow(InputOrigin origin, string reason) =>
        Error(ErrorCode.MalformedCsvRow, origin, $"malformed CSV record ({reason}).");

    public static Problem InputTooLarge(InputOrigin origin, long size, long limit) =>
        Error(ErrorCode.InputTooLarge, origin, $"{size:N0} bytes is more than the {limit:N0}-byte limit for one article; split it or raise --max-article-bytes.");

    public static Problem UnsupportedFormat(InputOrigin origin) =>
        Error(ErrorCode.UnsupportedFormat, origin, "unsupported file type (expected .txt, .html, .htm, .jsonl, .csv, optionally .gz).");

    public static Problem NoArticleText(InputOrigin origin) =>
        Error(ErrorCode.NoArticleText, origin, "no article text could be extracted from this page.");

    public static Problem DuplicateIdInInput(InputOrigin origin, string id, InputOrigin first) =>
        Warning(ErrorCode.DuplicateIdInInput, origin, $"document id '{id}' was already read from {first} in this run; the later one replaces it.");

    public static Problem InvalidDateField(InputOrigin origin, string value) =>
        Warning(ErrorCode.InvalidDateField, origin, $"the date '{value}' is not an ISO date or date-time; the article is kept without a publication date.");

    public static Problem StoreNewerSchema(string path, int found, int known) =>
        Error(ErrorCode.StoreNewerSchema, new InputOrigin(path), $"the store has schema version {found}, newer than this build knows ({known}); upgrade parley.");

    public static Problem StoreCorrupt(string path, string reason) =>
        Error(ErrorCode.StoreCorrupt, new InputOrigin(path), $"not a Parley store or damaged ({reason}).");

    public static Problem AnalysisFailed(InputOrigin origin, string id, string stage, string reason) =>
        Error(ErrorCode.AnalysisFailed, origin, $"stage '{stage}' failed on document '{id}' ({reason}); the document was not stored. This is a bug: please report it with the input.");

    public static Problem ArticleNotFound(string id) =>
        Error(ErrorCode.ArticleNotFound, null, $"no article with id '{id}' in the store (try `parley articles`).");

    public static Problem EventNotFound(string id) =>
        Error(ErrorCode.EventNotFound, null, $"no event with id '{id}' in the store (try `parley events`).");

    public static Problem GoldInvalidJson(InputOrigin origin, string reason) =>
        Error(ErrorCode.GoldInvalidJson, origin, $"not a gold line: {reason} (SPEC §8: {{\"doc\": ID, \"events\": [...]}}).");

    public static Problem GoldInvalidField(InputOrigin origin, string where, string reason) =>
        Error(ErrorCode.GoldInvalidField, origin, $"{where}: {reason}; the event is left out of scoring.");

    public static Problem GoldDuplicateDocument(InputOrigin origin, string doc, int firstLine) =>
        Error(ErrorCode.GoldDuplicateDocument, origin, $"document '{doc}' is already listed on line {firstLine}; this line is ignored.");

    public static Problem GoldDocumentNotFound(InputOrigin origin, string doc) =>
        Error(ErrorCode.GoldDocumentNotFound, origin, $"document '{doc}' is not among the inputs; its gold events count as missed.");

    public static Problem GoldAnchorNotUnique(InputOrigin origin, string where, string anchor, int count) =>
        Error(ErrorCode.GoldAnchorNotUnique, origin, $"{where}: anchor '{anchor}' occurs {count} times in the document (exactly 1 required).");

    public static Problem GoldUnknownKey(InputOrigin origin, string where, string key) =>
        Warning(ErrorCode.GoldUnknownKey, origin, $"{where}: unknown key '{key}' (ignored).");

    public static Problem PloverGsrInvalid(InputOrigin origin, string reason) =>
        Error(ErrorCode.PloverGsrInvalid, origin, $"not a PLOVER gold-standard record: {reason}; skipped.");
}
