using System.CommandLine;
using System.Text.Json;
using Parley.Documents;
using Parley.Errors;
using Parley.Events;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley explain ID</c>: one event, its fields, and the sentence with the words behind each field highlighted.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("ID") { Description = "The event id (as listed by 'parley events': DOC#N)." };
        var command = new Command("explain", """
            One event: type, mode, modality, actors, date, place, occasion, claimant, CAMEO code, and the article sentence
            with the trigger in bold and every field's words underlined. Exit code 4 if the id is unknown.
            """) { id, CommonOptions.Json };
        command.SetAction(result =>
        {
            using var store = ArticleStore.Open(CommonOptions.DbPath(result));
            string eventId = result.GetValue(id)!;
            var evt = store.GetEvent(eventId);
            if (evt is null)
            {
                env.Error.WriteLine($"parley: {Problems.EventNotFound(eventId)}");
                return ExitCodes.NotFound;
            }
            string text = store.GetArticle(evt.DocumentId)?.Text ?? "";
            string sentence = Within(evt.Evidence.Sentence, text) ? evt.Evidence.Sentence.TextOf(text) : "";
            if (result.GetValue(CommonOptions.Json))
            {
                var fields = evt.Evidence.Fields.ToDictionary(f => f.Key, f => Within(f.Value, text) ? f.Value.TextOf(text) : null);
                env.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    Event = evt,
                    Sentence = sentence,
                    Trigger = Within(evt.Evidence.Trigger, text) ? evt.Evidence.Trigger.TextOf(text) : null,
                    Evidence = fields,
                }, StoreJson.Indented));
                return ExitCodes.Success;
            }
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            void Row(string key, string? value) { if (!string.IsNullOrEmpty(value)) grid.AddRow(new Markup($"[bold]{key}[/]"), new Text(value)); }
            Row("id", evt.Id);
            Row("type", PloverCodebook.Name(evt.Type) + (evt.Mode is null ? "" : " / " + evt.Mode));
            Row("modality", PloverCodebook.Name(evt.Modality));
            Row("who → whom", EventsCommand.Participants(evt));
            Row("date", evt.Date is { } d ? $"{d.Value} ({d.Resolution.ToString().ToLowerInvariant()})" : null);
            Row("place", evt.Place is { } p ? p.Text + (p.GeoNamesId is { } g ? $" (GeoNames {g}, {p.Country})" : "") : null);
            Row("occasion", evt.Occasion);
            Row("claimant", evt.Claimant?.Display);
            Row("contexts", string.Join(", ", evt.Contexts.Concat(evt.Topics)));
            Row("cameo", evt.Cameo);
            Row("confidence", evt.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            env.Console.Write(grid);
            env.Console.WriteLine();
            env.Console.MarkupLine(Highlight(evt, text));
            // Fields taken from elsewhere in the article (participants the discourse established, a gathering's date).
            foreach (var (field, where, said) in Elsewhere(evt, text))
                env.Console.MarkupLine($"[dim]{Markup.Escape($"{field} from elsewhere in the article, {where}:")}[/] {Markup.Escape(said)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool Within(Span span, string text) => span.End <= text.Length;

    /// <summary>Evidence fields outside the event's sentence: name, span and text.</summary>
    internal static IEnumerable<(string Field, string Where, string Text)> Elsewhere(EventRecord evt, string text)
    {
        var sentence = evt.Evidence.Sentence;
        foreach (var (field, span) in evt.Evidence.Fields.OrderBy(f => f.Value.Start))
        {
            if (sentence.Contains(span) || !Within(span, text)) continue;
            yield return (field, $"[{span.Start},{span.End})", span.TextOf(text));
        }
    }

    /// <summary>The evidence sentence as Spectre markup: the trigger bold yellow, other field spans underlined.</summary>
    internal static string Highlight(EventRecord evt, string text)
    {
        var sentence = evt.Evidence.Sentence;
        if (!Within(sentence, text)) return "[dim](the article text is not stored)[/]";
        var style = new string?[sentence.Length];
        foreach (var f in evt.Evidence.Fields.Values)
        {
            for (int i = Math.Max(f.Start, sentence.Start); i < Math.Min(f.End, sentence.End); i++)
                style[i - sentence.Start] = "underline";
        }
        for (int i = Math.Max(evt.Evidence.Trigger.Start, sentence.Start); i < Math.Min(evt.Evidence.Trigger.End, sentence.End); i++)
            style[i - sentence.Start] = "bold yellow";
        var sb = new System.Text.StringBuilder();
        int pos = 0;
        while (pos < style.Length)
        {
            int end = pos;
            while (end < style.Length && style[end] == style[pos]) end++;
            string piece = Markup.Escape(text.Substring(sentence.Start + pos, end - pos));
            sb.Append(style[pos] is { } s ? $"[{s}]{piece}[/]" : piece);
            pos = end;
        }
        return sb.ToString();
    }
}
