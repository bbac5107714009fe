namespace Parley.Nlp.Entities;

/// <summary>One sentence of an entity-annotated corpus: its words, the gold mentions over them, and the number of the document it belongs to (sentences of one document are consecutive).</summary>
public sealed record NerSentence(string[] Words, EntitySpan[] Spans, int Document = 0);
