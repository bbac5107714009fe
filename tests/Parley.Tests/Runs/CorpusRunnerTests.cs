using System.Text;
using Parley.Ingest;
using Parley.Pipeline;
using Parley.Runs;
using Parley.Store;

namespace Parley.Tests.Runs;

public sealed class CorpusRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-runner-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Corpus(int articles)
    {
        string path = Path.Combine(_dir, "corpus.jsonl");
        var sb = new StringBuilder();
        for (int i = 0; i < articles; i++)
            sb.Append($$"""{"id": "a{{i:D3}}", "text": "MOSCOW, February {{1 + i % 28}} (RIA Novosti)\n\nArticle number {{i}} on the talks."}""").Append('\n');
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private CorpusRunner Runner(ArticleStore store, int batchSize = 10) =>
        new(StageCatalog.Build(StagePhase.Ingest), store, new IngestOptions(), batchSize);

    [Fact]
    public void A_run_interrupted_mid_way_keeps_committed_batches_and_a_rerun_completes_it()
    {
        string corpus = Corpus(95);
        using var store = ArticleStore.Open(Path.Combine(_dir, "s.db"));
        using var cts = new CancellationTokenSource();
        // Cancel once three batches (30 articles) are committed: the stand-in for a kill between batches.
        var progress = new InlineProgress(p => { if (p.Articles >= 30) cts.Cancel(); });

        var first = Runner(store).Run([corpus], "ingest", progress, cts.Token);

        Assert.True(first.Cancelled);
        int stored = store.CountArticles();
        Assert.InRange(stored, 30, 94);
        var second = Runner(store).Run([corpus], "ingest");
        Assert.False(second.Cancelled);
        Assert.Equal(stored, second.Unchanged);
        Assert.Equal(95 - stored, second.New);
        Assert.Equal(95, store.CountArticles());
    }

    [Fact]
    public void A_duplicate_id_within_a_run_is_a_warning_and_the_later_article_wins()
    {
        string path = Path.Combine(_dir, "dup.jsonl");
        File.WriteAllText(path, "{\"id\": \"x\", \"text\": \"First version.\"}\n{\"id\": \"x\", \"text\": \"Second version.\"}\n");
        using var store = ArticleStore.Open(Path.Combine(_dir, "s.db"));
        var summary = Runner(store).Run([path], "ingest");
        Assert.Contains(summary.Warnings, w => w.Code == Parley.Errors.ErrorCode.DuplicateIdInInput);
        Assert.Equal("Second version.", store.GetArticle("x")!.Text);
    }

    private sealed class InlineProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
