using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Events;

namespace Parley.Store;

// Events: one row per event (record as JSON plus the columns filters need) and one row per actor (schema migration 2).
public sealed partial class ArticleStore
{
    /// <summary>Replaces the stored events of an article (in one transaction). The article must be stored.</summary>
    public void ReplaceEvents(string articleId, IReadOnlyList<EventRecord> events)
    {
        using var tx = BeginImmediate();
        using (var del = _connection.CreateCommand())
        {
            del.Transaction = tx;
            del.CommandText = "DELETE FROM events WHERE article_id = $a";
            del.Parameters.AddWithValue("$a", articleId);
            del.ExecuteNonQuery();
        }
        InsertEvents(tx, articleId, events);
        tx.Commit();
    }

    private void InsertEvents(SqliteTransaction tx, string articleId, IReadOnlyList<EventRecord> events)
    {
        foreach (var evt in events)
        {
            using var cmd = _connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO events(id, article_id, ordinal, type, modality, date, data_json, mode, cameo, place)
                VALUES ($id, $a, $o, $t, $m, $d, $j, $mode, $cameo, $place)
                """;
            cmd.Parameters.AddWithValue("$id", evt.Id);
            cmd.Parameters.AddWithValue("$a", articleId);
            cmd.Parameters.AddWithValue("$o", evt.Ordinal);
            cmd.Parameters.AddWithValue("$t", PloverCodebook.Name(evt.Type));
            cmd.Parameters.AddWithValue("$m", PloverCodebook.Name(evt.Modality));
            cmd.Parameters.AddWithValue("$d", (object?)evt.Date?.Value ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$j", JsonSerializer.Serialize(evt, StoreJson.Options));
            cmd.Parameters.AddWithValue("$mode", (object?)evt.Mode ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$cameo", (object?)evt.Cameo ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$place", (object?)(evt.Place is { } p ? p.Name is null || p.Name == p.Text ? p.Text : $"{p.Text} | {p.Name}" : null) ?? DBNull.Value);
            cmd.ExecuteNonQuery();
            InsertActors(tx, evt.Id, "actor", evt.Actors);
            InsertActors(tx, evt.Id, "recipient", evt.Recipients);
            if (evt.Claimant is { } c) InsertActors(tx, evt.Id, "claimant", [c]);
        }
    }

    private void InsertActors(SqliteTransaction tx, string eventId, string role, IReadOnlyList<ActorRef> actors)
    {
        for (int i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            using var cmd = _connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO event_actors(event_id, role, position, text, name, country, sector) VALUES ($e, $r, $p, $t, $n, $c, $s)";
            cmd.Parameters.AddWithValue("$e", eventId);
            cmd.Parameters.AddWithValue("$r", role);
            cmd.Parameters.AddWithValue("$p", i);
            cmd.Parameters.AddWithValue("$t", a.Text);
            cmd.Parameters.AddWithValue("$n", (object?)a.Name ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$c", (object?)a.Country ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$s", (object?)a.Sector ?? DBNull.Value);
            cmd.ExecuteNonQuery();
        }
    }

    public int CountEvents() => Convert.ToInt32(Scalar(_connection, "SELECT count(*) FROM events"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One event by id, or null.</summary>
    public EventRecord? GetEvent(string id)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT data_json FROM events WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() is string json ? JsonSerializer.Deserialize<EventRecord>(json, StoreJson.Options) : null;
    }

    /// <summary>Events matching <paramref name="query"/>, by date (undated last), then article and ordinal.</summary>
    public IReadOnlyList<EventRecord> ListEvents(EventQuery query)
    {
        using var cmd = _connection.CreateCommand();
        var where = new List<string>();
        const string participant = "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.role <> 'claimant' AND (x.name LIKE {0} OR x.text LIKE {0} OR x.country = upper({1})))";
        if (query.Actor is not null)
        {
            where.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, participant, "$actorLike", "$actor"));
            cmd.Parameters.AddWithValue("$actorLike", $"%{query.Actor}%");
            cmd.Parameters.AddWithValue("$actor", query.Actor);
        }
        if (query.Pair is { } pair)
        {
            where.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, participant, "$pairALike", "$pairA"));
            where.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, participant, "$pairBLike", "$pairB"));
            cmd.Parameters.AddWithValue("$pairALike", $"%{pair.A}%");
            cmd.Parameters.AddWithValue("$pairA", pair.A);
            cmd.Parameters.AddWithValue("$pairBLike", $"%{pair.B}%");
            cmd.Parameters.AddWithValue("$pairB", pair.B);
        }
        if (query.Type is { } type)
        {
            where.Add("e.type = $type");
            cmd.Parameters.AddWithValue("$type", PloverCodebook.Name(type));
        }
        if (query.Modality is { } modality)
        {
            where.Add("e.modality = $modality");
            cmd.Parameters.AddWithValue("$modality", PloverCodebook.Name(modality));
        }
        const string start = "(CASE WHEN instr(e.date, '/') > 0 THEN substr(e.date, 1, instr(e.date, '/') - 1) ELSE e.date END)";
        const string end = "substr(e.date, instr(e.date, '/') + 1)";
        if (query.Since is not null)
        {
            // Compare at the coarser of the two granularities: a 2012 event counts for --since 2012-02.
            where.Add($"e.date IS NOT NULL AND {end} >= substr($since, 1, length({end}))");
            cmd.Parameters.AddWithValue("$since", query.Since);
        }
        if (query.Until is not null)
        {
            where.Add($"e.date IS NOT NULL AND substr({start}, 1, length($until)) <= $until");
            cmd.Parameters.AddWithValue("$until", query.Until);
        }
        if (query.Place is not null)
        {
            where.Add("e.place LIKE $place");
            cmd.Parameters.AddWithValue("$place", $"%{query.Place}%");
        }
        if (query.ArticleId is not null)
        {
            where.Add("e.article_id = $article");
            cmd.Parameters.AddWithValue("$article", query.ArticleId);
        }
        cmd.CommandText = $"""
            SELECT e.data_json FROM events e
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY e.date IS NULL, {start}, e.article_id, e.ordinal LIMIT $limit OFFSET $offset
            """;
        cmd.Parameters.AddWithValue("$limit", query.Limit);
        cmd.Parameters.AddWithValue("$offset", query.Offset);
        var rows = new List<EventRecord>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) rows.Add(JsonSerializer.Deserialize<EventRecord>(r.GetString(0), StoreJson.Options)!);
        return rows;
    }
}
