namespace Parley.Entities.Gazetteer;

/// <summary>A country or territory: codes, names, aliases and adjectives ("Russian" → RUS), capital and centre point.</summary>
public sealed record CountryRecord(
    string Iso2, string Iso3, string Name, string Official, string? Capital, double Lat, double Lon,
    IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms);
