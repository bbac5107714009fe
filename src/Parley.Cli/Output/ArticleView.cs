using Parley.Documents;
using Parley.Store;

namespace Parley.Cli.Output;

/// <summary>The JSON shape of <c>parley show --json</c>: stable, snake_case, every span with its text.</summary>
internal static class ArticleView
{
    public static object Json(StoredArticle a)
    {
        var h = a.Header;
        var r = a.ReferenceDate;
        return new
        {
            id = a.Id,
            title = a.Metadata.Title ?? SpanText(a, h.Title),
            reference_date = r.Iso,
            dating = new
            {
                value = r.Iso,
                granularity = r.Granularity,
                source = r.Source,
                year_min = r.YearMin,
                year_max = r.YearMax,
                candidate_years = r.CandidateYears,
                evidence = r.Evidence.Select(e => new { kind = e.Kind, text = e.Text, span = SpanJson(a, e.Span), explanation = e.Explanation }),
            },
            url = a.Metadata.Url,
            publisher = a.Metadata.Publisher,
            published = a.Metadata.Published,
            byline = a.Metadata.Byline ?? SpanText(a, h.Byline),
            language = a.Metadata.Language,
            format = a.Format,
            encoding = a.Encoding,
            origin = new { path = a.Origin.Path, line = a.Origin.Line },
            header = new
            {
                title = SpanJson(a, h.Title),
                dateline = h.Dateline is { } d ? new { span = SpanJson(a, d.Span), place = d.Place, date = d.Date?.ToString(), agency = d.Agency } : null,
                timestamp = h.Timestamp is { } t ? new { span = SpanJson(a, t.Span), date = t.Date.ToString(), time = t.Time?.ToString("HH:mm") } : null,
                byline = SpanJson(a, h.Byline),
                boilerplate = h.Boilerplate.Select(b => new { start = b.Span.Start, end = b.Span.End, text = b.Span.TextOf(a.Text), reason = b.Reason }),
                body = h.Body.Select(s => new { start = s.Start, end = s.End }),
            },
            problems = a.Problems.Select(p => new { code = p.Code, message = p.Message }),
            content_hash = a.ContentHash,
            chars = a.Text.Length,
            ingested_at = a.IngestedAt,
            updated_at = a.UpdatedAt,
            text = a.Text,
        };
    }

    public static object? SpanJson(StoredArticle a, Span? span) =>
        span is { } s ? new { start = s.Start, end = s.End, text = s.TextOf(a.Text) } : null;

    public static string? SpanText(StoredArticle a, Span? span) => span is { } s ? s.TextOf(a.Text) : null;
}
