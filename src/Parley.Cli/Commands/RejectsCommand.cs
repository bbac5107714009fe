using System.CommandLine;
using System.Text.Json;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley rejects</c>: the inputs the store refused, with code, file, line and reason.</summary>
internal static class RejectsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var run = new Option<long?>("--run") { Description = "Only this run (the run id printed by ingest --json).", HelpName = "ID" };
        var command = new Command("rejects", "List rejected inputs with their error code, file, line and reason.") { run, CommonOptions.Json };
        command.SetAction(result =>
        {
            using var store = ArticleStore.Open(CommonOptions.DbPath(result));
            var rows = store.ListRejects(result.GetValue(run));
            if (result.GetValue(CommonOptions.Json))
            {
                env.Out.WriteLine(JsonSerializer.Serialize(rows, StoreJson.Indented));
                return ExitCodes.Success;
            }
            if (rows.Count == 0)
            {
                env.Error.WriteLine("No rejected inputs.");
                return ExitCodes.Success;
            }
            var table = new Table().AddColumn("code").AddColumn("input").AddColumn("reason").AddColumn("run");
            foreach (var r in rows)
                table.AddRow(r.Code, Markup.Escape(r.Line is { } l ? $"{r.Origin}:{l}" : r.Origin), Markup.Escape(r.Message), r.RunId?.ToString() ?? "");
            env.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
