using Parley.Documents;
using Parley.Entities;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Output;

/// <summary>
/// <c>parley show ID --entities</c>: the catalogue's analysis stages up to <c>entities</c> run on the stored article
/// (analysis layers are not stored yet) — the named-entity mentions of the NER stage, then the resolved actors (with the
/// antecedent a pronoun or role noun was linked to, and the members of a plural description) and places — as tables or
/// as <c>mentions</c>, <c>entities</c> and <c>places</c> in the JSON view.
/// </summary>
internal static class EntityView
{
    private static (Parley.Nlp.Entities.EntityMentionLayer?, Parley.Entities.Actors.ActorLayer, Parley.Entities.Places.PlaceLayer) Analyse(StoredArticle a)
    {
        var doc = a.ToDocument();
        Parley.Pipeline.StageCatalog.BuildForStored("entities").Process(doc);
        return (doc.TryGet(Layers.EntityMentions), doc.Get(Layers.Actors), doc.Get(Layers.Places));
    }

    public static object Json(StoredArticle a)
    {
        var (mentions, actors, places) = Analyse(a);
        return new
        {
            mentions = (mentions?.Mentions ?? []).Select(m => new { start = m.Span.Start, end = m.Span.End, text = a.Text[m.Span.Start..m.Span.End], type = m.Type }),
            entities = actors.Mentions.Select(m => new
            {
                start = m.Span.Start, end = m.Span.End, text = m.Text, kind = m.Kind.ToString().ToLowerInvariant(), name = m.Name, role = m.Role,
                country = m.Country, sector = m.Sector, wikidata = m.WikidataId, kb_id = m.KbId, office_kind = m.OfficeKind,
                antecedent = m.Antecedent is { } x ? new { start = x.Start, end = x.End } : null,
                members = m.Members?.Select(y => new { name = y.Name, country = y.Country, sector = y.Sector }),
                evidence = m.Evidence,
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
        var (mentions, actors, places) = Analyse(a);
        console.WriteLine();
        var n = new Table().Title("named-entity mentions (NER)").AddColumn("span").AddColumn("type").AddColumn("text");
        foreach (var m in mentions?.Mentions ?? [])
            n.AddRow(Markup.Escape(m.Span.ToString()), m.Type, Markup.Escape(a.Text[m.Span.Start..m.Span.End]));
        console.Write(n);
        console.WriteLine();
        var t = new Table().Title("actors").AddColumn("span").AddColumn("text").AddColumn("name").AddColumn("role").AddColumn("country").AddColumn("sector").AddColumn("evidence");
        foreach (var m in actors.Mentions)
            t.AddRow(Markup.Escape(m.Span.ToString()), Markup.Escape(m.Text), Markup.Escape(m.Name ?? ""), Markup.Escape(m.Role ?? ""), m.Country ?? "", m.Sector ?? "", Markup.Escape(m.Evidence + (m.Members is { } ms ? " [members: " + string.Join(", ", ms.Select(y => y.Name ?? $"{y.Country} {y.Sector}")) + "]" : "")));
        console.Write(t);
        console.WriteLine();
        var p = new Table().Title("places").AddColumn("span").AddColumn("text").AddColumn("GeoNames").AddColumn("country").AddColumn("class").AddColumn("evidence");
        foreach (var m in places.Mentions)
            p.AddRow(Markup.Escape(m.Span.ToString()), Markup.Escape(m.Text), m.GeonameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", m.Country ?? "", $"{m.FeatureClass} {m.FeatureCode}", Markup.Escape(m.Evidence));
        console.Write(p);
    }
}
