namespace Parley.Store;

/// <summary>One row of an article listing.</summary>
public sealed record ArticleSummary(
    string Id,
    string? Title,
    string? ReferenceDate,
    string ReferenceSource,
    string? Publisher,
    string? Url,
    string Origin,
    int Chars,
    string? Snippet);
