using System.CommandLine;
using System.Text.Json;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley articles</c>: list, filter and full-text search stored articles.</summary>
internal static class ArticlesCommand
{
    public static Command Create(CliEnvironment env)
    {
        var search = new Option<string?>("--search", "-s")
        {
            Description = "Full-text query (SQLite FTS5): words, \"a phrase\", prefix*, AND/OR/NOT, NEAR(a b).",
            HelpName = "QUERY",
        };
        var since = new Option<string?>("--since") { Description = "Reference date on or after (2012, 2012-02 or 2012-02-03).", HelpName = "DATE" };
        var until = new Option<string?>("--until") { Description = "Reference date on or before (2012, 2012-02 or 2012-02-03).", HelpName = "DATE" };
        var publisher = new Option<string?>("--publisher") { Description = "Only this publisher (case-insensitive).", HelpName = "NAME" };
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many rows.", DefaultValueFactory = _ => 100, HelpName = "N" };
        var offset = new Option<int>("--offset") { Description = "Skip this many rows first (paging).", HelpName = "N" };
        foreach (var dateOption in new[] { since, until })
        {
            dateOption.Validators.Add(r =>
            {
                string? v = r.GetValueOrDefault<string?>();
                if (v is not null && !System.Text.RegularExpressions.Regex.IsMatch(v, @"^\d{4}(-\d{2}(-\d{2})?)?$"))
                    r.AddError($"{r.Option.Name} '{v}' is not an ISO date or prefix (2012, 2012-02, 2012-02-03).");
            });
        }
        var command = new Command("articles", """
            List stored articles, oldest reference date first; with --search, best matches first with a snippet.
            Articles without a known year (XXXX-02-26, unknown) sort last and are left out by --since/--until.
            """) { search, since, until, publisher, limit, offset, CommonOptions.Json };
        command.SetAction(result =>
        {
            using var store = ArticleStore.Open(CommonOptions.DbPath(result));
            var rows = store.ListArticles(new ArticleQuery
            {
                Search = result.GetValue(search), Since = result.GetValue(since), Until = result.GetValue(until),
                Publisher = result.GetValue(publisher), Limit = result.GetValue(limit), Offset = result.GetValue(offset),
            });
            if (result.GetValue(CommonOptions.Json))
            {
                env.Out.WriteLine(JsonSerializer.Serialize(rows, StoreJson.Indented));
                return ExitCodes.Success;
            }
            if (rows.Count == 0)
            {
                env.Error.WriteLine(store.CountArticles() == 0
                    ? $"The store {store.Path} has no articles yet: try 'parley ingest PATH'."
                    : "No article matches.");
                return ExitCodes.Success;
            }
            var table = new Table().AddColumn(new TableColumn("id").NoWrap()).AddColumn(new TableColumn("reference date").NoWrap()).AddColumn("title").AddColumn(new TableColumn("chars").RightAligned());
            bool snippets = rows.Any(r => r.Snippet is not null);
            if (snippets) table.AddColumn("match");
            foreach (var r in rows)
            {
                var cells = new List<string> { Markup.Escape(r.Id), Markup.Escape(r.ReferenceDate ?? "unknown"), Markup.Escape(r.Title ?? ""), r.Chars.ToString("N0") };
                if (snippets) cells.Add(Markup.Escape(r.Snippet ?? ""));
                table.AddRow(cells.ToArray());
            }
            env.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
