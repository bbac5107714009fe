namespace Parley.Nlp.Entities;

/// <summary>One sentence of an entity-annotated corpus: its words and the gold mentions over them.</summary>
public sealed record NerSentence(string[] Words, EntitySpan[] Spans);
