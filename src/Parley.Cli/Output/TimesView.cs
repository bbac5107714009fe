using Parley.Dates;
using Parley.Time;
using Spectre.Console;

namespace Parley.Cli.Output;

/// <summary>How <c>parley show --times</c> prints the time layer: a table, and a snake_case JSON array.</summary>
internal static class TimesView
{
    public static object Json(TimeExpressionLayer layer) => layer.Items.Select(t => new
    {
        start = t.Span.Start,
        end = t.Span.End,
        text = t.Text,
        type = t.Type.ToString().ToUpperInvariant(),
        value = t.Value,
        granularity = t.Granularity.ToString().ToLowerInvariant(),
        mod = t.Mod,
        anchor_relative = t.AnchorRelative,
        range_start = t.RangeStart,
        range_end = t.RangeEnd,
        signal = t.Signal,
        tense = t.Tense.ToString().ToLowerInvariant(),
        rule = t.Rule,
        reason = t.Reason,
    });

    public static void Render(IAnsiConsole console, ReferenceDate reference, TimeExpressionLayer layer)
    {
        console.WriteLine();
        var table = new Table().Title($"time expressions (against {reference.Iso ?? "an unknown reference date"})")
            .AddColumn("span").AddColumn("text").AddColumn("type").AddColumn("value").AddColumn("how resolved");
        foreach (var t in layer.Items)
        {
            var how = new List<string>();
            if (t.AnchorRelative) how.Add("from the reference date" + (t.Tense != TenseDirection.Unknown ? $", {t.Tense.ToString().ToLowerInvariant()} tense" : ""));
            else how.Add("as written");
            if (t.Mod is not null) how.Add("mod " + t.Mod);
            if (t.RangeStart is not null || t.RangeEnd is not null) how.Add($"range {t.RangeStart ?? "…"} to {t.RangeEnd ?? "…"}" + (t.Signal is null ? "" : $" ({t.Signal})"));
            if (t.Reason is not null) how.Add("unresolved: " + t.Reason);
            how.Add("rule " + t.Rule);
            table.AddRow(Markup.Escape(t.Span.ToString()), Markup.Escape(t.Text), t.Type.ToString().ToUpperInvariant(), Markup.Escape(t.Value), Markup.Escape(string.Join("; ", how)));
        }
        if (layer.Items.Count == 0) console.MarkupLine("[dim]no time expressions[/]");
        else console.Write(table);
    }
}
