namespace Parley.Events.Evaluation;

/// <summary>A gold file line: a document id and its valid gold events.</summary>
public sealed record GoldDocument(string Doc, IReadOnlyList<GoldEvent> Events, int Line);
