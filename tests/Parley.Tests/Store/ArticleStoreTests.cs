using Microsoft.Data.Sqlite;
using Parley.Articles;
using Parley.Dates;
using Parley.Documents;
using Parley.Errors;
using Parley.Infrastructure;
using Parley.Store;

namespace Parley.Tests.Store;

public sealed class ArticleStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-store-").FullName;
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    private string DbPath => Path.Combine(_dir, "nested", "test.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (Document, string, IReadOnlyList<Problem>) Doc(string id, string text, string? title = null)
    {
        var article = new SourceArticle
        {
            Id = id, Origin = new InputOrigin($"/in/{id}.txt"), Format = InputFormat.Text, Source = text, Text = text,
            Metadata = new ArticleMetadata { Title = title },
        };
        var doc = new Document(article);
        doc.Set(Layers.Header, new ArticleHeader { Body = [new Span(0, text.Length)] });
        doc.Set(Layers.ReferenceDate, new ReferenceDate
        {
            Value = new PartialDate(2012, 2, 3), Granularity = DateGranularity.Day, Source = ReferenceDateSource.Dateline,
            Evidence = [new DateEvidence("dateline", "February 3", new Span(0, 3), "month and day")],
        });
        return (doc, ContentHash.Compute(article), []);
    }

    [Fact]
    public void Creates_the_folder_and_the_latest_schema()
    {
        using var store = ArticleStore.Open(DbPath, _clock);
        Assert.Equal(StoreSchema.LatestVersion, store.SchemaVersion);
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Fact]
    public void Writing_the_same_content_twice_is_a_no_op_and_new_content_replaces()
    {
        using var store = ArticleStore.Open(DbPath, _clock);
        Assert.Equal([WriteOutcome.New], store.WriteBatch(null, [Doc("a", "Lavrov met Kerry.")], []));
        Assert.Equal([WriteOutcome.Unchanged], store.WriteBatch(null, [Doc("a", "Lavrov met Kerry.")], []));
        Assert.Equal([WriteOutcome.Updated], store.WriteBatch(null, [Doc("a", "Lavrov met Kerry in Berlin.")], []));
        Assert.Equal(1, store.CountArticles());
        Assert.Equal("Lavrov met Kerry in Berlin.", store.GetArticle("a")!.Text);
    }

    [Fact]
    public void Round_trips_metadata_reference_date_and_header()
    {
        using (var store = ArticleStore.Open(DbPath, _clock))
            store.WriteBatch(null, [Doc("a", "Lavrov met Kerry.", "Talks")], []);
        using var reopened = ArticleStore.Open(DbPath, _clock);
        var article = reopened.GetArticle("a")!;
        Assert.Equal("Talks", article.Metadata.Title);
        Assert.Equal("2012-02-03", article.ReferenceDate.Iso);
        Assert.Equal(ReferenceDateSource.Dateline, article.ReferenceDate.Source);
        Assert.Equal(new Span(0, 3), article.ReferenceDate.Evidence[0].Span);
        Assert.Equal([new Span(0, 17)], article.Header.Body);
        Assert.Equal(_clock.UtcNow, article.IngestedAt);
    }

    [Fact]
    public void Full_text_search_finds_words_and_follows_updates()
    {
        using var store = ArticleStore.Open(DbPath, _clock);
        store.WriteBatch(null, [Doc("a", "Lavrov met Kerry in Berlin."), Doc("b", "Missile defense talks in Munich.")], []);
        Assert.Equal(["b"], store.ListArticles(new ArticleQuery { Search = "munich" }).Select(a => a.Id));
        store.WriteBatch(null, [Doc("b", "Talks moved to Geneva.")], []);
        Assert.Empty(store.ListArticles(new ArticleQuery { Search = "munich" }));
        Assert.Equal(["b"], store.ListArticles(new ArticleQuery { Search = "geneva" }).Select(a => a.Id));
    }

    [Fact]
    public void Date_filters_take_iso_prefixes_and_leave_out_unknown_years()
    {
        using var store = ArticleStore.Open(DbPath, _clock);
        var (known, h1, w1) = Doc("known", "Known date.");
        var (unknown, h2, w2) = Doc("unknown-year", "Unknown year.");
        var partial = new Document(unknown.Article);
        partial.Set(Layers.Header, unknown.Get(Layers.Header));
        partial.Set(Layers.ReferenceDate, unknown.Get(Layers.ReferenceDate) with { Value = new PartialDate(null, 2, 26) });
        store.WriteBatch(null, [(known, h1, w1), (partial, h2, w2)], []);
        Assert.Equal(["known"], store.ListArticles(new ArticleQuery { Since = "2012" }).Select(a => a.Id));
        Assert.Equal(["known"], store.ListArticles(new ArticleQuery { Until = "2012-02" }).Select(a => a.Id));
        Assert.Empty(store.ListArticles(new ArticleQuery { Until = "2012-01" }));
        Assert.Equal(["known", "unknown-year"], store.ListArticles(new ArticleQuery()).Select(a => a.Id));
    }

    [Fact]
    public void Records_rejected_inputs_with_code_origin_and_line()
    {
        using var store = ArticleStore.Open(DbPath, _clock);
        long run = store.BeginRun("ingest", ["x.jsonl"]);
        store.WriteBatch(run, [], [Problems.MalformedJsonLine(new InputOrigin("x.jsonl", 7), "unexpected end")]);
        var reject = Assert.Single(store.ListRejects(run));
        Assert.Equal(("x.jsonl", 7, "PAR106"), (reject.Origin, reject.Line, reject.Code));
    }

    [Fact]
    public void Refuses_a_store_from_a_newer_version()
    {
        using (var store = ArticleStore.Open(DbPath, _clock)) { }
        using (var c = new SqliteConnection($"Data Source={DbPath};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<StoreException>(() => ArticleStore.Open(DbPath, _clock));
        Assert.Equal(ErrorCode.StoreNewerSchema, ex.Problem.Code);
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_store()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DbPath)!);
        File.WriteAllText(DbPath, "this is not a database, just some text that is long enough to be read as a header....");
        var ex = Assert.Throws<StoreException>(() => ArticleStore.Open(DbPath, _clock));
        Assert.Equal(ErrorCode.StoreCorrupt, ex.Problem.Code);
    }

    [Fact]
    public void Two_writers_on_one_file_lose_nothing()
    {
        using (ArticleStore.Open(DbPath, _clock)) { }
        void Writer(string prefix)
        {
            using var store = ArticleStore.Open(DbPath, _clock);
            for (int batch = 0; batch < 20; batch++)
                store.WriteBatch(null, [.. Enumerable.Range(0, 10).Select(i => Doc($"{prefix}-{batch}-{i}", $"Text {prefix} {batch} {i}."))], []);
        }
        Parallel.Invoke(() => Writer("x"), () => Writer("y"));
        using var check = ArticleStore.Open(DbPath, _clock);
        Assert.Equal(400, check.CountArticles());
        Assert.Equal("ok", check.IntegrityCheck());
    }
}
