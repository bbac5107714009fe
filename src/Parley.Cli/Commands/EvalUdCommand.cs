using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Nlp.Tokenization;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval-ud GOLD.conllu</c>: the CoNLL 2018 shared-task metrics of Parley's NLP core from raw text.</summary>
internal static class EvalUdCommand
{
    public static Command Create(CliEnvironment env)
    {
        var gold = new Argument<string>("GOLD") { Description = "A CoNLL-U file with gold annotation (.conllu or .conllu.gz), e.g. UD English EWT test." };
        var output = new Option<string?>("--output", "-o") { Description = "Also write the system's CoNLL-U here.", HelpName = "FILE" };
        var beam = new Option<int?>("--beam") { Description = "Parse with this beam width instead of the model's own (1 = greedy).", HelpName = "N" };
        var showErrors = new Option<int?>("--show-errors")
        {
            Description = "Also list the tokenizer's token, multi-word-token and sentence-boundary errors by class, with up to N examples per class (default 3).",
            HelpName = "N", Arity = ArgumentArity.ZeroOrOne,
        };
        var boundaryCost = new Option<bool>("--boundary-cost")
        {
            Description = "Also parse the same tokens with the missed gold sentence ends restored, with the added ends removed, and with both, "
                + "and print what each kind of sentence-boundary error costs in UAS and LAS (needs the tagger and parser models).",
        };
        var command = new Command("eval-ud", """
            Score tokenization, sentence splitting, tagging, lemmas and dependencies against gold CoNLL-U, from raw text:
            the gold's raw text is rebuilt as the CoNLL 2018 shared task did, analysed by Parley, and aligned by characters.
            Prints precision, recall, F1 and aligned accuracy for Tokens, Sentences, Words, UPOS, XPOS, UFeats, AllTags,
            Lemmas, UAS, LAS, CLAS, MLAS and BLEX.
            """) { gold, output, beam, showErrors, boundaryCost, CommonOptions.Json };
        command.SetAction(result =>
        {
            string path = result.GetValue(gold)!;
            if (!File.Exists(path))
            {
                env.Error.WriteLine($"parley: {path}: no such file.");
                return ExitCodes.Usage;
            }
            IReadOnlyList<ConlluSentence> goldSentences;
            try
            {
                goldSentences = [.. ConlluReader.ReadFile(path)];
            }
            catch (Exception ex) when (ex is ConlluFormatException or IOException or InvalidDataException)
            {
                env.Error.WriteLine($"parley: {path}: {ex.Message}");
                return ExitCodes.Failure;
            }
            var corpus = RawTextCorpus.FromConllu(goldSentences);
            int? beamWidth = result.GetValue(beam);
            if (beamWidth is < 1)
            {
                env.Error.WriteLine("parley: --beam must be at least 1.");
                return ExitCodes.Usage;
            }
            var analyser = NlpAnalyser.TryLoad(out string? why, beamWidth);
            if (analyser is null) env.Error.WriteLine($"parley: no tagger/parser models ({why}); scoring segmentation only.");
            var clock = Stopwatch.StartNew();
            var system = corpus.Analyse(Tokenizer.Default, analyser);
            double seconds = clock.Elapsed.TotalSeconds;
            var scores = UdEvaluator.Evaluate(corpus.Gold, system);
            if (result.GetValue(output) is { } outPath)
            {
                using var writer = new StreamWriter(outPath);
                ConlluWriter.Write(writer, system);
            }
            int words = system.Sum(s => s.Words.Count);
            var cost = result.GetValue(boundaryCost) && analyser is not null ? SentenceBoundaryCost.Measure(corpus, Tokenizer.Default, analyser) : null;
            if (result.GetValue(CommonOptions.Json))
            {
                env.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    gold = path,
                    sentences = goldSentences.Count,
                    words_per_second = Math.Round(words / Math.Max(seconds, 1e-9)),
                    metrics = scores.All().ToDictionary(m => m.Metric, m => new
                    {
                        precision = Math.Round(100 * m.Score.Precision, 2),
                        recall = Math.Round(100 * m.Score.Recall, 2),
                        f1 = Math.Round(100 * m.Score.F1, 2),
                        aligned_accuracy = m.Score.AlignedAccuracy is { } a ? Math.Round(100 * a, 2) : (double?)null,
                    }),
                    tokenizer_errors = result.GetResult(showErrors) is null ? null : ErrorsJson(corpus, result.GetValue(showErrors) ?? 3),
                    boundary_cost = cost is null ? null : CostJson(cost),
                }, StoreJson.Indented));
                return ExitCodes.Success;
            }
            var table = new Table().Title(Markup.Escape(Path.GetFileName(path)))
                .AddColumn("metric").AddColumn(new TableColumn("precision").RightAligned()).AddColumn(new TableColumn("recall").RightAligned())
                .AddColumn(new TableColumn("F1").RightAligned()).AddColumn(new TableColumn("aligned acc.").RightAligned());
            foreach (var (metric, s) in scores.All())
                table.AddRow(metric, $"{100 * s.Precision:0.00}", $"{100 * s.Recall:0.00}", $"{100 * s.F1:0.00}", s.AlignedAccuracy is { } a ? $"{100 * a:0.00}" : "");
            env.Console.Write(table);
            if (result.GetResult(showErrors) is not null) WriteErrors(env, corpus, result.GetValue(showErrors) ?? 3);
            if (cost is not null) WriteCost(env, cost);
            env.Error.WriteLine($"{words:N0} words in {seconds:0.00} s ({words / Math.Max(seconds, 1e-9):N0} words/s, one thread, analysis only).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static IEnumerable<(string Name, UdScores Scores)> CostRows(SentenceBoundaryCost.Result cost) =>
    [
        ("splitter's sentences", cost.System),
        ($"{cost.MissedEnds} missed ends restored", cost.MissedRestored),
        ($"{cost.AddedEnds} added ends removed", cost.AddedRemoved),
        ("gold sentences (same tokens)", cost.GoldSentences),
    ];

    private static object CostJson(SentenceBoundaryCost.Result cost) => new
    {
        missed_ends = cost.MissedEnds,
        added_ends = cost.AddedEnds,
        rows = CostRows(cost).Select(r => new
        {
            name = r.Name,
            sentences_f1 = Math.Round(100 * r.Scores.Sentences.F1, 2),
            uas = Math.Round(100 * r.Scores.Uas.F1, 2),
            las = Math.Round(100 * r.Scores.Las.F1, 2),
        }),
    };

    /// <summary>What the sentence-boundary errors cost the parser (<see cref="SentenceBoundaryCost"/>).</summary>
    private static void WriteCost(CliEnvironment env, SentenceBoundaryCost.Result cost)
    {
        env.Out.WriteLine("Sentence-boundary cost (same tokens, parsed again):");
        foreach (var (name, s) in CostRows(cost))
            env.Out.WriteLine($"  {name,-30} sentences {100 * s.Sentences.F1:0.00}  UAS {100 * s.Uas.F1:0.00} ({100 * (s.Uas.F1 - cost.System.Uas.F1):+0.00;-0.00;+0.00})"
                + $"  LAS {100 * s.Las.F1:0.00} ({100 * (s.Las.F1 - cost.System.Las.F1):+0.00;-0.00;+0.00})");
    }

    /// <summary>The tokenizer's errors for <c>--json</c>: totals, then each class (largest first) with its count and up to N examples.</summary>
    private static object ErrorsJson(RawTextCorpus corpus, int examples)
    {
        var report = TokenizerDiagnostics.Analyse(corpus, Tokenizer.Default);
        return new
        {
            gold_tokens = report.GoldTokens,
            tokens_not_found = report.GoldTokens - report.CorrectTokens,
            gold_sentence_ends = report.GoldSentenceEnds,
            sentence_ends_missed = report.GoldSentenceEnds - report.CorrectSentenceEnds,
            sentence_ends_added = report.Count("sentence end added"),
            classes = report.Classes.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new { name = c.Key, count = c.Value.Count, examples = c.Value.Take(Math.Max(0, examples)) }),
        };
    }

    /// <summary>The tokenizer's errors by class (<see cref="TokenizerDiagnostics"/>), largest class first.</summary>
    private static void WriteErrors(CliEnvironment env, RawTextCorpus corpus, int examples)
    {
        var report = TokenizerDiagnostics.Analyse(corpus, Tokenizer.Default);
        env.Out.WriteLine($"Tokenizer errors: {report.GoldTokens - report.CorrectTokens} of {report.GoldTokens} gold tokens not found, "
            + $"{report.GoldSentenceEnds - report.CorrectSentenceEnds} of {report.GoldSentenceEnds} gold sentence ends missed, "
            + $"{report.Count("sentence end added")} added");
        foreach (var line in report.Lines(Math.Max(0, examples))) env.Out.WriteLine(line);
    }
}
