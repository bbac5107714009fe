using System.Text.Json;
using Parley.Events;
using Parley.Store;

namespace Parley.Tests.Events;

public sealed class EventStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-events-").FullName;
    private readonly ArticleStore _store;

    public EventStoreTests()
    {
        _store = ArticleStore.Open(Path.Combine(_dir, "s.db"));
        EventSamples.StoreThree(_store);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private IReadOnlyList<string> Ids(EventQuery q) => [.. _store.ListEvents(q).Select(e => e.Id)];

    [Fact]
    public void Events_of_an_analysed_document_are_stored_and_read_back_whole()
    {
        Assert.Equal(3, _store.CountEvents());
        var expected = EventSamples.Three("doc1")[0];
        var back = _store.GetEvent("doc1#0")!;
        Assert.Equal(JsonSerializer.Serialize(expected, StoreJson.Options), JsonSerializer.Serialize(back, StoreJson.Options));
        Assert.Equal("036", back.Cameo);
        Assert.Null(_store.GetEvent("doc1#9"));
    }

    [Fact]
    public void Filters_by_actor_pair_type_modality_place_and_date()
    {
        Assert.Equal(["doc1#0"], Ids(new EventQuery { Actor = "lavrov" }));
        Assert.Equal(["doc1#1", "doc1#0"], Ids(new EventQuery { Actor = "USA" }));
        Assert.Equal(["doc1#1"], Ids(new EventQuery { Pair = ("Obama", "Medvedev") }));
        Assert.Empty(Ids(new EventQuery { Pair = ("Obama", "Lavrov") }));
        Assert.Equal(["doc1#2"], Ids(new EventQuery { Type = PloverType.Reject }));
        Assert.Equal(["doc1#0"], Ids(new EventQuery { Modality = EventModality.Intended }));
        Assert.Equal(["doc1#0"], Ids(new EventQuery { Place = "munich" }));
        Assert.Equal(["doc1#2", "doc1#0"], Ids(new EventQuery { Since = "2012-02-01" }));
        Assert.Equal(["doc1#2", "doc1#1"], Ids(new EventQuery { Until = "2012-01-31" }));
    }

    [Fact]
    public void A_version_1_store_is_migrated_to_hold_events()
    {
        string path = Path.Combine(_dir, "v1.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            foreach (string sql in StoreSchema.Migrations[0])
            {
                using var cmd = connection.CreateCommand();
                cmd.CommandText = sql;
                cmd.ExecuteNonQuery();
            }
            using var version = connection.CreateCommand();
            version.CommandText = "PRAGMA user_version = 1";
            version.ExecuteNonQuery();
        }
        using var store = ArticleStore.Open(path);
        Assert.Equal(2, store.SchemaVersion);
        EventSamples.StoreThree(store);
        Assert.Equal(["doc1#0"], store.ListEvents(new EventQuery { Place = "Munich" }).Select(e => e.Id));
    }

    [Fact]
    public void Replacing_an_article_replaces_its_events()
    {
        _store.ReplaceEvents("doc1", [EventSamples.Three("doc1")[1]]);
        Assert.Equal(["doc1#1"], Ids(new EventQuery()));
    }
}
