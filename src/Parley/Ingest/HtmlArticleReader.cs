using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Parley.Documents;
using Parley.Errors;

namespace Parley.Ingest;

/// <summary>
/// Reads an HTML page: SmartReader (a Readability port) picks the article body, which becomes plain
/// text with one paragraph per block element, paragraphs separated by a blank line, white space
/// collapsed as a browser would, and the title not repeated. Metadata comes from the page itself.
/// <para>
/// Offset precision: <see cref="SourceArticle.Source"/> is the decoded HTML. Each paragraph's start is
/// anchored to where its first words occur verbatim in the HTML, and each later word that occurs
/// verbatim within a short distance is anchored too, so word starts map exactly in the common case.
/// A word written differently in the HTML (an entity such as <c>&amp;amp;</c>, a tag inside the word)
/// is not anchored and maps along the previous anchor, a few characters off at most within its paragraph.
/// </para>
/// </summary>
internal static class HtmlArticleReader
{
    // Words after a paragraph's first are looked for this far past the previous match: far enough to
    // step over inline markup, near enough not to jump to a later repetition of a common word.
    private const int WordWindow = 512;

    // Fewer letters than this outside links is a page without an article (about three words).
    private const int MinUnlinkedLetters = 15;

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr",
        "td", "th", "section", "article", "header", "footer", "figure", "figcaption", "dl", "dt", "dd", "hr",
        "main", "aside", "nav", "address", "details", "summary", "caption", "tbody", "thead", "tfoot",
    };

    public static IngestItem Read(ReadOnlySpan<byte> bytes, InputOrigin origin, string stem)
    {
        var decoded = TextDecoder.Decode(bytes, DeclaredCharset(bytes));
        if (decoded.IsBinary)
            return IngestItem.Rejected(Problems.BinaryInput(origin, decoded.BinaryReason!));
        string html = decoded.Text!;
        if (!TextCleaner.HasContent(html))
            return IngestItem.Rejected(Problems.EmptyInput(origin));
        var warnings = TextArticleReader.EncodingWarnings(decoded, origin);

        var parser = new HtmlParser();
        using var doc = parser.ParseDocument(html);
        var metadata = ReadMetadata(doc);

        string? content;
        string? readerTitle, readerByline;
        using (var reader = new SmartReader.Reader(ReaderUri(metadata.Url), doc))
        {
            var extracted = reader.GetArticle();
            content = extracted.Content;
            readerTitle = extracted.Title;
            readerByline = extracted.Byline ?? extracted.Author;
            if (string.IsNullOrWhiteSpace(metadata.Publisher) && !string.IsNullOrWhiteSpace(extracted.SiteName))
                metadata = metadata with { Publisher = extracted.SiteName.Trim() };
        }
        metadata = metadata with
        {
            Title = metadata.Title ?? NullIfBlank(readerTitle),
            Byline = metadata.Byline ?? NullIfBlank(readerByline),
        };

        var paragraphs = string.IsNullOrWhiteSpace(content) ? [] : Paragraphs(parser, content);
        if (paragraphs.Count > 0 && metadata.Title is { } title && SameText(paragraphs[0], title))
            paragraphs.RemoveAt(0);
        if (paragraphs.Count == 0)
            return IngestItem.Rejected(Problems.NoArticleText(origin), warnings);

        var (text, map) = Align(paragraphs, html);
        var article = new SourceArticle
        {
            Id = DocumentIds.For(null, null, stem, null),
            Origin = origin,
            Format = InputFormat.Html,
            Source = html,
            Text = text,
            OffsetMap = map,
            Metadata = metadata,
            Encoding = decoded.EncodingName,
        };
        return IngestItem.Accepted(article, warnings);
    }

    /// <summary>The charset a page declares in its first 1024 bytes (<c>&lt;meta charset&gt;</c> or http-equiv), or null.</summary>
    internal static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        string ascii = Encoding.Latin1.GetString(head);
        int i = ascii.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (i >= 0)
        {
            int j = i + "charset".Length;
            while (j < ascii.Length && ascii[j] is ' ' or '\t') j++;
            if (j < ascii.Length && ascii[j] == '=')
            {
                j++;
                while (j < ascii.Length && ascii[j] is ' ' or '\t' or '"' or '\'') j++;
                int start = j;
                while (j < ascii.Length && (char.IsAsciiLetterOrDigit(ascii[j]) || ascii[j] is '-' or '_' or ':' or '.')) j++;
                if (j > start) return ascii[start..j];
            }
            i = ascii.IndexOf("charset", j, StringComparison.OrdinalIgnoreCase);
        }
        return null;
    }

    private static string ReaderUri(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")
            ? uri.AbsoluteUri
            : "https://localhost/"; // SmartReader needs an absolute URI to resolve links; nothing is fetched

    private static ArticleMetadata ReadMetadata(IHtmlDocument doc)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            string? content = m.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var attr in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                if (m.GetAttribute(attr) is { Length: > 0 } key)
                    meta.TryAdd(key.Trim(), content.Trim());
            }
        }
        string? Meta(params ReadOnlySpan<string> keys)
        {
            foreach (var k in keys)
                if (meta.TryGetValue(k, out var v)) return v;
            return null;
        }

        var ld = JsonLd.Find(doc);
        string? author = Meta("author", "article:author", "byl", "dc.creator");
        if (author is not null && author.StartsWith("http", StringComparison.OrdinalIgnoreCase)) author = null;

        var metadata = new ArticleMetadata
        {
            Title = NullIfBlank(Meta("og:title", "twitter:title")) ?? NullIfBlank(doc.Title) ?? ld.Headline,
            Url = NullIfBlank(Meta("og:url")) ?? NullIfBlank(doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href")),
            Publisher = NullIfBlank(Meta("og:site_name")) ?? ld.Publisher,
            Language = NullIfBlank(doc.DocumentElement.GetAttribute("lang")) ?? NullIfBlank(Meta("content-language", "dc.language")),
            Byline = NullIfBlank(author) ?? ld.Author,
        };

        string?[] dateCandidates =
        [
            Meta("article:published_time", "date", "pubdate", "dc.date", "dc.date.issued", "datePublished", "publishdate"),
            ld.DatePublished,
            (doc.QuerySelector("time[pubdate][datetime], time[itemprop=datePublished][datetime]") ?? doc.QuerySelector("time[datetime]"))?.GetAttribute("datetime"),
        ];
        foreach (var candidate in dateCandidates)
        {
            if (MetadataDate.TryParse(candidate, out var published, out bool hasTime))
                return metadata with { Published = published, PublishedHasTime = hasTime };
        }
        return metadata;
    }

    /// <summary>The body as paragraphs: block elements break paragraphs, <c>br</c> breaks a line, white space collapses.</summary>
    private static List<string> Paragraphs(HtmlParser parser, string content)
    {
        using var body = parser.ParseDocument(content);
        var paragraphs = new List<string>();
        // Readability returns its best candidate even on a page without an article (a lone navigation
        // menu); text that is all links is not article text.
        var root = body.Body ?? body.DocumentElement;
        int linked = root.QuerySelectorAll("a").Sum(a => CountLetters(a.TextContent));
        if (CountLetters(root.TextContent) - linked < MinUnlinkedLetters)
            return paragraphs;
        var current = new StringBuilder();
        Walk(body.Body ?? (INode)body.DocumentElement, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static int CountLetters(string text)
    {
        int n = 0;
        foreach (char c in text)
            if (char.IsLetterOrDigit(c)) n++;
        return n;
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    AppendCollapsed(current, textNode.Data);
                    break;
                case IElement element:
                    string tag = element.LocalName;
                    if (tag is "script" or "style" or "noscript" or "template") break;
                    if (tag == "br")
                    {
                        TrimEndSpace(current);
                        if (current.Length > 0) current.Append('\n');
                        break;
                    }
                    bool block = BlockTags.Contains(tag);
                    if (block) Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    if (block) Flush(current, paragraphs);
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n') sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private static void TrimEndSpace(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        TrimEndSpace(current);
        string p = current.ToString().Trim();
        current.Clear();
        // Cleaning rules of text input apply here too: no control characters in article text.
        if (p.Length > 0 && TextCleaner.HasContent(p)) paragraphs.Add(TextCleaner.Clean(p).Text);
    }

    private static bool SameText(string a, string b) =>
        string.Equals(string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
                      string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

    /// <summary>Joins paragraphs with blank lines and anchors their words to the HTML (see the class remarks).</summary>
    private static (string Text, OffsetMap Map) Align(List<string> paragraphs, string html)
    {
        var text = new StringBuilder();
        var map = new OffsetMap.Builder();
        int bodyStart = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        int from = Math.Max(bodyStart, 0);
        foreach (string p in paragraphs)
        {
            if (text.Length > 0) text.Append("\n\n");
            int paragraphStart = text.Length;
            text.Append(p);
            bool first = true;
            int i = 0;
            while (i < p.Length)
            {
                while (i < p.Length && char.IsWhiteSpace(p[i])) i++;
                int start = i;
                while (i < p.Length && !char.IsWhiteSpace(p[i])) i++;
                if (i == start) break;
                // The first word is sought anywhere ahead (boilerplate may precede the body); it must be
                // followed by the second so that a stray earlier occurrence of a short word is not taken.
                int found = first ? FindParagraphStart(html, p, start, i, from)
                                  : IndexOfWithin(html, p.AsSpan(start, i - start), from, WordWindow);
                first = false;
                if (found < 0) continue;
                map.Anchor(paragraphStart + start, found);
                from = found + (i - start);
            }
        }
        return (text.ToString(), map.Build());
    }

    private static int FindParagraphStart(string html, string p, int wordStart, int wordEnd, int from)
    {
        var word = p.AsSpan(wordStart, wordEnd - wordStart);
        int next = wordEnd;
        while (next < p.Length && char.IsWhiteSpace(p[next])) next++;
        int nextEnd = next;
        while (nextEnd < p.Length && !char.IsWhiteSpace(p[nextEnd])) nextEnd++;
        var second = p.AsSpan(next, nextEnd - next);
        int at = from;
        while (at < html.Length)
        {
            int idx = html.AsSpan(at).IndexOf(word, StringComparison.Ordinal);
            if (idx < 0) break;
            idx += at;
            if (second.IsEmpty || IndexOfWithin(html, second, idx + word.Length, 64) >= 0)
                return idx;
            at = idx + 1;
        }
        // Not found verbatim with its successor: take the nearest verbatim occurrence of the word alone.
        return IndexOfWithin(html, word, from, WordWindow * 8);
    }

    private static int IndexOfWithin(string html, ReadOnlySpan<char> word, int from, int window)
    {
        if (from >= html.Length) return -1;
        int count = Math.Min(html.Length - from, window + word.Length);
        int idx = html.AsSpan(from, count).IndexOf(word, StringComparison.Ordinal);
        return idx < 0 ? -1 : from + idx;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
