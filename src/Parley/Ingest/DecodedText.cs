namespace Parley.Ingest;

/// <summary>
/// The outcome of <see cref="TextDecoder.Decode"/>: text in a named encoding, or the reason it is not text.
/// </summary>
internal readonly record struct DecodedText(
    string? Text,
    string EncodingName,
    int InvalidSequences = 0,
    long FirstInvalidOffset = -1,
    string? BinaryReason = null)
{
    public bool IsBinary => BinaryReason is not null;

    public static DecodedText Binary(string reason) => new(null, "binary", BinaryReason: reason);
}
