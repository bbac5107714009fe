namespace Parley.Entities.Actors;

/// <summary>A knowledge-base actor: canonical name, aliases, Wikidata id where a source gives one, and dated offices.</summary>
public sealed record KbActor(string Id, ActorKind Kind, string Name, string? WikidataId, IReadOnlyList<string> Aliases, IReadOnlyList<KbOffice> Offices)
{
    /// <summary>The office that applies on <paramref name="date"/>: a dated one covering it, else an undated one, else the latest.</summary>
    public KbOffice? OfficeOn(DateOnly? date)
    {
        if (Offices.Count == 0) return null;
        if (date is { } d)
        {
            var dated = Offices.Where(o => (o.From is not null || o.To is not null) && o.Covers(d)).ToList();
            if (dated.Count > 0) return dated.OrderBy(o => o.Sector == "ELI" ? 1 : 0).ThenByDescending(o => o.Earliest).First();
        }
        var undated = Offices.FirstOrDefault(o => o.From is null && o.To is null && o.Sector != "ELI");
        if (undated is not null && date is not null) return undated;
        return Offices.Where(o => o.Sector != "ELI").OrderByDescending(o => o.Latest ?? DateOnly.MaxValue).ThenByDescending(o => o.Earliest ?? DateOnly.MinValue).FirstOrDefault()
            ?? Offices[0];
    }
}
