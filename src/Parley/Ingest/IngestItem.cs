using Parley.Documents;
using Parley.Errors;

namespace Parley.Ingest;

/// <summary>
/// One result of reading inputs: an article (possibly with warnings), or a rejection.
/// A rejection has no <see cref="Article"/> and at least one <see cref="Severity.Error"/> problem
/// whose origin names the input and, for JSON Lines and CSV, the 1-based line.
/// </summary>
public sealed record IngestItem
{
    private IngestItem(SourceArticle? article, IReadOnlyList<Problem> problems, InputOrigin origin)
    {
        Article = article;
        Problems = problems;
        Origin = origin;
    }

    public SourceArticle? Article { get; }
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Where the article or the rejected input came from.</summary>
    public InputOrigin Origin { get; }

    public bool IsRejected => Article is null;

    public static IngestItem Accepted(SourceArticle article, IReadOnlyList<Problem>? warnings = null) =>
        new(article, warnings ?? [], article.Origin);

    public static IngestItem Rejected(Problem error, IReadOnlyList<Problem>? others = null)
    {
        if (error.Severity != Severity.Error || error.Origin is null)
            throw new ArgumentException("A rejection needs an error problem with an origin.", nameof(error));
        return new(null, others is null || others.Count == 0 ? [error] : [error, .. others], error.Origin.Value);
    }

    public override string ToString() =>
        Article is { } a ? $"{a.Origin}: article '{a.Id}'" + (Problems.Count > 0 ? $" ({Problems.Count} warning(s))" : "")
                         : string.Join("; ", Problems);
}
