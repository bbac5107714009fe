using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Entities.Coreference;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval-coref GOLD</c>: antecedent accuracy of the salience coreference model on GUM-style CoNLL-U.</summary>
internal static class EvalCorefCommand
{
    public static Command Create(CliEnvironment env)
    {
        var gold = new Argument<string>("GOLD") { Description = "GUM-style CoNLL-U (.conllu/.conllu.gz) with Entity= coreference brackets." };
        var baseline = new Option<bool>("--baseline") { Description = "Score the most-recent-compatible-mention baseline instead of the salience model." };
        var set = new Option<string[]>("--set")
        {
            Description = "Override salience weights, e.g. --set Decay=0.4 Subject=60 (names as in SalienceWeights).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "NAME=VALUE",
        };
        var command = new Command("eval-coref", """
            Score within-document coreference on gold mentions: for each third-person pronoun, and each definite description,
            that has an earlier mention in its gold cluster, is the antecedent the model picks in that cluster? Pronoun
            accuracy (correct / anaphoric pronouns), and precision/recall of definite-description links. Gold mentions
            and GUM's entity types are given; the pipeline's own mentions come from the entity stage.
            """) { gold, baseline, set, CommonOptions.Json };
        command.SetAction(result =>
        {
            string path = result.GetValue(gold)!;
            if (!File.Exists(path))
            {
                env.Error.WriteLine($"parley: {path}: no such file.");
                return ExitCodes.Usage;
            }
            var weights = result.GetValue(baseline) ? SalienceWeights.MostRecent : SalienceWeights.Default;
            foreach (string kv in result.GetValue(set) ?? [])
            {
                var parts = kv.Split('=', 2);
                if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                {
                    env.Error.WriteLine($"parley: --set {kv}: expected NAME=NUMBER.");
                    return ExitCodes.Usage;
                }
                weights = parts[0] switch
                {
                    "Mention" => weights with { Mention = v },
                    "Subject" => weights with { Subject = v },
                    "Name" => weights with { Name = v },
                    "Decay" => weights with { Decay = v },
                    "Parallel" => weights with { Parallel = v },
                    "Window" => weights with { Window = (int)v },
                    "CollectiveThey" => weights with { CollectiveThey = v },
                    "DefiniteWindow" => weights with { DefiniteWindow = (int)v },
                    _ => null!,
                };
                if (weights is null)
                {
                    env.Error.WriteLine($"parley: --set {kv}: unknown weight.");
                    return ExitCodes.Usage;
                }
            }
            List<CorefDocument> docs;
            try { docs = CorefEvaluation.ReadGum(path); }
            catch (Exception ex) when (ex is Parley.Nlp.Conllu.ConlluFormatException or IOException or InvalidDataException)
            {
                env.Error.WriteLine($"parley: {path}: {ex.Message}");
                return ExitCodes.Failure;
            }
            var r = CorefEvaluation.Evaluate(docs, weights);
            if (result.GetValue(CommonOptions.Json))
            {
                env.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    gold = path,
                    model = result.GetValue(baseline) ? "most-recent baseline" : "salience",
                    weights,
                    documents = r.Documents,
                    mentions = r.Mentions,
                    mentions_per_second = Math.Round(r.Mentions / Math.Max(r.Elapsed.TotalSeconds, 1e-9)),
                    scores = r.Counts.ToDictionary(c => c.Class, c => new
                    {
                        anaphoric = c.Anaphoric,
                        linked = c.Predicted,
                        correct = c.Correct,
                        accuracy = Math.Round(100 * c.Recall, 2),
                        precision = Math.Round(100 * c.Precision, 2),
                    }),
                }, StoreJson.Indented));
                return ExitCodes.Success;
            }
            var table = new Table().Title(Markup.Escape(Path.GetFileName(path)))
                .AddColumn("anaphor").AddColumn(new TableColumn("anaphoric").RightAligned()).AddColumn(new TableColumn("linked").RightAligned())
                .AddColumn(new TableColumn("correct").RightAligned()).AddColumn(new TableColumn("accuracy (recall)").RightAligned())
                .AddColumn(new TableColumn("precision").RightAligned());
            foreach (var c in r.Counts)
                table.AddRow(c.Class, $"{c.Anaphoric}", $"{c.Predicted}", $"{c.Correct}", $"{100 * c.Recall:0.00}", $"{100 * c.Precision:0.00}");
            env.Console.Write(table);
            env.Error.WriteLine($"{r.Documents} documents, {r.Mentions:N0} gold mentions resolved in {r.Elapsed.TotalSeconds:0.000} s.");
            return ExitCodes.Success;
        });
        return command;
    }
}
