using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Store;
using Parley.Time;
using Parley.Time.Evaluation;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval-time PATH</c>: recognition (strict and relaxed P/R/F1), type and value accuracy of the time tagger on TIMEX-annotated corpora.</summary>
internal static class EvalTimeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var path = new Argument<string>("PATH") { Description = "A corpus .tar.gz, a folder (searched recursively) or one XML file." };
        var corpus = new Option<string>("--corpus")
        {
            Description = "Which corpus to read from PATH: meantime, timeline (SemEval-2015 Task 4), gum, or auto (all found).",
            DefaultValueFactory = _ => "auto",
            HelpName = "NAME",
        };
        corpus.AcceptOnlyFromAmong("auto", TimexCorpusReader.Meantime, TimexCorpusReader.Timeline, TimexCorpusReader.Gum);
        var speed = new Option<int>("--speed-rounds") { Description = "Timed passes over the texts for tokens/s (0: skip).", DefaultValueFactory = _ => 5, HelpName = "N" };
        var errors = new Option<bool>("--errors") { Description = "Also list, per document, missed and spurious expressions and wrong values (tab-separated)." };
        var command = new Command("eval-time", """
            Score the time-expression tagger on TIMEX-annotated corpora, each document resolved against its own DCT:
            MEANTIME and SemEval-2015 Task 4 (CAT XML, TIMEX3) and GUM (<date when=…>). One row per corpus split with
            gold/system counts, strict (same span) and relaxed (overlapping span) precision/recall/F1, type accuracy and
            value accuracy over the relaxed matches, and single-thread tagging speed in tokens/s.
            """) { path, corpus, speed, errors, CommonOptions.Json };
        command.SetAction(result =>
        {
            string p = result.GetValue(path)!;
            if (!File.Exists(p) && !Directory.Exists(p))
            {
                env.Error.WriteLine($"parley: {p}: no such file or folder.");
                return ExitCodes.Usage;
            }
            string which = result.GetValue(corpus)!;
            var docs = TimexCorpusReader.Read(p, which == "auto" ? null : which).ToList();
            if (docs.Count == 0)
            {
                env.Error.WriteLine($"parley: {p}: no annotated documents found (corpus {which}).");
                return ExitCodes.NotFound;
            }
            var evaluator = new TimexEvaluator(TimeTagger.Default);
            var rows = new List<TimexScore>();
            foreach (var byCorpus in docs.GroupBy(d => d.Corpus).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var splits = byCorpus.GroupBy(d => d.Split).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => evaluator.Score(byCorpus.Key, g.Key, [.. g])).ToList();
                rows.AddRange(splits);
                if (splits.Count > 1) rows.Add(splits.Skip(1).Aggregate(splits[0], (a, b) => a + b));
            }
            if (result.GetValue(errors)) WriteErrors(env, evaluator, docs);
            int rounds = result.GetValue(speed);
            (double Wall, double Cpu)? speedResult = rounds > 0 ? evaluator.TokensPerSecond(docs, rounds) : null;
            if (result.GetValue(CommonOptions.Json))
            {
                var json = new
                {
                    path = p,
                    corpora = rows.Select(r => new
                    {
                        corpus = r.Corpus, split = r.Split, documents = r.Documents, tokens = r.Tokens, gold = r.Gold, system = r.System,
                        strict = new { precision = r.StrictPrecision, recall = r.StrictRecall, f1 = r.StrictF1, matches = r.StrictMatches },
                        relaxed = new { precision = r.RelaxedPrecision, recall = r.RelaxedRecall, f1 = r.RelaxedF1, matches = r.RelaxedMatches },
                        type_accuracy = double.IsNaN(r.TypeAccuracy) ? (double?)null : r.TypeAccuracy,
                        value_accuracy = r.ValueAccuracy,
                    }),
                    tokens_per_second = speedResult?.Wall,
                    tokens_per_cpu_second = speedResult?.Cpu,
                };
                env.Out.WriteLine(JsonSerializer.Serialize(json, StoreJson.Indented));
                return ExitCodes.Success;
            }
            var table = new Table().Title("time expressions (relaxed = overlapping span; type/value accuracy over relaxed matches)");
            foreach (string h in new[] { "corpus", "split", "docs", "gold", "system", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "type acc", "value acc" })
                table.AddColumn(new TableColumn(h).RightAligned());
            static string F(double x) => double.IsNaN(x) ? "–" : x.ToString("0.000", CultureInfo.InvariantCulture);
            foreach (var r in rows)
            {
                table.AddRow(r.Corpus, r.Split, r.Documents.ToString(CultureInfo.InvariantCulture), r.Gold.ToString(CultureInfo.InvariantCulture),
                    r.System.ToString(CultureInfo.InvariantCulture), F(r.StrictPrecision), F(r.StrictRecall), F(r.StrictF1),
                    F(r.RelaxedPrecision), F(r.RelaxedRecall), F(r.RelaxedF1), F(r.TypeAccuracy), F(r.ValueAccuracy));
            }
            env.Console.Write(table);
            if (speedResult is { } tps)
            {
                env.Console.MarkupLine($"speed: {tps.Cpu.ToString("N0", CultureInfo.InvariantCulture)} tokens per CPU-second, {tps.Wall.ToString("N0", CultureInfo.InvariantCulture)} tokens/s wall-clock, "
                    + $"one thread ({docs.Sum(d => TimexEvaluator.CountTokens(d.Text)):N0} tokens × {rounds} passes, recognise + normalise)");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteErrors(CliEnvironment env, TimexEvaluator evaluator, List<TimexDocument> docs)
    {
        foreach (var doc in docs)
        {
            var found = evaluator.Tag(doc);
            foreach (var g in doc.Gold)
            {
                var hit = found.FirstOrDefault(e => e.Span.Overlaps(g.Span));
                string gv = g.Value ?? $"{g.From ?? g.NotBefore}/{g.To ?? g.NotAfter}";
                if (hit is null) env.Out.WriteLine($"MISS\t{doc.Id}\t{g.Span.TextOf(doc.Text)}\t{g.Type}\t{gv}");
                else if (!TimexEvaluator.ValueMatches(g, hit))
                    env.Out.WriteLine($"VALUE\t{doc.Id}\t{g.Span.TextOf(doc.Text)}\t{gv}\t{hit.Text}\t{hit.Value}\t{hit.Rule}\t{hit.Tense}\tdct {doc.Dct:yyyy-MM-dd}");
            }
            foreach (var e in found.Where(e => !doc.Gold.Any(g => g.Span.Overlaps(e.Span))))
                env.Out.WriteLine($"SPURIOUS\t{doc.Id}\t{e.Text}\t{e.Type}\t{e.Value}\t{e.Rule}");
        }
    }
}
