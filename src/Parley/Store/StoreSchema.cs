namespace Parley.Store;

/// <summary>
/// The store's schema as an ordered list of migrations. The version applied is kept in
/// <c>PRAGMA user_version</c>; a migration is never edited once released — add a new one.
/// </summary>
internal static class StoreSchema
{
    public static readonly string[][] Migrations =
    [
        // 1: articles, rejected inputs, problems, runs, layers, events, full-text search.
        [
            """
            CREATE TABLE runs (
                id INTEGER PRIMARY KEY,
                command TEXT NOT NULL,
                inputs TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                status TEXT NOT NULL DEFAULT 'running',
                articles_new INTEGER NOT NULL DEFAULT 0,
                articles_updated INTEGER NOT NULL DEFAULT 0,
                articles_unchanged INTEGER NOT NULL DEFAULT 0,
                rejected INTEGER NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL,
                origin TEXT NOT NULL,
                origin_line INTEGER,
                format TEXT NOT NULL,
                encoding TEXT,
                title TEXT,
                url TEXT,
                publisher TEXT,
                language TEXT,
                byline TEXT,
                published TEXT,
                reference_date TEXT,
                reference_granularity TEXT NOT NULL,
                reference_source TEXT NOT NULL,
                reference_json TEXT NOT NULL,
                header_json TEXT NOT NULL,
                source TEXT, -- NULL when identical to text (most plain-text inputs)
                text TEXT NOT NULL,
                offset_map TEXT NOT NULL,
                chars INTEGER NOT NULL,
                run_id INTEGER REFERENCES runs(id),
                ingested_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX articles_reference_date ON articles(reference_date)",
            "CREATE INDEX articles_publisher ON articles(publisher)",
            """
            CREATE TABLE rejects (
                id INTEGER PRIMARY KEY,
                run_id INTEGER REFERENCES runs(id),
                origin TEXT NOT NULL,
                line INTEGER,
                code TEXT NOT NULL,
                message TEXT NOT NULL,
                at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE problems (
                id INTEGER PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                code TEXT NOT NULL,
                message TEXT NOT NULL
            )
            """,
            "CREATE INDEX problems_article ON problems(article_id)",
            """
            CREATE TABLE layers (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                format_version INTEGER NOT NULL,
                data BLOB NOT NULL,
                PRIMARY KEY (article_id, name)
            )
            """,
            """
            CREATE TABLE events (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                type TEXT NOT NULL,
                modality TEXT,
                date TEXT,
                data_json TEXT NOT NULL
            )
            """,
            "CREATE INDEX events_article ON events(article_id)",
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
            "CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
            "CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
            "CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
        ],
        // 2: event columns the filters of 'parley events' need, and the actors of each event, one row each.
        [
            "ALTER TABLE events ADD COLUMN mode TEXT",
            "ALTER TABLE events ADD COLUMN cameo TEXT",
            "ALTER TABLE events ADD COLUMN place TEXT",
            "CREATE INDEX events_type ON events(type)",
            "CREATE INDEX events_date ON events(date)",
            """
            CREATE TABLE event_actors (
                event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                role TEXT NOT NULL, -- actor | recipient | claimant
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                name TEXT,
                country TEXT,
                sector TEXT,
                PRIMARY KEY (event_id, role, position)
            )
            """,
            "CREATE INDEX event_actors_name ON event_actors(name COLLATE NOCASE)",
            "CREATE INDEX event_actors_country ON event_actors(country)",
        ],
    ];

    public static int LatestVersion => Migrations.Length;
}
