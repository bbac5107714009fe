using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Events.Evaluation;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval --gold FILE INPUT…</c>: score the event extraction against a gold file (SPEC §8).</summary>
internal static class EvalCommand
{
    public static Command Create(CliEnvironment env)
    {
        var gold = new Option<string>("--gold", "-g") { Description = "The gold JSONL file (SPEC §8).", HelpName = "FILE", Required = true };
        var inputs = new Argument<string[]>("INPUT") { Description = "The articles the gold file refers to (files or folders; ids as in SPEC §1).", Arity = ArgumentArity.OneOrMore };
        var list = new Option<int>("--list") { Description = "Print at most this many false positives/negatives (default 50; JSON has all).", DefaultValueFactory = _ => 50, HelpName = "N" };
        var command = new Command("eval", """
            Run the analysis pipeline on INPUTs and score its events against the gold file: precision, recall and F1 for
            detection (sentence contains the anchor, same base type) and strict coding (+ actors), overall and per type;
            accuracy of modality, mode, date, place and claimant over strict matches; each false positive and negative, and
            each field that differs on a strict match, with its sentence. Nothing is written to the store. Exit code 3 if the gold file or an input has errors.
            """) { gold, inputs, list, CommonOptions.Json };
        command.SetAction(result =>
        {
            string goldPath = result.GetValue(gold)!;
            if (!File.Exists(goldPath))
            {
                env.Error.WriteLine($"parley: gold file '{goldPath}' not found.");
                return ExitCodes.NotFound;
            }
            var goldSet = GoldReader.ReadFile(goldPath);
            var report = new EvalRunner().Run(goldSet, result.GetValue(inputs)!);
            foreach (string p in report.Problems) env.Error.WriteLine(p);
            if (result.GetValue(CommonOptions.Json))
                env.Out.WriteLine(JsonSerializer.Serialize(report, StoreJson.Indented));
            else
                Render(env.Console, report, result.GetValue(list));
            return report.Problems.Any(p => p.Contains(" error PAR", StringComparison.Ordinal)) ? ExitCodes.SomeInputsRejected : ExitCodes.Success;
        });
        return command;
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static void Render(IAnsiConsole console, EvalReport r, int maxItems)
    {
        console.MarkupLine($"[bold]{r.Documents}[/] documents, [bold]{r.GoldEvents}[/] gold events, [bold]{r.SystemEvents}[/] system events");
        var table = new Table().AddColumn("type").AddColumn(new TableColumn("gold").RightAligned()).AddColumn(new TableColumn("system").RightAligned())
            .AddColumn(new TableColumn("det P").RightAligned()).AddColumn(new TableColumn("det R").RightAligned()).AddColumn(new TableColumn("det F1").RightAligned())
            .AddColumn(new TableColumn("strict P").RightAligned()).AddColumn(new TableColumn("strict R").RightAligned()).AddColumn(new TableColumn("strict F1").RightAligned());
        foreach (var t in r.PerType)
            table.AddRow(t.Type, t.Gold.ToString(CultureInfo.InvariantCulture), t.System.ToString(CultureInfo.InvariantCulture), F(t.Detection.Precision), F(t.Detection.Recall), F(t.Detection.F1), F(t.Strict.Precision), F(t.Strict.Recall), F(t.Strict.F1));
        table.AddRow("[bold]all[/]", r.GoldEvents.ToString(CultureInfo.InvariantCulture), r.SystemEvents.ToString(CultureInfo.InvariantCulture),
            $"[bold]{F(r.Detection.Precision)}[/]", $"[bold]{F(r.Detection.Recall)}[/]", $"[bold]{F(r.Detection.F1)}[/]",
            $"[bold]{F(r.Strict.Precision)}[/]", $"[bold]{F(r.Strict.Recall)}[/]", $"[bold]{F(r.Strict.F1)}[/]");
        console.Write(table);
        var fields = new Table().Title("fields over strict matches").AddColumn("field").AddColumn(new TableColumn("correct").RightAligned()).AddColumn(new TableColumn("of").RightAligned()).AddColumn(new TableColumn("accuracy").RightAligned());
        foreach (var f in r.Fields)
            fields.AddRow(f.Field, f.Correct.ToString(CultureInfo.InvariantCulture), f.Total.ToString(CultureInfo.InvariantCulture), f.Total == 0 ? "–" : F(f.Accuracy));
        console.Write(fields);
        void Items(string title, IReadOnlyList<EvalItem> items)
        {
            if (items.Count == 0) return;
            console.MarkupLine($"\n[bold]{title}[/] ({items.Count}{(items.Count > maxItems ? $", first {maxItems}" : "")})");
            foreach (var i in items.Take(maxItems))
            {
                console.MarkupLine($"  [yellow]{Markup.Escape(i.Doc)}[/] {i.Type}/{i.Modality} «{Markup.Escape(i.Text)}» — {Markup.Escape(i.Reason)}");
                if (i.Sentence.Length > 0) console.MarkupLine($"    [dim]{Markup.Escape(i.Sentence)}[/]");
            }
        }
        Items("false negatives", r.FalseNegatives);
        Items("false positives", r.FalsePositives);
        Items("detected, actors wrong", r.ActorMisses);
        if (r.FieldMisses.Count > 0)
        {
            console.MarkupLine($"\n[bold]field misses over strict matches[/] ({r.FieldMisses.Count}{(r.FieldMisses.Count > maxItems ? $", first {maxItems}" : "")})");
            foreach (var m in r.FieldMisses.Take(maxItems))
            {
                string lenient = m.Lenient is true ? " (overlaps)" : "";
                console.MarkupLine($"  [yellow]{Markup.Escape(m.Doc)}[/] {Markup.Escape(m.Id)} {m.Field}: gold {Markup.Escape(m.Gold)} · system {Markup.Escape(m.System ?? "none")}{lenient}");
                if (m.Sentence.Length > 0) console.MarkupLine($"    [dim]{Markup.Escape(m.Sentence)}[/]");
            }
        }
    }
}
