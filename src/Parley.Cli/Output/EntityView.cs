using Parley.Documents;
using Parley.Entities;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Output;

/// <summary>
/// <c>parley show ID --entities</c>: the entity stage run on the stored article (analysis layers are not stored yet),
/// as a table or as <c>entities</c> and <c>places</c> in the JSON view.
/// </summary>
internal static class EntityView
{
    private static (Parley.Entities.Actors.ActorLayer, Parley.Entities.Places.PlaceLayer) Analyse(StoredArticle a)
    {
        var doc = a.ToDocument();
        new EntityStage().Process(doc);
        return (doc.Get(Layers.Actors), doc.Get(Layers.Places));
    }

    public static object Json(StoredArticle a)
    {
        var (actors, places) = Analyse(a);
        return new
        {
            entities = actors.Mentions.Select(m => new
            {
                start = m.Span.Start, end = m.Span.End, text = m.Text, kind = m.Kind.ToString().ToLowerInvariant(), name = m.Name, role = m.Role,
                country = m.Country, sector = m.Sector, wikidata = m.WikidataId, kb_id = m.KbId, office_kind = m.OfficeKind, evidence = m.Evidence,
            }),
            places = places.Mentions.Select(p => new
            {
                start = p.Span.Start, end = p.Span.End, text = p.Text, name = p.Name, geonames_id = p.GeonameId, lat = p.Lat, lon = p.Lon,
                country = p.Country, feature_class = p.FeatureClass.ToString(), feature_code = p.FeatureCode, evidence = p.Evidence,
            }),
        };
    }

    public static void Render(IAnsiConsole console, StoredArticle a)
    {
        var (actors, places) = Analyse(a);
        console.WriteLine();
        var t = new Table().Title("actors").AddColumn("span").AddColumn("text").AddColumn("name").AddColumn("role").AddColumn("country").AddColumn("sector").AddColumn("evidence");
        foreach (var m in actors.Mentions)
            t.AddRow(Markup.Escape(m.Span.ToString()), Markup.Escape(m.Text), Markup.Escape(m.Name ?? ""), Markup.Escape(m.Role ?? ""), m.Country ?? "", m.Sector ?? "", Markup.Escape(m.Evidence));
        console.Write(t);
        console.WriteLine();
        var p = new Table().Title("places").AddColumn("span").AddColumn("text").AddColumn("GeoNames").AddColumn("country").AddColumn("class").AddColumn("evidence");
        foreach (var m in places.Mentions)
            p.AddRow(Markup.Escape(m.Span.ToString()), Markup.Escape(m.Text), m.GeonameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", m.Country ?? "", $"{m.FeatureClass} {m.FeatureCode}", Markup.Escape(m.Evidence));
        console.Write(p);
    }
}
