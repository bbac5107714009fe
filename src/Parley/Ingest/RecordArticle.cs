using Parley.Documents;
using Parley.Errors;

namespace Parley.Ingest;

/// <summary>
/// Builds the article of one JSON Lines or CSV record from its fields. The record's <c>text</c> value is
/// the article's <see cref="SourceArticle.Source"/>; its cleaning is the <see cref="SourceArticle.Text"/>.
/// </summary>
internal static class RecordArticle
{
    public static IngestItem Build(
        InputFormat format, InputOrigin origin, string stem, int recordNumber, string text, string encoding,
        string? id, string? url, string? date, string? title, string? publisher, string? language,
        List<Problem>? warnings)
    {
        if (!TextCleaner.HasContent(text))
            return IngestItem.Rejected(format == InputFormat.JsonLines ? Problems.MissingTextField(origin, "text") : Problems.EmptyInput(origin), warnings);

        var metadata = new ArticleMetadata
        {
            Title = NullIfBlank(title),
            Url = NullIfBlank(url),
            Publisher = NullIfBlank(publisher),
            Language = NullIfBlank(language),
        };
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (MetadataDate.TryParse(date, out var published, out bool hasTime))
                metadata = metadata with { Published = published, PublishedHasTime = hasTime };
            else
                (warnings ??= []).Add(Problems.InvalidDateField(origin, date));
        }

        var (clean, map) = TextCleaner.Clean(text);
        var article = new SourceArticle
        {
            Id = DocumentIds.For(id, url, stem, recordNumber),
            Origin = origin,
            Format = format,
            Source = text,
            Text = clean,
            OffsetMap = map,
            Metadata = metadata,
            Encoding = encoding,
        };
        return IngestItem.Accepted(article, warnings);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
