using Parley.Documents;

namespace Parley.Entities.Places;

/// <summary>
/// One place mention, raw text beside its resolution: GeoNames id (null for countries and regions the data has no id for),
/// coordinates, ISO-3 country, feature class (P populated place, A country, L region) and code, and why it was chosen.
/// </summary>
public sealed record PlaceMention(
    Span Span, string Text, string Name, int? GeonameId, double Lat, double Lon, string? Country, char FeatureClass,
    string FeatureCode, string Evidence);
