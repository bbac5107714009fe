using System.CommandLine;
using Parley.Events.Export;
using Parley.Store;

namespace Parley.Cli.Commands;

/// <summary><c>parley export</c>: stored events as PLOVER JSONL, Parley JSONL, ICEWS-style or GDELT-style TSV.</summary>
internal static class ExportCommand
{
    public static Command Create(CliEnvironment env)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "plover (PLOVER JSONL, one category per record), parley (JSONL, whole records), icews or gdelt (TSV with CAMEO codes).",
            HelpName = "FORMAT",
            Required = true,
        };
        format.AcceptOnlyFromAmong("plover", "parley", "icews", "gdelt");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var all = new Option<bool>("--all-modalities") { Description = "Also export attempted, hypothetical and negated events (PLOVER, ICEWS, GDELT leave them out)." };
        var command = new Command("export", """
            Export every stored event. PLOVER: future, intended or possible cooperation (CONSULT, SUPPORT, COOPERATE, AID)
            becomes AGREE, a future RETREAT becomes CONCEDE, the auxiliary mode goes into 'context' (manual §2.3).
            """) { format, output, all };
        command.SetAction(result =>
        {
            using var store = ArticleStore.Open(CommonOptions.DbPath(result));
            var fmt = Enum.Parse<ExportFormat>(result.GetValue(format)!, ignoreCase: true);
            var events = store.ListEvents(new EventQuery { Limit = int.MaxValue });
            var sources = new Dictionary<string, ExportSource?>();
            ExportSource? SourceOf(string docId)
            {
                if (!sources.TryGetValue(docId, out var s))
                {
                    var a = store.GetArticle(docId);
                    sources[docId] = s = a is null ? null : new ExportSource(a.Text, a.Metadata.Url, a.Metadata.Publisher, a.Metadata.Title);
                }
                return s;
            }
            string? path = result.GetValue(output);
            int n;
            if (path is null)
            {
                n = EventExporter.Write(events, fmt, env.Out, SourceOf, result.GetValue(all));
            }
            else
            {
                using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
                n = EventExporter.Write(events, fmt, writer, SourceOf, result.GetValue(all));
            }
            env.Error.WriteLine($"{n} record(s) of {events.Count} stored event(s) exported as {fmt.ToString().ToLowerInvariant()}{(path is null ? "" : " to " + path)}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
