using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Parley.Ingest;
using Parley.Pipeline;
using Parley.Runs;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley bench</c>: ingestion throughput on one core, as medians over repeated runs, each into a fresh store,
/// beside a baseline measured in the same process (reading and decoding the same inputs, no analysis, no store).
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliEnvironment env)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "Articles to ingest (any input parley reads). Default: the bundled samples/ folder.",
            DefaultValueFactory = _ => "samples",
            HelpName = "PATH",
        };
        var articles = new Option<int>("--articles", "-n")
        {
            Description = "Replicate the input's articles (with new ids) up to this many, written as JSONL, so small inputs give stable timings.",
            DefaultValueFactory = _ => 5000,
            HelpName = "N",
        };
        var phase = new Option<StagePhase>("--phase")
        {
            Description = "Ingest: read → header → reference date → store. Analysis: also tokenize, tag, parse, ner, entities, times, events (what 'parley run' does).",
            DefaultValueFactory = _ => StagePhase.Ingest,
        };
        var repeat = new Option<int>("--repeat", "-r") { Description = "Timed repetitions; the median is reported.", DefaultValueFactory = _ => 5, HelpName = "N" };
        var command = new Command("bench", """
            Measure ingestion or the whole analysis (--phase analysis) on one thread: median articles/s and MB/s over fresh stores,
            beside a read-only baseline from the same process. Rigorous numbers: bench/Parley.Bench (BenchmarkDotNet).
            """) { input, articles, phase, repeat, CommonOptions.Json };
        command.SetAction(result =>
        {
            string path = result.GetValue(input)!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                env.Error.WriteLine($"parley: {path}: no such file or folder (give --input PATH).");
                return ExitCodes.Usage;
            }
            int n = result.GetValue(articles);
            int reps = Math.Max(1, result.GetValue(repeat));
            var stagePhase = result.GetValue(phase);
            string dir = Directory.CreateTempSubdirectory("parley-bench-").FullName;
            try
            {
                string corpus = Replicate(path, n, dir, out int count, out long bytes);
                // Words as whitespace-separated strings of the cleaned text: the usual "words/s" of throughput figures.
                long words = new InputReader(new IngestOptions()).Read(corpus).Where(x => x.Article is not null)
                    .Sum(x => (long)x.Article!.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
                var baseline = new List<double>();
                var ingest = new List<double>();
                AnalysisPipeline? last = null;
                for (int i = 0; i <= reps; i++) // the first round warms up the JIT and is not counted
                {
                    var sw = Stopwatch.StartNew();
                    int read = new InputReader(new IngestOptions()).Read(corpus).Count(x => x.Article is not null);
                    double baseSeconds = sw.Elapsed.TotalSeconds;

                    string db = Path.Combine(dir, $"bench-{i}.db");
                    using (var store = ArticleStore.Open(db))
                    {
                        var pipeline = StageCatalog.Build(stagePhase);
                        sw.Restart();
                        var summary = new CorpusRunner(pipeline, store, new IngestOptions()).Run([corpus], "bench");
                        double seconds = sw.Elapsed.TotalSeconds;
                        if (summary.New != count || read != count)
                            throw new InvalidOperationException($"bench stored {summary.New} and read {read} of {count} articles");
                        if (i > 0) { baseline.Add(baseSeconds); ingest.Add(seconds); last = pipeline; }
                    }
                }
                double medIngest = Median(ingest), medBase = Median(baseline);
                var report = new
                {
                    input = path,
                    phase = stagePhase,
                    words = words,
                    words_per_second = Math.Round(words / medIngest),
                    articles = count,
                    megabytes = Math.Round(bytes / 1e6, 2),
                    repetitions = reps,
                    ingest_articles_per_second = Math.Round(count / medIngest),
                    ingest_megabytes_per_second = Math.Round(bytes / 1e6 / medIngest, 2),
                    baseline_read_articles_per_second = Math.Round(count / medBase),
                    ingest_to_baseline_time_ratio = Math.Round(medIngest / medBase, 2),
                    ingest_seconds = ingest.Select(s => Math.Round(s, 4)),
                    stages = last!.Timings.Select(t => new { stage = t.Stage, microseconds_per_article = Math.Round(t.Elapsed.TotalMicroseconds / Math.Max(1, t.Documents), 2) }),
                };
                if (result.GetValue(CommonOptions.Json))
                {
                    env.Out.WriteLine(JsonSerializer.Serialize(report, StoreJson.Indented));
                }
                else
                {
                    var table = new Table().AddColumn("measure").AddColumn(new TableColumn("median").RightAligned());
                    table.AddRow("articles", $"{count:N0} ({bytes / 1e6:0.00} MB, {words:N0} words), phase {stagePhase.ToString().ToLowerInvariant()}");
                    table.AddRow("words/s", $"{words / medIngest:N0}");
                    table.AddRow($"{(stagePhase == StagePhase.Ingest ? "ingest" : "run")} (read → stages → store)", $"{count / medIngest:N0} articles/s, {bytes / 1e6 / medIngest:0.00} MB/s");
                    table.AddRow("baseline (read + decode only)", $"{count / medBase:N0} articles/s");
                    table.AddRow("ingest / baseline time", $"{medIngest / medBase:0.00}×");
                    foreach (var t in last!.Timings)
                        table.AddRow($"  stage {t.Stage}", $"{t.Elapsed.TotalMicroseconds / Math.Max(1, t.Documents):0.0} µs/article");
                    env.Console.Write(table);
                }
                return ExitCodes.Success;
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        });
        return command;
    }

    /// <summary>Reads every article of <paramref name="path"/> and writes copies with fresh ids to one JSONL file until there are <paramref name="n"/>.</summary>
    private static string Replicate(string path, int n, string dir, out int count, out long bytes)
    {
        var articles = new InputReader(new IngestOptions()).Read(path).Where(x => x.Article is not null).Select(x => x.Article!).ToList();
        if (articles.Count == 0) throw new InvalidOperationException($"{path} holds no readable article.");
        string file = Path.Combine(dir, "corpus.jsonl");
        using (var writer = new StreamWriter(file))
        {
            for (int i = 0; i < Math.Max(n, articles.Count); i++)
            {
                var a = articles[i % articles.Count];
                writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string?>
                {
                    ["id"] = $"{a.Id}~{i}", ["text"] = a.Text, ["title"] = a.Metadata.Title, ["url"] = a.Metadata.Url,
                    ["date"] = a.Metadata.Published?.ToString("yyyy-MM-dd"), ["publisher"] = a.Metadata.Publisher,
                }));
            }
            count = Math.Max(n, articles.Count);
        }
        bytes = new FileInfo(file).Length;
        return file;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }
}
