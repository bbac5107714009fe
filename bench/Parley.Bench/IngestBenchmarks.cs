using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Parley.Ingest;
using Parley.Pipeline;
using Parley.Runs;
using Parley.Store;

namespace Parley.Bench;

/// <summary>
/// Ingestion on one thread, from JSONL and from HTML: reading alone (the baseline) and the whole ingest path into a
/// fresh SQLite store. Operations per invocation = articles, so BenchmarkDotNet's "Op/s" column is articles/s.
/// Run: dotnet run -c Release --project bench/Parley.Bench -- --filter '*Ingest*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 7)]
public class IngestBenchmarks
{
    private const int Articles = 2000;
    private string _dir = "";
    private string _jsonl = "";
    private string _html = "";
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("parley-bdn-").FullName;
        string samples = FindSamples();
        var articles = new InputReader().Read(samples).Where(i => i.Article is not null).Select(i => i.Article!).ToList();
        _jsonl = Path.Combine(_dir, "corpus.jsonl");
        using (var w = new StreamWriter(_jsonl))
        {
            for (int i = 0; i < Articles; i++)
            {
                var a = articles[i % articles.Count];
                w.WriteLine(JsonSerializer.Serialize(new { id = $"{a.Id}~{i}", text = a.Text, title = a.Metadata.Title }));
            }
        }
        _html = Path.Combine(_dir, "html");
        Directory.CreateDirectory(_html);
        for (int i = 0; i < Articles / 10; i++)
        {
            var a = articles[i % articles.Count];
            var body = new StringBuilder();
            foreach (var p in a.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
                body.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(p)).Append("</p>\n");
            File.WriteAllText(Path.Combine(_html, $"a{i}.html"),
                $"<html><head><title>{a.Metadata.Title}</title><meta property=\"article:published_time\" content=\"2020-01-0{1 + i % 9}\"></head>" +
                $"<body><nav>Home | News</nav><article><h1>{a.Metadata.Title}</h1>{body}</article><footer>Share this</footer></body></html>");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = Articles)]
    public int ReadJsonLines() => new InputReader().Read(_jsonl).Count(i => i.Article is not null);

    [Benchmark(OperationsPerInvoke = Articles)]
    public int IngestJsonLinesIntoStore() => Ingest(_jsonl);

    [Benchmark(OperationsPerInvoke = Articles / 10)]
    public int ReadHtml() => new InputReader().Read(_html).Count(i => i.Article is not null);

    [Benchmark(OperationsPerInvoke = Articles / 10)]
    public int IngestHtmlIntoStore() => Ingest(_html);

    private int Ingest(string input)
    {
        string db = Path.Combine(_dir, $"bench-{_run++}.db");
        using var store = ArticleStore.Open(db);
        return new CorpusRunner(StageCatalog.Build(StagePhase.Ingest), store, new IngestOptions()).Run([input], "bench").New;
    }

    internal static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")) && Directory.Exists(candidate))
                return candidate;
        }
        throw new InvalidOperationException("Cannot find the repository's samples/ folder.");
    }
}
