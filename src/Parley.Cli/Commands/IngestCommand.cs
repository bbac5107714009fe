using System.CommandLine;
using System.Text.Json;
using Parley.Errors;
using Parley.Ingest;
using Parley.Pipeline;
using Parley.Runs;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley ingest</c> and <c>parley run</c>: the same loop, with the ingestion stages or every stage.</summary>
internal static class IngestCommand
{
    public static Command Create(CliEnvironment env, string name, StagePhase phase, string description)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders (recursive) of .txt, .html/.htm, .jsonl, .csv, each optionally .gz; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var maxBytes = new Option<long>("--max-article-bytes")
        {
            Description = "Reject a single article (a .txt/.html file, or one JSONL/CSV record) larger than this.",
            DefaultValueFactory = _ => new IngestOptions().MaxArticleBytes,
            HelpName = "BYTES",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no progress and no per-input problems, only the summary." };
        var command = new Command(name, description)
        {
            paths, maxBytes, quiet, CommonOptions.Json,
        };
        int Execute(ParseResult result, CancellationToken ct)
        {
            var options = new IngestOptions { MaxArticleBytes = result.GetValue(maxBytes) };
            bool json = result.GetValue(CommonOptions.Json);
            bool silent = result.GetValue(quiet);
            string[] inputs = result.GetValue(paths)!;
            using var store = ArticleStore.Open(CommonOptions.DbPath(result));
            var pipeline = StageCatalog.Build(phase);
            var runner = new CorpusRunner(pipeline, store, options);
            RunSummary summary;
            if (env.Interactive && !json && !silent)
            {
                summary = env.ErrorConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("reading", maxValue: 1);
                        var progress = new ActionProgress<RunProgress>(p =>
                        {
                            task.MaxValue = Math.Max(1, p.FilesTotal);
                            task.Value = p.FilesDone;
                            task.Description = $"{p.Articles:N0} articles, {p.Rejected:N0} rejected";
                        });
                        return runner.Run(inputs, name, progress, ct, env.Stdin);
                    });
            }
            else
            {
                summary = runner.Run(inputs, name, null, ct, env.Stdin);
            }
            Report(env, summary, store.Path, pipeline, json, silent);
            if (summary.Cancelled) return ExitCodes.Cancelled;
            return summary.Rejected.Count > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Success;
        }
        // Ctrl+C cancels the token: the runner stops reading, commits what it has, and the run is marked cancelled.
        command.SetAction((result, ct) => Task.FromResult(Execute(result, ct)));
        return command;
    }

    private static void Report(CliEnvironment env, RunSummary s, string dbPath, AnalysisPipeline pipeline, bool json, bool quiet)
    {
        if (json)
        {
            env.Out.WriteLine(JsonSerializer.Serialize(new
            {
                store = dbPath,
                run_id = s.RunId,
                files = s.Files,
                articles = s.Articles,
                @new = s.New,
                updated = s.Updated,
                unchanged = s.Unchanged,
                rejected = s.Rejected.Select(ProblemJson).ToArray(),
                warnings = s.Warnings.Select(ProblemJson).ToArray(),
                seconds = Math.Round(s.Elapsed.TotalSeconds, 3),
                cancelled = s.Cancelled,
                stages = pipeline.Timings.Select(t => new { stage = t.Stage, documents = t.Documents, ms = Math.Round(t.Elapsed.TotalMilliseconds, 1) }),
            }, StoreJson.Indented));
            return;
        }
        if (!quiet)
        {
            foreach (var p in s.Warnings) env.Error.WriteLine(p.ToString());
            foreach (var p in s.Rejected) env.Error.WriteLine(p.ToString());
        }
        double rate = s.Elapsed.TotalSeconds > 0 ? (s.New + s.Updated) / s.Elapsed.TotalSeconds : 0;
        env.Error.WriteLine(
            $"{s.Articles:N0} articles from {s.Files:N0} files: {s.New:N0} new, {s.Updated:N0} updated, {s.Unchanged:N0} unchanged; " +
            $"{s.Rejected.Count:N0} rejected, {s.Warnings.Count:N0} warnings; {s.Elapsed.TotalSeconds:0.00} s ({rate:N0} articles/s) → {dbPath}");
        if (s.Cancelled) env.Error.WriteLine("Interrupted: committed batches are stored; run the same command again to resume.");
    }

    internal static object ProblemJson(Problem p) => new
    {
        code = p.Id,
        severity = p.Severity.ToString().ToLowerInvariant(),
        path = p.Origin?.Path,
        line = p.Origin?.Line,
        message = p.Message,
    };
}
