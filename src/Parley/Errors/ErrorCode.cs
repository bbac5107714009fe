namespace Parley.Errors;

/// <summary>
/// Every coded problem Parley reports. Codes are stable: tests and scripts match on them, never on message text.
/// Messages live in <see cref="Problems"/>, the one errors file.
/// </summary>
public enum ErrorCode
{
    // Input (PAR1xx)
    UnreadablePath = 101,
    EmptyInput = 102,
    BinaryInput = 103,
    TruncatedGzip = 104,
    InvalidEncoding = 105,
    MalformedJsonLine = 106,
    MissingTextField = 107,
    MissingTextColumn = 108,
    InputTooLarge = 109,
    UnsupportedFormat = 110,
    MalformedCsvRow = 111,
    NoArticleText = 112,
    DuplicateIdInInput = 113,
    InvalidDateField = 114,

    // Store (PAR2xx)
    StoreNewerSchema = 201,
    StoreCorrupt = 202,
    StoreBusy = 203,
    ArticleNotFound = 204,
    EventNotFound = 205,

    // Pipeline (PAR3xx)
    UnmetStageRequirement = 301,
    DuplicateLayerProducer = 302,
    UnknownStage = 303,
    AnalysisFailed = 304,

    // Gold files and evaluation (PAR4xx)
    GoldInvalidJson = 401,
    GoldInvalidField = 402,
    GoldDuplicateDocument = 403,
    GoldDocumentNotFound = 404,
    GoldAnchorNotUnique = 405,
    GoldUnknownKey = 406,
    PloverGsrInvalid = 407,
}
