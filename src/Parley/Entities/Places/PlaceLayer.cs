namespace Parley.Entities.Places;

/// <summary>Layer <c>places</c>: every place mention in the article body, resolved with the document's context.</summary>
public sealed record PlaceLayer(IReadOnlyList<PlaceMention> Mentions);
