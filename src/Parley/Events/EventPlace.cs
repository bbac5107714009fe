namespace Parley.Events;

/// <summary>Where the event happened: the text as written and, when resolved, its GeoNames entry.</summary>
/// <param name="Text">The place as written ("Munich").</param>
/// <param name="Name">Resolved name ("München" / "Munich"), when resolved.</param>
/// <param name="GeoNamesId">GeoNames id, when resolved.</param>
/// <param name="Latitude">Decimal degrees.</param>
/// <param name="Longitude">Decimal degrees.</param>
/// <param name="Country">Country ISO-3 code.</param>
/// <param name="FeatureClass">GeoNames feature class (A area, P populated place, …).</param>
public sealed record EventPlace(
    string Text,
    string? Name = null,
    long? GeoNamesId = null,
    double? Latitude = null,
    double? Longitude = null,
    string? Country = null,
    string? FeatureClass = null);
