using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Articles;
using Parley.Dates;
using Parley.Documents;
using Parley.Errors;
using Parley.Infrastructure;

namespace Parley.Store;

/// <summary>
/// The embedded SQLite store: articles with metadata and ingestion layers, rejected inputs, runs, and room
/// for analysis layers and events. Writes go in batches, each one transaction (<c>BEGIN IMMEDIATE</c>),
/// so a killed run loses at most its open batch and a rerun resumes by content hash. WAL mode and a busy
/// timeout let several processes share one file. One instance is used by one thread at a time.
/// </summary>
public sealed partial class ArticleStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly IClock _clock;

    private ArticleStore(string path, SqliteConnection connection, IClock clock)
    {
        Path = path;
        _connection = connection;
        _clock = clock;
    }

    public string Path { get; }

    /// <summary>
    /// The default store location: <c>$PARLEY_DB</c>, else <c>parley.db</c> under the user's data folder
    /// (<c>$XDG_DATA_HOME/parley</c> or <c>~/.local/share/parley</c>).
    /// </summary>
    public static string DefaultPath
    {
        get
        {
            string? env = Environment.GetEnvironmentVariable("PARLEY_DB");
            if (!string.IsNullOrEmpty(env)) return env;
            string? xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            string baseDir = !string.IsNullOrEmpty(xdg)
                ? xdg
                : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            return System.IO.Path.Combine(baseDir, "parley", "parley.db");
        }
    }

    /// <summary>Opens (creating if needed) and migrates the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The file is not a Parley store, is damaged, or is newer than this build.</exception>
    public static ArticleStore Open(string path, IClock? clock = null)
    {
        string full = System.IO.Path.GetFullPath(path);
        string? dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString());
        try
        {
            connection.Open();
            Exec(connection, "PRAGMA busy_timeout = 60000");
            Exec(connection, "PRAGMA journal_mode = WAL");
            Exec(connection, "PRAGMA synchronous = NORMAL");
            Exec(connection, "PRAGMA foreign_keys = ON");
            Exec(connection, "PRAGMA cache_size = -65536");
            Exec(connection, "PRAGMA temp_store = MEMORY");
            Migrate(connection, full);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException(Problems.StoreCorrupt(full, ex.Message), ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new ArticleStore(full, connection, clock ?? SystemClock.Instance);
    }

    public int SchemaVersion => Convert.ToInt32(Scalar(_connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);

    private static void Migrate(SqliteConnection connection, string path)
    {
        int version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (version > StoreSchema.LatestVersion)
            throw new StoreException(Problems.StoreNewerSchema(path, version, StoreSchema.LatestVersion));
        if (version == StoreSchema.LatestVersion) return;

        // Take the write lock first, then re-read: another process may have migrated meanwhile.
        Exec(connection, "BEGIN IMMEDIATE");
        try
        {
            version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
            for (int v = version; v < StoreSchema.LatestVersion; v++)
            {
                foreach (string sql in StoreSchema.Migrations[v])
                    Exec(connection, sql);
                Exec(connection, $"PRAGMA user_version = {v + 1}");
            }
            Exec(connection, "COMMIT");
        }
        catch
        {
            Exec(connection, "ROLLBACK");
            throw;
        }
    }

    // ---- runs ----

    public long BeginRun(string command, IEnumerable<string> inputs)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "INSERT INTO runs(command, inputs, started_at) VALUES ($c, $i, $t) RETURNING id";
        cmd.Parameters.AddWithValue("$c", command);
        cmd.Parameters.AddWithValue("$i", JsonSerializer.Serialize(inputs.ToArray()));
        cmd.Parameters.AddWithValue("$t", Now());
        return (long)cmd.ExecuteScalar()!;
    }

    public void FinishRun(long runId, string status, int articlesNew, int articlesUpdated, int articlesUnchanged, int rejected)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            UPDATE runs SET finished_at = $t, status = $s, articles_new = $n, articles_updated = $u,
                            articles_unchanged = $k, rejected = $r WHERE id = $id
            """;
        cmd.Parameters.AddWithValue("$t", Now());
        cmd.Parameters.AddWithValue("$s", status);
        cmd.Parameters.AddWithValue("$n", articlesNew);
        cmd.Parameters.AddWithValue("$u", articlesUpdated);
        cmd.Parameters.AddWithValue("$k", articlesUnchanged);
        cmd.Parameters.AddWithValue("$r", rejected);
        cmd.Parameters.AddWithValue("$id", runId);
        cmd.ExecuteNonQuery();
    }

    // ---- writes ----

    /// <summary>The stored content hash of an article, or null when the id is not stored.</summary>
    public string? GetContentHash(string id)
    {
        var cmd = Prepared(ref _selectHash, "SELECT content_hash FROM articles WHERE id = $id");
        cmd.Transaction = _batch; // inside WriteBatch the read must join its transaction
        Set(cmd, "$id", id);
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>
    /// Writes analysed documents and rejected inputs in one transaction. A document whose id is stored with the same
    /// content hash is left alone; with another hash it replaces the stored version (its layers and events go with it).
    /// </summary>
    public IReadOnlyList<WriteOutcome> WriteBatch(long? runId, IReadOnlyList<(Document Doc, string Hash, IReadOnlyList<Problem> Warnings)> documents, IReadOnlyList<Problem> rejects)
    {
        var outcomes = new WriteOutcome[documents.Count];
        using var tx = BeginImmediate();
        _batch = tx;
        try
        {
            WriteRows(tx, runId, documents, rejects, outcomes);
            tx.Commit();
        }
        finally
        {
            _batch = null;
        }
        return outcomes;
    }

    private void WriteRows(SqliteTransaction tx, long? runId, IReadOnlyList<(Document Doc, string Hash, IReadOnlyList<Problem> Warnings)> documents,
        IReadOnlyList<Problem> rejects, WriteOutcome[] outcomes)
    {
        string now = Now();
        for (int i = 0; i < documents.Count; i++)
        {
            var (doc, hash, warnings) = documents[i];
            string? existing = GetContentHash(doc.Id);
            if (existing == hash)
            {
                outcomes[i] = WriteOutcome.Unchanged;
                continue;
            }
            if (existing is not null)
            {
                using var del = _connection.CreateCommand();
                del.Transaction = tx;
                del.CommandText = "DELETE FROM articles WHERE id = $id";
                del.Parameters.AddWithValue("$id", doc.Id);
                del.ExecuteNonQuery();
            }
            InsertArticle(tx, runId, doc, hash, now, existing is null ? null : now);
            if (doc.TryGet(Layers.Events) is { } events)
                InsertEvents(tx, doc.Id, events.Events);
            foreach (var w in warnings)
            {
                using var p = _connection.CreateCommand();
                p.Transaction = tx;
                p.CommandText = "INSERT INTO problems(article_id, code, message) VALUES ($a, $c, $m)";
                p.Parameters.AddWithValue("$a", doc.Id);
                p.Parameters.AddWithValue("$c", w.Id);
                p.Parameters.AddWithValue("$m", w.Message);
                p.ExecuteNonQuery();
            }
            outcomes[i] = existing is null ? WriteOutcome.New : WriteOutcome.Updated;
        }
        foreach (var reject in rejects)
        {
            using var r = _connection.CreateCommand();
            r.Transaction = tx;
            r.CommandText = "INSERT INTO rejects(run_id, origin, line, code, message, at) VALUES ($run, $o, $l, $c, $m, $t)";
            r.Parameters.AddWithValue("$run", (object?)runId ?? DBNull.Value);
            r.Parameters.AddWithValue("$o", reject.Origin?.Path ?? "");
            r.Parameters.AddWithValue("$l", (object?)reject.Origin?.Line ?? DBNull.Value);
            r.Parameters.AddWithValue("$c", reject.Id);
            r.Parameters.AddWithValue("$m", reject.Message);
            r.Parameters.AddWithValue("$t", now);
            r.ExecuteNonQuery();
        }
    }

    private void InsertArticle(SqliteTransaction tx, long? runId, Document doc, string hash, string now, string? updated)
    {
        var article = doc.Article;
        var m = article.Metadata;
        var header = doc.Get(Layers.Header);
        var reference = doc.Get(Layers.ReferenceDate);
        var cmd = Prepared(ref _insertArticle, """
            INSERT INTO articles(id, content_hash, origin, origin_line, format, encoding, title, url, publisher, language,
                byline, published, reference_date, reference_granularity, reference_source, reference_json, header_json,
                source, text, offset_map, chars, run_id, ingested_at, updated_at)
            VALUES ($id, $hash, $origin, $line, $format, $enc, $title, $url, $pub, $lang, $byline, $published, $ref,
                $gran, $rsrc, $rjson, $hjson, $source, $text, $map, $chars, $run, $ingested, $updated)
            """);
        cmd.Transaction = tx;
        Set(cmd, "$id", article.Id);
        Set(cmd, "$hash", hash);
        Set(cmd, "$origin", article.Origin.Path);
        Set(cmd, "$line", (object?)article.Origin.Line ?? DBNull.Value);
        Set(cmd, "$format", article.Format.ToString());
        Set(cmd, "$enc", (object?)article.Encoding ?? DBNull.Value);
        Set(cmd, "$title", (object?)(m.Title ?? (header.Title is { } t ? t.TextOf(article.Text) : null)) ?? DBNull.Value);
        Set(cmd, "$url", (object?)m.Url ?? DBNull.Value);
        Set(cmd, "$pub", (object?)m.Publisher ?? DBNull.Value);
        Set(cmd, "$lang", (object?)m.Language ?? DBNull.Value);
        Set(cmd, "$byline", (object?)(m.Byline ?? (header.Byline is { } b ? b.TextOf(article.Text) : null)) ?? DBNull.Value);
        Set(cmd, "$published", (object?)m.Published?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
        Set(cmd, "$ref", (object?)reference.Iso ?? DBNull.Value);
        Set(cmd, "$gran", reference.Granularity.ToString().ToLowerInvariant());
        Set(cmd, "$rsrc", reference.Source.ToString().ToLowerInvariant());
        Set(cmd, "$rjson", JsonSerializer.Serialize(reference, StoreJson.Options));
        Set(cmd, "$hjson", JsonSerializer.Serialize(header, StoreJson.Options));
        Set(cmd, "$source", article.Source == article.Text ? DBNull.Value : article.Source);
        Set(cmd, "$text", article.Text);
        Set(cmd, "$map", JsonSerializer.Serialize(article.OffsetMap.Anchors.Select(a => new[] { a.Clean, a.Source })));
        Set(cmd, "$chars", article.Text.Length);
        Set(cmd, "$run", (object?)runId ?? DBNull.Value);
        Set(cmd, "$ingested", now);
        Set(cmd, "$updated", updated ?? now);
        cmd.ExecuteNonQuery();
    }

    // ---- reads ----

    public int CountArticles() => Convert.ToInt32(Scalar(_connection, "SELECT count(*) FROM articles"), CultureInfo.InvariantCulture);

    public StoredArticle? GetArticle(string id)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT id, content_hash, origin, origin_line, format, encoding, title, url, publisher, language, byline,
                   published, reference_json, header_json, source, text, offset_map, ingested_at, updated_at
            FROM articles WHERE id = $id
            """;
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        var anchors = JsonSerializer.Deserialize<int[][]>(r.GetString(16))!;
        var article = new StoredArticle
        {
            Id = r.GetString(0),
            ContentHash = r.GetString(1),
            Origin = new InputOrigin(r.GetString(2), r.IsDBNull(3) ? null : r.GetInt32(3)),
            Format = Enum.Parse<InputFormat>(r.GetString(4)),
            Encoding = r.IsDBNull(5) ? null : r.GetString(5),
            Metadata = new ArticleMetadata
            {
                Title = NullableString(r, 6),
                Url = NullableString(r, 7),
                Publisher = NullableString(r, 8),
                Language = NullableString(r, 9),
                Byline = NullableString(r, 10),
                Published = r.IsDBNull(11) ? null : DateTimeOffset.Parse(r.GetString(11), CultureInfo.InvariantCulture),
            },
            ReferenceDate = JsonSerializer.Deserialize<ReferenceDate>(r.GetString(12), StoreJson.Options)!,
            Header = JsonSerializer.Deserialize<ArticleHeader>(r.GetString(13), StoreJson.Options)!,
            Source = r.IsDBNull(14) ? r.GetString(15) : r.GetString(14),
            Text = r.GetString(15),
            OffsetMap = OffsetMap.FromAnchors(anchors.Select(a => (a[0], a[1]))),
            IngestedAt = DateTimeOffset.Parse(r.GetString(17), CultureInfo.InvariantCulture),
            UpdatedAt = DateTimeOffset.Parse(r.GetString(18), CultureInfo.InvariantCulture),
        };
        r.Close();
        using var p = _connection.CreateCommand();
        p.CommandText = "SELECT code, message FROM problems WHERE article_id = $id ORDER BY id";
        p.Parameters.AddWithValue("$id", id);
        using var pr = p.ExecuteReader();
        var problems = new List<StoredProblem>();
        while (pr.Read()) problems.Add(new StoredProblem(pr.GetString(0), pr.GetString(1)));
        return article with { Problems = problems };
    }

    public IReadOnlyList<ArticleSummary> ListArticles(ArticleQuery query)
    {
        using var cmd = _connection.CreateCommand();
        var where = new List<string>();
        string from = "articles a";
        string snippet = "NULL";
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            from = "articles_fts f JOIN articles a ON a.rowid = f.rowid";
            where.Add("articles_fts MATCH $q");
            snippet = "snippet(articles_fts, 1, '[', ']', '…', 12)";
            cmd.Parameters.AddWithValue("$q", query.Search);
        }
        if (query.Since is not null)
        {
            where.Add("a.reference_date >= $since AND a.reference_date NOT LIKE 'X%'");
            cmd.Parameters.AddWithValue("$since", query.Since);
        }
        if (query.Until is not null)
        {
            // An ISO prefix bound includes every date it covers: "2012-02" up to "2012-02-31".
            where.Add("substr(a.reference_date, 1, length($until)) <= $until AND a.reference_date NOT LIKE 'X%'");
            cmd.Parameters.AddWithValue("$until", query.Until);
        }
        if (query.Publisher is not null)
        {
            where.Add("a.publisher = $publisher COLLATE NOCASE");
            cmd.Parameters.AddWithValue("$publisher", query.Publisher);
        }
        string order = string.IsNullOrWhiteSpace(query.Search) ? "a.reference_date, a.id" : "bm25(articles_fts), a.id";
        cmd.CommandText = $"""
            SELECT a.id, a.title, a.reference_date, a.reference_source, a.publisher, a.url, a.origin, a.chars, {snippet}
            FROM {from}
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY {order} LIMIT $limit OFFSET $offset
            """;
        cmd.Parameters.AddWithValue("$limit", query.Limit);
        cmd.Parameters.AddWithValue("$offset", query.Offset);
        var rows = new List<ArticleSummary>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new ArticleSummary(r.GetString(0), NullableString(r, 1), NullableString(r, 2), r.GetString(3),
                NullableString(r, 4), NullableString(r, 5), r.GetString(6), r.GetInt32(7), NullableString(r, 8)));
        }
        return rows;
    }

    public IReadOnlyList<RejectRecord> ListRejects(long? runId = null, int limit = 1000)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"SELECT id, run_id, origin, line, code, message, at FROM rejects {(runId is null ? "" : "WHERE run_id = $run")} ORDER BY id LIMIT $limit";
        if (runId is not null) cmd.Parameters.AddWithValue("$run", runId);
        cmd.Parameters.AddWithValue("$limit", limit);
        var rows = new List<RejectRecord>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new RejectRecord(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2),
                r.IsDBNull(3) ? null : r.GetInt32(3), r.GetString(4), r.GetString(5),
                DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture)));
        }
        return rows;
    }

    /// <summary>Runs SQLite's integrity check; "ok" when the file is sound.</summary>
    public string IntegrityCheck() => (string)Scalar(_connection, "PRAGMA integrity_check")!;

    public void Dispose()
    {
        _insertArticle?.Dispose();
        _selectHash?.Dispose();
        _connection.Dispose();
    }

    // ---- helpers ----

    // Commands run once per article are prepared once per store: re-parsing their SQL for every row cost more than the insert.
    private SqliteCommand? _insertArticle;
    private SqliteCommand? _selectHash;
    private SqliteTransaction? _batch;

    private SqliteCommand Prepared(ref SqliteCommand? command, string sql)
    {
        if (command is null)
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
        }
        return command;
    }

    private static void Set(SqliteCommand cmd, string name, object? value)
    {
        var parameters = cmd.Parameters;
        int i = parameters.IndexOf(name);
        if (i < 0) parameters.AddWithValue(name, value ?? DBNull.Value);
        else parameters[i].Value = value ?? DBNull.Value;
    }

    private SqliteTransaction BeginImmediate() => _connection.BeginTransaction(deferred: false);

    private string Now() => _clock.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
