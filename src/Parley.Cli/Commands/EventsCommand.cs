using System.CommandLine;
using System.Text.Json;
using Parley.Events;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley events</c>: list stored events with filters.</summary>
internal static class EventsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var actor = new Option<string?>("--actor") { Description = "A participant whose name or text contains this, or whose country code is this (RUS).", HelpName = "NAME" };
        var pair = new Option<string?>("--pair") { Description = "Two participants, comma-separated (Lavrov,Clinton or RUS,USA), in any roles.", HelpName = "A,B" };
        var type = EventOptions.Type();
        var modality = EventOptions.Modality();
        var since = new Option<string?>("--since") { Description = "Event date on or after (2012, 2012-02, 2012-02-03); undated events are left out.", HelpName = "DATE" };
        var until = new Option<string?>("--until") { Description = "Event date on or before; undated events are left out.", HelpName = "DATE" };
        var place = new Option<string?>("--place") { Description = "Place as written or resolved contains this.", HelpName = "NAME" };
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many rows.", DefaultValueFactory = _ => 100, HelpName = "N" };
        pair.Validators.Add(r =>
        {
            string? v = r.GetValueOrDefault<string?>();
            if (v is not null && v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length != 2)
                r.AddError($"--pair '{v}' must be two names separated by a comma.");
        });
        var command = new Command("events", """
            List stored events, by event date (undated last): date, type/mode, modality, who → whom, where, who says so,
            CAMEO code. 'parley explain ID' shows one event with its evidence.
            """) { actor, pair, type, modality, since, until, place, limit, CommonOptions.Json };
        command.SetAction(result =>
        {
            using var store = ArticleStore.Open(CommonOptions.DbPath(result));
            string[]? p = result.GetValue(pair)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var rows = store.ListEvents(new EventQuery
            {
                Actor = result.GetValue(actor), Pair = p is null ? null : (p[0], p[1]),
                Type = EventOptions.ParseType(result.GetValue(type)), Modality = EventOptions.ParseModality(result.GetValue(modality)),
                Since = result.GetValue(since), Until = result.GetValue(until), Place = result.GetValue(place), Limit = result.GetValue(limit),
            });
            if (result.GetValue(CommonOptions.Json))
            {
                env.Out.WriteLine(JsonSerializer.Serialize(rows, StoreJson.Indented));
                return ExitCodes.Success;
            }
            if (rows.Count == 0)
            {
                env.Error.WriteLine(store.CountEvents() == 0
                    ? $"The store {store.Path} has no events yet: 'parley run PATH' analyses articles and stores their events ('parley ingest' stores articles only)."
                    : "No event matches.");
                return ExitCodes.Success;
            }
            var table = new Table().AddColumn(new TableColumn("id").NoWrap()).AddColumn(new TableColumn("date").NoWrap()).AddColumn("type")
                .AddColumn("modality").AddColumn("who → whom").AddColumn("where").AddColumn("says who").AddColumn("cameo");
            foreach (var e in rows)
            {
                table.AddRow(Markup.Escape(e.Id), e.Date?.Value ?? "", PloverCodebook.Name(e.Type) + (e.Mode is null ? "" : "/" + e.Mode),
                    PloverCodebook.Name(e.Modality), Markup.Escape(Participants(e)), Markup.Escape(e.Place?.Text ?? ""),
                    Markup.Escape(e.Claimant?.Display ?? ""), e.Cameo ?? "");
            }
            env.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    public static string Participants(EventRecord e)
    {
        string actors = string.Join(", ", e.Actors.Select(a => a.Display));
        return e.Recipients.Count == 0 ? actors : $"{actors} → {string.Join(", ", e.Recipients.Select(a => a.Display))}";
    }
}
