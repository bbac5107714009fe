namespace Parley.Entities.Actors;

/// <summary>Layer <c>actors</c>: every actor mention found in the article body, in text order.</summary>
public sealed record ActorLayer(IReadOnlyList<ActorMention> Mentions);
