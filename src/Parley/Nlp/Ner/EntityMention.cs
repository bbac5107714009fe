using Parley.Documents;

namespace Parley.Nlp.Entities;

/// <summary>One named-entity mention of a document: words <c>[FirstWord, EndWord)</c> of the token layer, their character span in the text, and the type.</summary>
public readonly record struct EntityMention(int FirstWord, int EndWord, Span Span, string Type);
