namespace Parley.Store;

/// <summary>Filters of an article listing; all optional, combined with AND.</summary>
public sealed record ArticleQuery
{
    /// <summary>FTS5 query over title and text (<c>Lavrov AND Munich</c>, <c>"missile defense"</c>, <c>talk*</c>).</summary>
    public string? Search { get; init; }

    /// <summary>Reference date on or after this ISO prefix (<c>2012</c>, <c>2012-02</c>, <c>2012-02-03</c>).</summary>
    public string? Since { get; init; }

    /// <summary>Reference date on or before this ISO prefix.</summary>
    public string? Until { get; init; }

    public string? Publisher { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}
