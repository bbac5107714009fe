namespace Parley.Entities.Gazetteer;

/// <summary>One GeoNames populated place (or a region from the lexicon when <see cref="GeonameId"/> is 0).</summary>
public sealed record PlaceRecord(
    int GeonameId, string Name, double Lat, double Lon, char FeatureClass, string FeatureCode, string Iso3,
    string? Admin1, long Population, IReadOnlyList<string> AltNames)
{
    public bool IsCapital => FeatureCode == "PPLC";
}
