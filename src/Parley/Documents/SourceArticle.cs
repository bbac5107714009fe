namespace Parley.Documents;

/// <summary>
/// One article as an input reader delivers it: decoded, not yet analysed.
/// <see cref="Source"/> is the decoded source text (the HTML for web pages);
/// <see cref="Text"/> is the cleaned article text every stage reads, with
/// <see cref="OffsetMap"/> leading back to <see cref="Source"/>.
/// </summary>
public sealed record SourceArticle
{
    /// <summary>Document id per SPEC §1: the <c>id</c> field, else the URL, else the file name without extensions.</summary>
    public required string Id { get; init; }

    public required InputOrigin Origin { get; init; }
    public required InputFormat Format { get; init; }
    public required string Source { get; init; }
    public required string Text { get; init; }
    public OffsetMap OffsetMap { get; init; } = OffsetMap.Identity;
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.Empty;

    /// <summary>Name of the encoding the bytes were decoded with (e.g. <c>utf-8</c>, <c>windows-1251</c>).</summary>
    public string? Encoding { get; init; }
}
