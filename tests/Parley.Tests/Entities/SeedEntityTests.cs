using System.Text.Json;
using Parley.Dates;
using Parley.Documents;
using Parley.Entities;
using Parley.Entities.Actors;
using Parley.Pipeline;
using Parley.Tests.Dates;
using Parley.Tests.Support;
using Xunit.Abstractions;

namespace Parley.Tests.Entities;

/// <summary>
/// The seed gold's actors and places against the entity stage (a development set: nothing here is special-cased in code).
/// Floors are what the resolver achieves today; raise them as it improves.
/// </summary>
public sealed class SeedEntityTests(ITestOutputHelper output)
{
    /// <summary>GeoNames ids expected for the gold's city names; countries and regions compare by ISO-3 / name.</summary>
    private static readonly Dictionary<string, int> CityIds = new()
    {
        ["Munich"] = 2867714, ["Berlin"] = 2950159, ["London"] = 2643743, ["Moscow"] = 524901,
        ["New York"] = 5128581, ["Washington"] = 4140963,
    };

    /// <summary>The seed through the ingest stages, the NLP stages the entity stage reads (tokens, tags, parse, NER) and the entity stage.</summary>
    internal static Document Analyse(string prefix)
    {
        var doc = SeedReferenceDateTests.Run(prefix, new OfficeTenureConstraints(EntityResources.Default));
        foreach (var e in StageCatalog.All.Where(e => e.Name is "tokenize" or "tagger" or "parser" or "ner"))
            e.Create(StageContext.Default).Process(doc);
        new EntityStage().Process(doc);
        return doc;
    }

    [SharedTheory]
    [InlineData("000", 17, 2)]
    [InlineData("001", 9, 1)]
    [InlineData("002", 11, 2)]
    [InlineData("003", 14, 2)]
    [InlineData("004", 10, 7)]
    public void Seed_gold_actors_and_places(string prefix, int actorFloor, int placeFloor)
    {
        var doc = Analyse(prefix);
        var actors = doc.Get(Layers.Actors).Mentions;
        var places = doc.Get(Layers.Places).Mentions;
        foreach (var a in actors) output.WriteLine($"actor {a.Span} '{a.Text}' → {a.Name} | {a.Role} | {a.Country} {a.Sector} | {a.WikidataId} | {a.Evidence}"
            + (a.Members is { } ms ? " | members: " + string.Join(", ", ms.Select(m => m.Name ?? m.Country)) : ""));
        foreach (var n in doc.TryGet(Layers.EntityMentions)?.Mentions ?? []) output.WriteLine($"ner {n.Span} {n.Type} '{doc.Text[n.Span.Start..n.Span.End]}'");
        foreach (var p in places) output.WriteLine($"place {p.Span} '{p.Text}' → {p.Name} {p.GeonameId} {p.Country} {p.FeatureClass} | {p.Evidence}");

        var (goldActors, goldPlaces) = Gold(prefix);
        int actorHits = 0, placeHits = 0;
        foreach (var g in goldActors)
        {
            bool hit = actors.Any(a => Same(g, a));
            if (hit) actorHits++;
            output.WriteLine($"gold actor {(hit ? "OK  " : "MISS")} {JsonSerializer.Serialize(g)}");
        }
        foreach (string g in goldPlaces)
        {
            bool hit = places.Any(p => CityIds.TryGetValue(g, out int id) ? p.GeonameId == id : p.Name == g || p.Text == g);
            if (hit) placeHits++;
            output.WriteLine($"gold place {(hit ? "OK  " : "MISS")} {g}");
        }
        output.WriteLine($"{prefix}: actors {actorHits}/{goldActors.Count}, places {placeHits}/{goldPlaces.Count}");
        Assert.True(actorHits >= actorFloor, $"{prefix}: {actorHits}/{goldActors.Count} gold actors resolved, floor {actorFloor}");
        Assert.True(placeHits >= placeFloor, $"{prefix}: {placeHits}/{goldPlaces.Count} gold places resolved, floor {placeFloor}");
    }

    private static bool Same(Dictionary<string, string> gold, ActorMention a) =>
        (!gold.TryGetValue("name", out var n) || string.Equals(n, a.Name, StringComparison.OrdinalIgnoreCase))
        && (!gold.TryGetValue("country", out var c) || c == a.Country)
        && (!gold.TryGetValue("sector", out var s) || s == a.Sector)
        && (gold.ContainsKey("name") || a.Name is null || a.Kind != ActorKind.Person);

    /// <summary>The distinct actor objects (actors, recipients, claimants) and place names of one seed's gold events.</summary>
    private static (List<Dictionary<string, string>> Actors, List<string> Places) Gold(string prefix)
    {
        foreach (string line in File.ReadLines(SharedData.Path("gold", "seeds.gold.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            if (!doc.RootElement.GetProperty("doc").GetString()!.StartsWith(prefix + "_", StringComparison.Ordinal)) continue;
            var actors = new List<Dictionary<string, string>>();
            var keys = new HashSet<string>();
            var places = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var e in doc.RootElement.GetProperty("events").EnumerateArray())
            {
                var objs = e.GetProperty("actors").EnumerateArray().Concat(e.GetProperty("recipients").EnumerateArray()).ToList();
                if (e.TryGetProperty("claimant", out var cl) && cl.ValueKind == JsonValueKind.Object) objs.Add(cl);
                foreach (var o in objs)
                {
                    var d = o.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!);
                    if (keys.Add(string.Join("|", d.OrderBy(kv => kv.Key).Select(kv => kv.Key + "=" + kv.Value)))) actors.Add(d);
                }
                if (e.TryGetProperty("place", out var pl) && pl.ValueKind == JsonValueKind.String) places.Add(pl.GetString()!);
            }
            return (actors, [.. places]);
        }
        throw new InvalidOperationException("no gold for " + prefix);
    }

    [SharedTheory]
    [InlineData("002")]
    [InlineData("004")]
    public void Seed_office_tenures(string prefix)
    {
        var rd = SeedReferenceDateTests.Run(prefix, new OfficeTenureConstraints(EntityResources.Default)).Get(Layers.ReferenceDate);
        output.WriteLine($"{prefix}: {rd.Iso} years {rd.YearMin}..{rd.YearMax} candidates {string.Join(",", rd.CandidateYears)}");
        foreach (var e in rd.Evidence) output.WriteLine($"  {e.Kind} | {e.Text} | {e.Explanation}");
        Assert.Contains(rd.Evidence, e => e.Kind == OfficeTenureConstraints.EvidenceKind);
        // What the data gives (see the report): Kerry from 2013-02-01 (PETRARCH) and ended by Blinken's start (Wikidata,
        // 2021-01-26); Lavrov from 2004; Obama from 2009. Kerry's 2017 end is in no source, so 2019 is still allowed for
        // 002, but PETRARCH records nothing after early 2015: it attests Kerry and Obama in 2013, not in 2019.
        Assert.Equal(prefix == "002" ? 2013 : 2009, rd.YearMin);
        if (prefix == "002")
        {
            Assert.Equal("2013-02-26", rd.Iso);
            Assert.Equal([2013], rd.CandidateYears);
            Assert.Contains(rd.Evidence, e => e.Kind == OfficeTenureConstraints.EvidenceKind && e.Text.Contains("Kerry") && e.Explanation.Contains("attested only until 2015"));
        }
        // 004: "Secretary of State Clinton" is the "Hillary Clinton" named later, in office 2009-01-21..2013-02-01.
        if (prefix == "004") Assert.Equal(2013, rd.YearMax);
    }
}
