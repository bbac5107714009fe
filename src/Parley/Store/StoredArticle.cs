using Parley.Articles;
using Parley.Dates;
using Parley.Documents;

namespace Parley.Store;

/// <summary>An article as the store holds it: source, cleaned text, metadata and its ingestion layers.</summary>
public sealed record StoredArticle
{
    public required string Id { get; init; }
    public required string ContentHash { get; init; }
    public required InputOrigin Origin { get; init; }
    public required InputFormat Format { get; init; }
    public string? Encoding { get; init; }
    public required ArticleMetadata Metadata { get; init; }
    public required ReferenceDate ReferenceDate { get; init; }
    public required ArticleHeader Header { get; init; }
    public required string Source { get; init; }
    public required string Text { get; init; }
    public required OffsetMap OffsetMap { get; init; }
    public IReadOnlyList<StoredProblem> Problems { get; init; } = [];
    public required DateTimeOffset IngestedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The layers <see cref="ToDocument"/> sets: what ingestion computed and the store keeps.</summary>
    public static IReadOnlyList<LayerKey> IngestLayers { get; } = [Layers.Header, Layers.ReferenceDate];

    /// <summary>Rebuilds the analysed document with its ingestion layers, for stages that run on stored articles.</summary>
    public Document ToDocument()
    {
        var doc = new Document(new SourceArticle
        {
            Id = Id, Origin = Origin, Format = Format, Source = Source, Text = Text,
            OffsetMap = OffsetMap, Metadata = Metadata, Encoding = Encoding,
        });
        doc.Set(Layers.Header, Header);
        doc.Set(Layers.ReferenceDate, ReferenceDate);
        return doc;
    }
}
