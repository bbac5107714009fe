using System.CommandLine;
using System.Text.Json;
using Parley.Nlp.Entities;
using Parley.Nlp.Learning;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval-ner GOLD</c>: exact-span precision, recall and F1 of the entity tagger, overall and per type.</summary>
internal static class EvalNerCommand
{
    public static Command Create(CliEnvironment env)
    {
        var gold = new Argument<string>("GOLD") { Description = "Gold mentions: GUM-style CoNLL-U with Entity= brackets (.conllu/.conllu.gz), or CoNLL-2003-style 'word … TAG' lines (e.g. wikigold), or the re3d folder (scores its held-out documents)." };
        var types = new Option<string[]>("--types")
        {
            Description = "Score only these types, e.g. --types PER ORG LOC (default: every type in gold or prediction).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "TYPE",
        };
        var model = new Option<string?>("--model") { Description = "Entity tagger model file (default: models/ner/entity-tagger.bin).", HelpName = "FILE" };
        var repeat = new Option<int>("--repeat") { Description = "Tag the gold this many times and report the fastest run's speed (default 1: one pass, JIT warm-up included).", HelpName = "N", DefaultValueFactory = _ => 1 };
        var untyped = new Option<bool>("--untyped") { Description = "Score spans only, ignoring their types (after --types has selected them)." };
        var noDocumentStep = new Option<bool>("--no-document-step") { Description = "Leave out the document step after the tagger (one type per name in a document, surnames, sentence-initial common words), to measure the tagger alone." };
        var errors = new Option<int>("--show-errors") { Description = "Also print the first N sentences where prediction and gold differ.", HelpName = "N" };
        var command = new Command("eval-ner", """
            Score Parley's named-entity tagger against gold mentions: exact-span micro precision, recall and F1, overall and
            per type. The format is detected from the file. On CoNLL-format gold the tagger's EVENT counts as MISC; GUM's
            place is LOC (GUM does not split geo-political entities from other places).
            """) { gold, types, model, untyped, repeat, errors, noDocumentStep, CommonOptions.Json };
        command.SetAction(result =>
        {
            string path = result.GetValue(gold)!;
            bool re3d = Directory.Exists(path);
            if (!File.Exists(path) && !re3d)
            {
                env.Error.WriteLine($"parley: {path}: no such file.");
                return ExitCodes.Usage;
            }
            string? why = null;
            var tagger = result.GetValue(model) is { } modelPath
                ? File.Exists(modelPath) ? EntityTagger.Load(modelPath) : null
                : EntityTagger.TryLoadDefault(out why);
            why ??= $"{result.GetValue(model)} is missing";
            if (tagger is null)
            {
                env.Error.WriteLine($"parley: no entity tagger model ({why}); run 'parley train --only ner'.");
                return ExitCodes.Failure;
            }
            IReadOnlyList<NerSentence> sentences;
            bool conllu;
            try
            {
                conllu = re3d || NerCorpus.IsConllu(path);
                sentences = re3d ? Re3dCorpus.Read(path, Parley.Nlp.Tokenization.Tokenizer.Default, Re3dCorpus.Part.HeldOut)
                    : conllu ? NerCorpus.ReadGum(path) : NerCorpus.ReadConll(path);
            }
            catch (Exception ex) when (ex is Parley.Nlp.Conllu.ConlluFormatException or IOException or InvalidDataException)
            {
                env.Error.WriteLine($"parley: {path}: {ex.Message}");
                return ExitCodes.Failure;
            }
            var only = result.GetValue(types) is { Length: > 0 } t ? t.ToHashSet(StringComparer.Ordinal) : null;
            var posTagger = Parley.Nlp.Tagging.Tagger.Load(Path.Combine(ModelPaths.EnglishUd, "tagger.bin"));
            var r = NerEvaluation.Evaluate(tagger, posTagger, sentences, conllLabels: !conllu, only, !result.GetValue(noDocumentStep));
            for (int k = 1; k < result.GetValue(repeat); k++)
            {
                var again = NerEvaluation.Evaluate(tagger, posTagger, sentences, conllLabels: !conllu, only, !result.GetValue(noDocumentStep));
                if (again.Elapsed < r.Elapsed) r = r with { Elapsed = again.Elapsed };
                if (again.Cpu < r.Cpu) r = r with { Cpu = again.Cpu };
            }
            if (result.GetValue(untyped))
            {
                EntitySpan[] Keep(EntitySpan[] spans) => [.. spans.Where(x => only is null || only.Contains(x.Type)).Select(x => x with { Type = "ANY" })];
                r = r with { Scores = NerScorer.Score([.. sentences.Select(x => Keep(x.Spans))], [.. r.Predicted.Select(Keep)]) };
            }
            int shown = 0;
            for (int k = 0; k < sentences.Count && shown < result.GetValue(errors); k++)
            {
                var g = sentences[k].Spans;
                var p = r.Predicted[k].Where(x => only is null || only.Contains(x.Type)).ToArray();
                if (g.Where(x => only is null || only.Contains(x.Type)).ToHashSet().SetEquals(p)) continue;
                shown++;
                string Show(EntitySpan[] spans) => string.Join(" | ", spans.Select(x => $"{x.Type}:{string.Join(' ', sentences[k].Words[x.Start..x.End])}"));
                env.Out.WriteLine(string.Join(' ', sentences[k].Words));
                env.Out.WriteLine("  gold: " + Show(g));
                env.Out.WriteLine("  sys:  " + Show(p));
            }
            double wordsPerSecond = r.Words / Math.Max(r.Elapsed.TotalSeconds, 1e-9);
            double wordsPerCpuSecond = r.Words / Math.Max(r.Cpu.TotalSeconds, 1e-9);
            if (result.GetValue(CommonOptions.Json))
            {
                env.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    gold = path,
                    format = re3d ? "re3d" : conllu ? "conllu" : "conll",
                    sentences = r.Sentences,
                    words = r.Words,
                    words_per_second = Math.Round(wordsPerSecond),
                    words_per_cpu_second = Math.Round(wordsPerCpuSecond),
                    pos_seconds = Math.Round(r.PosElapsed.TotalSeconds, 3),
                    scores = r.Scores.ToDictionary(s => s.Type, s => new
                    {
                        gold = s.Gold,
                        predicted = s.Predicted,
                        correct = s.Correct,
                        precision = Math.Round(100 * s.Precision, 2),
                        recall = Math.Round(100 * s.Recall, 2),
                        f1 = Math.Round(100 * s.F1, 2),
                    }),
                }, StoreJson.Indented));
                return ExitCodes.Success;
            }
            var table = new Table().Title(Markup.Escape(Path.GetFileName(path)))
                .AddColumn("type").AddColumn(new TableColumn("gold").RightAligned()).AddColumn(new TableColumn("predicted").RightAligned())
                .AddColumn(new TableColumn("precision").RightAligned()).AddColumn(new TableColumn("recall").RightAligned()).AddColumn(new TableColumn("F1").RightAligned());
            foreach (var s in r.Scores)
                table.AddRow(s.Type, $"{s.Gold}", $"{s.Predicted}", $"{100 * s.Precision:0.00}", $"{100 * s.Recall:0.00}", $"{100 * s.F1:0.00}");
            env.Console.Write(table);
            env.Error.WriteLine($"{r.Words:N0} words in {r.Elapsed.TotalSeconds:0.000} s wall, {r.Cpu.TotalSeconds:0.000} s CPU ({wordsPerSecond:N0} words/s wall, {wordsPerCpuSecond:N0} per CPU second, one thread, entity tagging only{(result.GetValue(repeat) > 1 ? $", fastest of {result.GetValue(repeat)} runs" : "")}; the POS tagging it needs took {r.PosElapsed.TotalSeconds:0.000} s more).");
            return ExitCodes.Success;
        });
        return command;
    }
}
