using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Store;

namespace Parley.Events.Export;

/// <summary>
/// Writes events in one of the <see cref="ExportFormat"/>s. PLOVER, ICEWS and GDELT leave out attempted, hypothetical and
/// negated events unless <c>allModalities</c> (CAMEO and PLOVER have no way to say "did not happen"); Parley JSONL
/// always writes everything. Stateless and thread-safe.
/// </summary>
public static class EventExporter
{
    private static readonly JsonSerializerOptions PloverJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>ICEWS column names, in order.</summary>
    public static IReadOnlyList<string> IcewsColumns { get; } =
    [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
        "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
        "Province", "Country", "Latitude", "Longitude",
    ];

    /// <summary>GDELT 1.0 event-table column names Parley writes, in order.</summary>
    public static IReadOnlyList<string> GdeltColumns { get; } =
    [
        "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name",
        "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "NumMentions", "NumSources", "NumArticles", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "SOURCEURL",
    ];

    /// <summary>Writes <paramref name="events"/>; returns the number of records (lines after any header) written.</summary>
    /// <param name="sourceOf">The article of a document id (for text, URL, publisher); may return null.</param>
    public static int Write(IEnumerable<EventRecord> events, ExportFormat format, TextWriter writer, Func<string, ExportSource?> sourceOf, bool allModalities = false)
    {
        writer.NewLine = "\n";
        int n = 0;
        if (format == ExportFormat.Icews) writer.WriteLine(string.Join('\t', IcewsColumns));
        if (format == ExportFormat.Gdelt) writer.WriteLine(string.Join('\t', GdeltColumns));
        foreach (var evt in events)
        {
            switch (format)
            {
                case ExportFormat.Parley:
                    writer.WriteLine(JsonSerializer.Serialize(evt, StoreJson.Options));
                    n++;
                    break;
                case ExportFormat.Plover:
                    if (Plover(evt, sourceOf(evt.DocumentId), allModalities) is { } obj)
                    {
                        writer.WriteLine(obj.ToJsonString(PloverJson));
                        n++;
                    }
                    break;
                default:
                    if (!allModalities && evt.Modality is EventModality.Negated or EventModality.Attempted or EventModality.Hypothetical) break;
                    var source = sourceOf(evt.DocumentId);
                    foreach (var (a, b) in Pairs(evt))
                    {
                        writer.WriteLine(string.Join('\t', (format == ExportFormat.Icews ? Icews(evt, a, b, source) : Gdelt(evt, a, b, source)).Select(Clean)));
                        n++;
                    }
                    break;
            }
        }
        return n;
    }

    /// <summary>
    /// The PLOVER JSON record of an event (manual table 6.1, camelCase as in the PLOVER gold records), or null when
    /// PLOVER does not take it (see <see cref="PloverCategory"/>). PLOVER dates are days: a month, year or range becomes
    /// <c>date</c> = its first day and <c>enddate</c> = its last.
    /// </summary>
    public static JsonObject? Plover(EventRecord evt, ExportSource? source, bool allModalities = false)
    {
        if (PloverCategory.Map(evt, allModalities) is not var (category, aux)) return null;
        var obj = new JsonObject { ["id"] = evt.Id };
        if (EventDate.Bounds(evt.Date?.Value) is { } bounds)
        {
            obj["date"] = bounds.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (bounds.Last != bounds.First) obj["enddate"] = bounds.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else
        {
            obj["date"] = null;
        }
        obj["actor"] = Entities(evt.Actors);
        obj["recipient"] = Entities(evt.Recipients);
        obj["event"] = new JsonArray(PloverCodebook.Name(category));
        // A mode belongs to the base type; when the category changed (CONSULT/phone → AGREE) it no longer applies.
        obj["mode"] = category == evt.Type && evt.Mode is { } mode ? new JsonArray(mode) : new JsonArray();
        var contexts = new JsonArray();
        foreach (string c in evt.Contexts) contexts.Add(c);
        if (aux is not null) contexts.Add(aux);
        obj["context"] = contexts;
        if (evt.Place is { } p)
        {
            obj["eventLoc"] = new JsonObject
            {
                ["extractedPlace"] = p.Text, ["resolvedPlace"] = p.Name, ["geonameid"] = p.GeoNamesId, ["lat"] = p.Latitude,
                ["lon"] = p.Longitude, ["countryCode"] = p.Country, ["featureClass"] = p.FeatureClass,
            };
        }
        if (source is not null && evt.Evidence.Trigger.End <= source.Text.Length)
            obj["eventText"] = new JsonArray(evt.Evidence.Trigger.TextOf(source.Text));
        obj["quadCode"] = PloverCategory.Quad(category);
        if (source is not null)
            obj["citeInfo"] = new JsonObject { ["url"] = source.Url, ["title"] = source.Title, ["publication"] = source.Publisher };
        obj["coder"] = "parley";
        return obj;
    }

    private static JsonArray Entities(IReadOnlyList<ActorRef> actors)
    {
        var list = new JsonArray();
        foreach (var a in actors)
        {
            list.Add(new JsonObject
            {
                ["code"] = a.Country, ["sector"] = a.Sector, ["entityText"] = a.Text, ["identifierId"] = a.Wikidata,
                ["identifierText"] = a.Name, ["office"] = a.Role,
            });
        }
        return list;
    }

    // One row per directed pair, as ICEWS and GDELT code compounds: actors × recipients; without recipients,
    // participants of a symmetric event pair up once each; a lone actor has an empty target.
    private static IEnumerable<(ActorRef? Source, ActorRef? Target)> Pairs(EventRecord evt)
    {
        if (evt.Recipients.Count > 0)
        {
            foreach (var a in evt.Actors.DefaultIfEmpty())
            foreach (var r in evt.Recipients)
                yield return (a, r);
            yield break;
        }
        if (evt.Actors.Count <= 1)
        {
            yield return (evt.Actors.FirstOrDefault(), null);
            yield break;
        }
        for (int i = 0; i < evt.Actors.Count; i++)
        for (int j = i + 1; j < evt.Actors.Count; j++)
            yield return (evt.Actors[i], evt.Actors[j]);
    }

    private static string Cameo(EventRecord evt) => evt.Cameo ?? CameoCoder.Default.Code(evt);

    private static IEnumerable<string?> Icews(EventRecord evt, ActorRef? a, ActorRef? b, ExportSource? source)
    {
        string cameo = Cameo(evt);
        var p = evt.Place;
        return
        [
            evt.Id, EventDate.Bounds(evt.Date?.Value)?.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a?.Display, a?.Sector,
            a?.Country, CameoPloverTable.Default.Lookup(cameo)?.Description, cameo, "", b?.Display, b?.Sector, b?.Country, evt.DocumentId,
            "", source?.Publisher, p?.FeatureClass == "P" ? p.Name ?? p.Text : null, null, null, p?.Country,
            p?.Latitude?.ToString(CultureInfo.InvariantCulture), p?.Longitude?.ToString(CultureInfo.InvariantCulture),
        ];
    }

    private static IEnumerable<string?> Gdelt(EventRecord evt, ActorRef? a, ActorRef? b, ExportSource? source)
    {
        string cameo = Cameo(evt);
        var p = evt.Place;
        return
        [
            evt.Id, EventDate.Bounds(evt.Date?.Value)?.First.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            a is null ? null : $"{a.Country}{a.Sector}", a?.Display.ToUpperInvariant(), a?.Country, a?.Sector,
            b is null ? null : $"{b.Country}{b.Sector}", b?.Display.ToUpperInvariant(), b?.Country, b?.Sector,
            "1", cameo, cameo[..3], cameo[..2], CameoCoder.QuadClass(cameo).ToString(CultureInfo.InvariantCulture), "1", "1", "1",
            p is null ? null : p.FeatureClass == "A" ? "1" : "4", p?.Name ?? p?.Text, p?.Country,
            p?.Latitude?.ToString(CultureInfo.InvariantCulture), p?.Longitude?.ToString(CultureInfo.InvariantCulture),
            p?.GeoNamesId?.ToString(CultureInfo.InvariantCulture), source?.Url,
        ];
    }

    private static string Clean(string? field) => field is null ? "" : field.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
