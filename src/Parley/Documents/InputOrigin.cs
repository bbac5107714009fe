namespace Parley.Documents;

/// <summary>Where an article or a rejected input came from: a path (or <c>-</c> for stdin) and, for line-based formats, a 1-based line.</summary>
public readonly record struct InputOrigin(string Path, int? Line = null)
{
    public override string ToString() => Line is { } line ? $"{Path}:{line}" : Path;
}
