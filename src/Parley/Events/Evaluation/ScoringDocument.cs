namespace Parley.Events.Evaluation;

/// <summary>One document to score: its text (for evidence sentences), gold events and system events. <see cref="Text"/> is null when the document was not among the inputs.</summary>
public sealed record ScoringDocument(string Id, string? Text, IReadOnlyList<GoldEvent> Gold, IReadOnlyList<EventRecord> System);
