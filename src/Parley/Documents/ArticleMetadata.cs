namespace Parley.Documents;

/// <summary>
/// What the input itself says about an article (JSONL/CSV fields, an HTML page's metadata),
/// before any analysis of the text. Every field is optional.
/// </summary>
public sealed record ArticleMetadata
{
    public static ArticleMetadata Empty { get; } = new();

    public string? Title { get; init; }
    public string? Url { get; init; }

    /// <summary>Publication date from metadata, as given (date, or date and time).</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>True when <see cref="Published"/> carried a time of day, not only a date.</summary>
    public bool PublishedHasTime { get; init; }

    public string? Publisher { get; init; }
    public string? Language { get; init; }
    public string? Byline { get; init; }
}
