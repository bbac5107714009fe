using System.Text;
using Parley.Documents;
using Parley.Errors;
using Parley.Ingest;

namespace Parley.Tests.Ingest;

public sealed class InputReaderFormatTests : IDisposable
{
    static InputReaderFormatTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Article = "Lavrov Hopes for Talks with Clinton in Munich\nMOSCOW, February 3 (RIA Novosti)\n\nRussian Foreign Minister Sergei Lavrov hopes to hold talks.\n";

    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Lavrov hopes for talks - Example News</title>
          <meta property="og:title" content="Lavrov hopes for talks">
          <meta property="og:site_name" content="Example News">
          <meta property="og:url" content="https://news.example/lavrov-talks">
          <meta property="article:published_time" content="2012-02-03T13:57:00+04:00">
          <meta name="author" content="Ivan Petrov">
        </head>
        <body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
          <article>
            <h1>Lavrov hopes for talks</h1>
            <p>Russian Foreign Minister Sergei Lavrov hopes to hold bilateral talks with U.S. Secretary of State
               Hillary Clinton on the sidelines of the Munich Security Conference, the ministry said on Friday.</p>
            <p>The two diplomats last met in <b>Geneva</b> in December, where they discussed missile defense,
               Syria and the New START treaty at length with their delegations.</p>
            <p>"We hope the meeting will take place," a ministry spokesman told reporters in Moscow on Friday morning.</p>
          </article>
          <footer>Leave a comment</footer>
        </body>
        </html>
        """;

    private readonly TempFolder _dir = new();
    private readonly InputReader _reader = new();

    public void Dispose() => _dir.Dispose();

    private static SourceArticle Single(IEnumerable<IngestItem> items)
    {
        var item = Assert.Single(items);
        Assert.False(item.IsRejected, string.Join("; ", item.Problems));
        return item.Article!;
    }

    [Fact]
    public void A_text_file_becomes_one_article_named_after_the_file()
    {
        var a = Single(_reader.Read(_dir.Write("000_29c371abfffc5393.txt", Article)));
        Assert.Equal("000_29c371abfffc5393", a.Id);
        Assert.Equal(InputFormat.Text, a.Format);
        Assert.Equal(Article, a.Text);
        Assert.Equal("utf-8", a.Encoding);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Unicode_text_with_a_bom_reads_the_same_text(string encoding)
    {
        Encoding enc = encoding switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        var a = Single(_reader.Read(_dir.Write("a.txt", [.. enc.GetPreamble(), .. enc.GetBytes(Article)])));
        Assert.Equal(Article, a.Text);
        Assert.Equal('\uFEFF', a.Source[0]);
        Assert.Equal(1, a.OffsetMap.ToSource(0));
    }

    [Fact]
    public void A_windows_1251_text_file_is_read_as_russian()
    {
        const string ru = "Лавров надеется на переговоры с Клинтон в Мюнхене\nМОСКВА, 3 февраля\n";
        var a = Single(_reader.Read(_dir.Write("ru.txt", Encoding.GetEncoding(1251).GetBytes(ru))));
        Assert.Equal(ru, a.Text);
        Assert.Equal("windows-1251", a.Encoding);
    }

    [Fact]
    public void A_windows_1252_text_file_keeps_curly_quotes_and_accents()
    {
        const string fr = "Lavrov goes on \u201creset\u201d mission \u2014 entr\u00e9e \u00e0 Gen\u00e8ve\n";
        var a = Single(_reader.Read(_dir.Write("fr.txt", Encoding.GetEncoding(1252).GetBytes(fr))));
        Assert.Equal(fr, a.Text);
        Assert.Equal("windows-1252", a.Encoding);
    }

    [Fact]
    public void Crlf_text_is_normalised_and_the_offset_map_leads_back_to_each_source_character()
    {
        string crlf = Article.Replace("\n", "\r\n");
        var a = Single(_reader.Read(_dir.Write("crlf.txt", crlf)));
        Assert.Equal(crlf, a.Source);
        Assert.Equal(Article, a.Text);
        for (int i = 0; i < a.Text.Length; i++)
            Assert.Equal(a.Text[i], a.Source[a.OffsetMap.ToSource(i)]);
        int munich = a.Text.IndexOf("Russian Foreign", StringComparison.Ordinal);
        Assert.Equal(a.Source.IndexOf("Russian Foreign", StringComparison.Ordinal), a.OffsetMap.ToSource(munich));
    }

    [Fact]
    public void An_html_page_yields_its_body_as_paragraphs_and_its_own_metadata()
    {
        var a = Single(_reader.Read(_dir.Write("page.html", Page)));
        Assert.Equal(InputFormat.Html, a.Format);
        Assert.Equal("page", a.Id);
        Assert.Equal(Page, a.Source);
        Assert.StartsWith("Russian Foreign Minister Sergei Lavrov hopes to hold bilateral talks with U.S. Secretary of State Hillary Clinton", a.Text);
        Assert.Contains("Munich Security Conference, the ministry said on Friday.\n\nThe two diplomats last met in Geneva in December", a.Text);
        Assert.DoesNotContain("Home", a.Text);
        Assert.DoesNotContain("Leave a comment", a.Text);
        Assert.False(a.Text.StartsWith("Lavrov hopes for talks", StringComparison.Ordinal), "the title is not repeated in the body");

        Assert.Equal("Lavrov hopes for talks", a.Metadata.Title);
        Assert.Equal("Example News", a.Metadata.Publisher);
        Assert.Equal("https://news.example/lavrov-talks", a.Metadata.Url);
        Assert.Equal("en", a.Metadata.Language);
        Assert.Equal("Ivan Petrov", a.Metadata.Byline);
        Assert.Equal(new DateTimeOffset(2012, 2, 3, 13, 57, 0, TimeSpan.FromHours(4)), a.Metadata.Published);
        Assert.True(a.Metadata.PublishedHasTime);
    }

    [Fact]
    public void Html_paragraph_words_map_to_where_they_begin_in_the_source()
    {
        var a = Single(_reader.Read(_dir.Write("page.html", Page)));
        foreach (string word in new[] { "Russian", "diplomats", "Geneva", "\"We", "spokesman" })
        {
            int clean = a.Text.IndexOf(word, StringComparison.Ordinal);
            int source = a.OffsetMap.ToSource(clean);
            Assert.Equal(word, a.Source.Substring(source, word.Length));
        }
    }

    [Fact]
    public void Html_date_comes_from_json_ld_when_the_meta_tags_have_none()
    {
        string page = """
            <html><head><title>Kerry meets Lavrov</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kerry meets Lavrov","datePublished":"2013-02-26","publisher":{"@type":"Organization","name":"RIA Novosti"}}</script>
            </head><body><div><p>Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Berlin on Tuesday for their first talks since Kerry took office.</p>
            <p>The two men discussed Syria, missile defense and the adoption ban, officials said after the meeting ended.</p></div></body></html>
            """;
        var a = Single(_reader.Read(_dir.Write("ld.htm", page)));
        Assert.Equal(new DateTimeOffset(2013, 2, 26, 0, 0, 0, TimeSpan.Zero), a.Metadata.Published);
        Assert.False(a.Metadata.PublishedHasTime);
        Assert.Equal("RIA Novosti", a.Metadata.Publisher);
        Assert.Contains("John Kerry met Russian Foreign Minister", a.Text);
    }

    [Fact]
    public void Html_bytes_are_decoded_with_the_charset_the_page_declares()
    {
        string page = "<html><head><meta charset=\"windows-1251\"><title>Лавров</title></head><body><article><p>"
            + string.Concat(Enumerable.Repeat("Министр иностранных дел России Сергей Лавров провёл переговоры в Мюнхене. ", 4))
            + "</p></article></body></html>";
        var a = Single(_reader.Read(_dir.Write("ru.html", Encoding.GetEncoding(1251).GetBytes(page))));
        Assert.Equal("windows-1251", a.Encoding);
        Assert.StartsWith("Министр иностранных дел", a.Text);
    }

    [Fact]
    public void Jsonl_records_carry_their_fields_and_lines()
    {
        string path = _dir.Write("batch.jsonl",
            "{\"id\":\"ria-1\",\"text\":\"Lavrov said.\\r\\nMore.\",\"title\":\"T\",\"url\":\"https://x/1\",\"date\":\"2012-02-03\",\"publisher\":\"RIA\",\"language\":\"en\"}\n" +
            "\n" +
            "{\"url\":\"https://x/2\",\"text\":\"Second.\",\"date\":\"2012-02-04T10:30:00Z\"}\n" +
            "{\"text\":\"Third.\"}\n");
        var items = _reader.Read(path).ToList();
        Assert.All(items, i => Assert.False(i.IsRejected));
        var (first, second, third) = (items[0].Article!, items[1].Article!, items[2].Article!);

        Assert.Equal("ria-1", first.Id);
        Assert.Equal(InputFormat.JsonLines, first.Format);
        Assert.Equal(new InputOrigin(path, 1), first.Origin);
        Assert.Equal("Lavrov said.\r\nMore.", first.Source);
        Assert.Equal("Lavrov said.\nMore.", first.Text);
        Assert.Equal("T", first.Metadata.Title);
        Assert.Equal("RIA", first.Metadata.Publisher);
        Assert.Equal("en", first.Metadata.Language);
        Assert.Equal(new DateTimeOffset(2012, 2, 3, 0, 0, 0, TimeSpan.Zero), first.Metadata.Published);

        Assert.Equal("https://x/2", second.Id);
        Assert.Equal(3, second.Origin.Line);
        Assert.True(second.Metadata.PublishedHasTime);

        Assert.Equal("batch#3", third.Id);
    }

    [Fact]
    public void Csv_reads_quoted_fields_with_newlines_and_doubled_quotes()
    {
        string path = _dir.Write("wiki.csv",
            "url,date,title,text\r\n" +
            "https://w/1,2019-01-04,\"Collapse, dozens dead\",\"Friday\r\n\r\nHe said \"\"presumably 36\"\", officials told.\"\r\n" +
            ",2019-01-05,Second,Plain text\r\n");
        var items = _reader.Read(path).ToList();
        Assert.Equal(2, items.Count);
        var first = items[0].Article!;
        Assert.Equal("https://w/1", first.Id);
        Assert.Equal("Collapse, dozens dead", first.Metadata.Title);
        Assert.Equal("Friday\r\n\r\nHe said \"presumably 36\", officials told.", first.Source);
        Assert.Equal("Friday\n\nHe said \"presumably 36\", officials told.", first.Text);
        Assert.Equal(new InputOrigin(path, 2), first.Origin);
        var second = items[1].Article!;
        Assert.Equal("wiki#2", second.Id);
        Assert.Equal(5, second.Origin.Line);
        Assert.Equal(InputFormat.Csv, second.Format);
    }

    [Theory]
    [InlineData("a.txt.gz")]
    [InlineData("a.html.gz")]
    [InlineData("a.jsonl.gz")]
    [InlineData("a.csv.gz")]
    public void Gzipped_inputs_of_each_format_read_like_the_plain_ones(string name)
    {
        string content = name switch
        {
            "a.txt.gz" => Article,
            "a.html.gz" => Page,
            "a.jsonl.gz" => "{\"id\":\"j\",\"text\":\"Lavrov hopes to hold talks.\"}\n",
            _ => "id,text\nc,Lavrov hopes to hold talks.\n",
        };
        string plain = _dir.Write(name[..^3], content);
        string gz = _dir.Write(name, TempFolder.Gzip(content));
        var expected = Single(_reader.Read(plain));
        var actual = Single(_reader.Read(gz));
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Format, actual.Format);
    }

    [Fact]
    public void A_folder_is_read_recursively_in_ordinal_order_skipping_hidden_and_unknown_files()
    {
        _dir.Write("b.txt", "B text");
        _dir.Write("a/z.txt", "AZ text");
        _dir.Write("a/b.txt.gz", TempFolder.Gzip("AB text"));
        _dir.Write("C.txt", "C text");
        _dir.Write(".hidden.txt", "hidden");
        _dir.Write(".git/x.txt", "hidden");
        _dir.Write("README.md", "not an input");

        string[] expected = [Path.Combine(_dir.Path, "C.txt"), Path.Combine(_dir.Path, "a", "b.txt.gz"), Path.Combine(_dir.Path, "a", "z.txt"), Path.Combine(_dir.Path, "b.txt")];
        Assert.Equal(expected, _reader.EnumerateFiles(_dir.Path));
        Assert.Equal(["C", "b", "z", "b"], _reader.Read(_dir.Path).Select(i => i.Article!.Id));
    }

    [Fact]
    public void A_repeated_id_in_one_read_is_flagged_with_a_warning()
    {
        _dir.Write("a/x.txt", "One");
        _dir.Write("b/x.txt", "Two");
        var items = _reader.Read(_dir.Path).ToList();
        Assert.Empty(items[0].Problems);
        Assert.Equal(ErrorCode.DuplicateIdInInput, Assert.Single(items[1].Problems).Code);
    }

    [Theory]
    [InlineData("{\"text\":\"Json line.\"}\n", InputFormat.JsonLines, "stdin#1")]
    [InlineData("  <html><body><article><p>Lavrov and Clinton met in Munich on Friday to discuss missile defense and the conflict in Syria at length.</p></article></body></html>", InputFormat.Html, "stdin")]
    [InlineData("Plain text from a pipe.\n", InputFormat.Text, "stdin")]
    public void Stdin_is_sniffed_from_its_content(string content, InputFormat format, string id)
    {
        foreach (bool gzip in new[] { false, true })
        {
            byte[] bytes = gzip ? TempFolder.Gzip(content) : Encoding.UTF8.GetBytes(content);
            using var stream = new MemoryStream(bytes);
            var a = Single(_reader.Read(stream, "-"));
            Assert.Equal(format, a.Format);
            Assert.Equal(id, a.Id);
            Assert.Equal("-", a.Origin.Path);
        }
    }

    [Fact]
    public void A_named_stream_takes_its_format_from_the_name()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("id,text\nq,From a stream.\n"));
        var a = Single(_reader.Read(stream, "upload.csv"));
        Assert.Equal(InputFormat.Csv, a.Format);
        Assert.Equal("q", a.Id);
    }

    [Fact]
    public void Reading_is_lazy_so_a_consumer_can_stop_early()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 100; i++) sb.Append($"{{\"text\":\"Line {i}.\"}}\n");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.Equal(3, _reader.Read(stream, "x.jsonl").Take(3).Count());
    }
}
