using System.CommandLine;
using System.Text.Json;
using Parley.Cli.Output;
using Parley.Documents;
using Parley.Errors;
using Parley.Pipeline;
using Parley.Store;
using Parley.Time;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley show ID</c>: one stored article with its metadata, reference date and evidence, and flagged boilerplate.</summary>
internal static class ShowCommand
{
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("ID") { Description = "The document id (as listed by 'parley articles')." };
        var text = new Option<bool>("--text") { Description = "Also print the article text, boilerplate struck through." };
        var entities = new Option<bool>("--entities") { Description = "Also list actor and place mentions with their resolution and evidence." };
        var times = new Option<bool>("--times")
        {
            Description = "Also list the time expressions with their spans and TIMEX3 values (recomputed from the stored text and reference date; in --json as 'times').",
        };
        var layers = new Option<bool>("--layers") { Description = "Also print sentences, tokens, lemmas, tags and dependency trees (recomputed; in --json as 'sentences')." };
        var command = new Command("show", """
            One article: metadata, its reference date with the words that fixed it, the header parts found
            (title, dateline, timestamp, byline) and the lines flagged as boilerplate. Exit code 4 if the id is unknown.
            --entities adds actors and places; --times adds time expressions with TIMEX3 values and how each was resolved;
            --layers adds sentences, tokens, tags and trees. In --json these are extra top-level fields.
            """) { id, text, entities, times, layers, CommonOptions.Json };
        command.SetAction(result =>
        {
            using var store = ArticleStore.Open(CommonOptions.DbPath(result));
            string docId = result.GetValue(id)!;
            var article = store.GetArticle(docId);
            if (article is null)
            {
                env.Error.WriteLine($"parley: {Problems.ArticleNotFound(docId)}");
                return ExitCodes.NotFound;
            }
            bool withEntities = result.GetValue(entities);
            // Analysis layers are recomputed from the stored text with the catalogue's own stages, as `parley run` made them.
            bool withTimes = result.GetValue(times), withLayers = result.GetValue(layers);
            Document? analysed = null;
            if (withTimes || withLayers)
            {
                analysed = article.ToDocument();
                StageCatalog.BuildForStored(withTimes ? "times" : "parser").Process(analysed);
            }
            var timeLayer = withTimes ? analysed!.Get(Layers.Times) : null;
            if (result.GetValue(CommonOptions.Json))
            {
                var json = JsonSerializer.SerializeToNode(ArticleView.Json(article), StoreJson.Options)!.AsObject();
                if (withEntities)
                {
                    foreach (var (key, value) in JsonSerializer.SerializeToNode(EntityView.Json(article), StoreJson.Options)!.AsObject().ToList())
                        json[key] = value?.DeepClone();
                }
                if (timeLayer is not null) json["times"] = JsonSerializer.SerializeToNode(TimesView.Json(timeLayer), StoreJson.Options);
                if (withLayers) json["sentences"] = JsonSerializer.SerializeToNode(LayersView.Json(analysed!), StoreJson.Options);
                env.Out.WriteLine(json.ToJsonString(StoreJson.Indented));
                return ExitCodes.Success;
            }
            Render(env.Console, article, result.GetValue(text));
            if (withEntities) EntityView.Render(env.Console, article);
            if (timeLayer is not null) TimesView.Render(env.Console, article.ReferenceDate, timeLayer);
            if (withLayers) LayersView.Render(env.Console, analysed!);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, StoredArticle a, bool withText)
    {
        var h = a.Header;
        var r = a.ReferenceDate;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string key, string? value) { if (!string.IsNullOrEmpty(value)) grid.AddRow(new Markup($"[bold]{key}[/]"), new Text(value)); }
        Row("id", a.Id);
        Row("title", a.Metadata.Title ?? ArticleView.SpanText(a, h.Title));
        Row("reference date", $"{r.Iso ?? "unknown"} ({r.Granularity.ToString().ToLowerInvariant()}, from {r.Source.ToString().ToLowerInvariant()})"
            + (r.Value.Year is null && (r.YearMin is not null || r.YearMax is not null) ? $"; year between {r.YearMin?.ToString() ?? "?"} and {r.YearMax?.ToString() ?? "?"}" : "")
            + (r.CandidateYears.Count > 0 ? $"; candidate years {string.Join(", ", r.CandidateYears)}" : ""));
        Row("published", a.Metadata.Published?.ToString("yyyy-MM-dd HH:mm zzz"));
        Row("publisher", a.Metadata.Publisher);
        Row("url", a.Metadata.Url);
        Row("byline", a.Metadata.Byline ?? ArticleView.SpanText(a, h.Byline));
        Row("dateline", ArticleView.SpanText(a, h.Dateline?.Span));
        Row("timestamp", ArticleView.SpanText(a, h.Timestamp?.Span));
        Row("source", $"{a.Origin} ({a.Format.ToString().ToLowerInvariant()}{(a.Encoding is null ? "" : ", " + a.Encoding)})");
        Row("size", $"{a.Text.Length:N0} characters");
        console.Write(grid);

        if (r.Evidence.Count > 0)
        {
            console.WriteLine();
            var table = new Table().Title("reference date evidence").AddColumn("kind").AddColumn("text").AddColumn("where").AddColumn("what it says");
            foreach (var e in r.Evidence)
                table.AddRow(Markup.Escape(e.Kind), Markup.Escape(e.Text), Markup.Escape(e.Span?.ToString() ?? ""), Markup.Escape(e.Explanation));
            console.Write(table);
        }
        if (h.Boilerplate.Count > 0)
        {
            console.WriteLine();
            var table = new Table().Title("flagged boilerplate (kept in the source, not analysed)").AddColumn("span").AddColumn("line").AddColumn("why");
            foreach (var b in h.Boilerplate)
                table.AddRow(Markup.Escape(b.Span.ToString()), Markup.Escape(b.Span.TextOf(a.Text)), Markup.Escape(b.Reason));
            console.Write(table);
        }
        foreach (var p in a.Problems)
            console.MarkupLine($"[yellow]warning {Markup.Escape(p.Code)}[/]: {Markup.Escape(p.Message)}");
        if (withText)
        {
            console.WriteLine();
            int pos = 0;
            foreach (var b in h.Boilerplate.OrderBy(b => b.Span.Start))
            {
                console.Write(new Text(a.Text[pos..b.Span.Start]));
                console.Write(new Text(b.Span.TextOf(a.Text), new Style(decoration: Decoration.Strikethrough | Decoration.Dim)));
                pos = b.Span.End;
            }
            console.WriteLine(a.Text[pos..]);
        }
    }
}
