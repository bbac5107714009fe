using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Events.Evaluation;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval-plover FILE</c>: event type and source/target country scores on PLOVER gold-standard records.</summary>
internal static class EvalPloverCommand
{
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("FILE") { Description = "A PLOVER gold-standard JSON array (e.g. ../shared/data/plover/PLOVER_GSR_dev.json)." };
        var misses = new Option<bool>("--misses") { Description = "Also list each record typed wrong or not found: gold type, predicted types, text (always in --json)." };
        var command = new Command("eval-plover", """
            Analyse each PLOVER gold-standard record's text and score the events found: event type (recall: some event of
            the gold type; accuracy: the most confident event's type) and source/target countries. v0.5b1 categories are
            mapped to v2.0 (DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT).
            --misses lists the records typed wrong or not found, with the types predicted (most confident first).
            """) { file, misses, CommonOptions.Json };
        command.SetAction(result =>
        {
            string path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                env.Error.WriteLine($"parley: '{path}' not found.");
                return ExitCodes.NotFound;
            }
            PloverEvalReport report;
            try
            {
                report = new PloverEvalRunner().Run(path);
            }
            catch (JsonException ex)
            {
                env.Error.WriteLine($"parley: {path}: not JSON ({ex.Message}).");
                return ExitCodes.SomeInputsRejected;
            }
            foreach (string p in report.Problems) env.Error.WriteLine(p);
            if (result.GetValue(CommonOptions.Json))
            {
                env.Out.WriteLine(JsonSerializer.Serialize(report, StoreJson.Indented));
            }
            else
            {
                static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
                env.Console.MarkupLine($"[bold]{report.Records}[/] records, {report.WithPrediction} with a prediction");
                var t = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
                t.AddRow("type recall", F(report.TypeRecall));
                t.AddRow("type accuracy (predicted)", F(report.TypeAccuracy));
                t.AddRow($"source country accuracy ({report.SourceCountry.Correct}/{report.SourceCountry.Total})", F(report.SourceCountry.Accuracy));
                t.AddRow("source country recall", F(report.SourceCountryRecall));
                t.AddRow($"target country accuracy ({report.TargetCountry.Correct}/{report.TargetCountry.Total})", F(report.TargetCountry.Accuracy));
                t.AddRow("target country recall", F(report.TargetCountryRecall));
                env.Console.Write(t);
                var types = new Table().AddColumn("gold type").AddColumn(new TableColumn("records").RightAligned()).AddColumn(new TableColumn("found").RightAligned());
                foreach (var pt in report.PerType) types.AddRow(pt.Field, pt.Total.ToString(CultureInfo.InvariantCulture), pt.Correct.ToString(CultureInfo.InvariantCulture));
                env.Console.Write(types);
                if (result.GetValue(misses))
                {
                    env.Console.MarkupLine($"[bold]{report.Misses.Count}[/] records typed wrong or not found");
                    foreach (var m in report.Misses)
                    {
                        string predicted = m.Predicted.Count == 0 ? "nothing" : string.Join(", ", m.Predicted);
                        env.Out.WriteLine($"  {m.Id} gold {m.GoldType} ({string.Join("/", m.GoldSource)} → {string.Join("/", m.GoldTarget)}) · system {predicted}");
                        env.Out.WriteLine($"    {m.Text}");
                    }
                }
            }
            return report.Problems.Count > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Success;
        });
        return command;
    }
}
